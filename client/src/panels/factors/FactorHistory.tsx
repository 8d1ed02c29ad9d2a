// The person panel's factor history: one disclosure per factor ever assessed (retired ones too),
// its latest level and change in the summary, its assessments oldest first inside. The change is
// said in words (up/down/unchanged, better/worse), the arrow only repeats it.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { op } from '../../api/documents.js';
import type * as G from '../../generated/graphql.js';
import { formatDate } from '../../i18n/format.js';
import { ARROWS, direction, DOMAINS, KINDS, meaning } from './model.js';
import { NS } from './strings.js';

const HISTORY = op<G.PersonFactorHistoryQuery, G.PersonFactorHistoryQueryVariables>('PersonFactorHistory');

type Entry = NonNullable<G.PersonFactorHistoryQuery['person']>['factorHistory'][number];

export function ChangeText({ kind, change }: { kind: G.FactorKind; change: number | null | undefined }) {
  const { t: tf } = useTranslation(NS);
  const d = direction(change);
  const m = meaning(kind, change);
  return (
    <span className={`factor-change change-${d}${m ? ` change-${m}` : ''}`}>
      <span aria-hidden="true">{ARROWS[d]} </span>
      {tf(`change.${d}`, { n: Math.abs(change ?? 0) })}
      {m && <> ({tf(m)})</>}
    </span>
  );
}

function FactorEntry({ e }: { e: Entry }) {
  const { t: tf } = useTranslation(NS);
  const latest = e.assessments[e.assessments.length - 1]!;
  return (
    <details className="factor-history-entry">
      <summary>
        <span className={`factor-kind ${e.factor.kind === 'RISK' ? 'risk' : 'protective'}`}>{tf(`kindShort.${e.factor.kind}`)}</span>{' '}
        <strong>{e.factor.name}</strong>
        {e.factor.retired && <span className="muted"> ({tf('history.retired')})</span>}
        {' · '}{tf('history.latest', { level: latest.level })}{' · '}
        <ChangeText kind={e.factor.kind} change={e.change} />
      </summary>
      <ol className="plain factor-history-list" aria-label={tf('history.count', { n: e.assessments.length })}>
        {e.assessments.map((a) => (
          <li key={a.id}>
            {tf('history.entry', { date: formatDate(a.assessedOn), level: a.level })}
            <span className="level" aria-hidden="true"> {'●'.repeat(a.level)}{'○'.repeat(3 - a.level)}</span>
            {a.sourceAgency && <span className="muted"> · {a.sourceAgency.name}</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function FactorHistory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation(NS);
  const q = useQuery(HISTORY, { variables: { id: personId }, fetchPolicy: 'no-cache' });
  const list = [...(q.data?.person?.factorHistory ?? [])].sort(
    (a, b) => KINDS.indexOf(a.factor.kind) - KINDS.indexOf(b.factor.kind) || DOMAINS.indexOf(a.factor.domain) - DOMAINS.indexOf(b.factor.domain) || a.factor.name.localeCompare(b.factor.name),
  );
  return (
    <section aria-labelledby="sec-factor-history" className="panel-section factor-history">
      <h3 id="sec-factor-history">{tf('history.title')}</h3>
      {q.loading ? <p className="muted">{t('app.loading')}</p> : q.error ? <p className="muted">{t('panel.unavailable')}</p> : !list.length ? (
        <p className="muted">{tf('history.none')}</p>
      ) : (
        list.map((e) => <FactorEntry key={e.factor.id} e={e} />)
      )}
    </section>
  );
}
