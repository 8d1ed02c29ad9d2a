// The sensitive part of a person's panel, read only when the panel is opened (each read is in
// the access log): other communities, factor profile, agency contacts, interventions.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { op } from '../api/documents.js';
import type * as G from '../generated/graphql.js';
import { formatDate } from '../i18n/format.js';

const COMMUNITIES = op<G.PersonCommunitiesQuery, G.PersonCommunitiesQueryVariables>('PersonCommunities');
const FACTORS = op<G.PersonFactorsQuery, G.PersonFactorsQueryVariables>('PersonFactors');
const CONTACTS = op<G.PersonContactsQuery, G.PersonContactsQueryVariables>('PersonContacts');
const INTERVENTIONS = op<G.BoardInterventionsQuery, G.BoardInterventionsQueryVariables>('BoardInterventions');

function Section({ title, id, loading, error, empty, children }: { title: string; id: string; loading: boolean; error: unknown; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="panel-section">
      <h3 id={id}>{title}</h3>
      {loading ? <p className="muted">{t('app.loading')}</p> : error ? <p className="muted">{t('panel.unavailable')}</p> : empty ? <p className="muted">{t('panel.none')}</p> : children}
    </section>
  );
}

export function Communities({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const q = useQuery(COMMUNITIES, { variables: { id: personId }, fetchPolicy: 'no-cache' });
  const list = q.data?.person?.participations ?? [];
  return (
    <Section title={t('panel.communities')} id="sec-communities" loading={q.loading} error={q.error} empty={!list.length}>
      <ul className="plain">
        {list.map((p) => (
          <li key={p.id}>
            <strong>{p.community.name}</strong> <span className="muted">({t(`communityKinds.${p.community.kind}`)})</span> · {t('panel.participation', { n: p.strength })} · {t('panel.since', { date: formatDate(p.validFrom) })}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function FactorProfile({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const q = useQuery(FACTORS, { variables: { id: personId }, fetchPolicy: 'no-cache' });
  // The latest assessment of each factor is the profile; earlier ones are history.
  const latest = new Map<string, NonNullable<G.PersonFactorsQuery['person']>['assessments'][number]>();
  for (const a of q.data?.person?.assessments ?? []) {
    const cur = latest.get(a.factor.id);
    // On the same date the one recorded last counts (docs/planning.md).
    if (!cur || cur.assessedOn < a.assessedOn || (cur.assessedOn === a.assessedOn && cur.createdAt < a.createdAt)) latest.set(a.factor.id, a);
  }
  const rows = [...latest.values()].sort((a, b) => a.factor.kind.localeCompare(b.factor.kind) || b.level - a.level);
  return (
    <Section title={t('panel.factors')} id="sec-factors" loading={q.loading} error={q.error} empty={!rows.length}>
      <table className="compact">
        <caption className="visually-hidden">{t('panel.factors')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('panel.factor')}</th>
            <th scope="col">{t('panel.level')}</th>
            <th scope="col">{t('panel.assessed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <span className={`factor-kind ${a.factor.kind === 'RISK' ? 'risk' : 'protective'}`}>{t(`factorKinds.${a.factor.kind}`)}</span> {a.factor.name}
              </th>
              <td>
                <span className="level" aria-hidden="true">{'●'.repeat(a.level)}{'○'.repeat(3 - a.level)}</span>
                <span className="visually-hidden">{t('panel.levelOf', { n: a.level })}</span>
              </td>
              <td>{formatDate(a.assessedOn)}{a.sourceAgency ? ` · ${a.sourceAgency.name}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function Contacts({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const q = useQuery(CONTACTS, { variables: { id: personId }, fetchPolicy: 'no-cache' });
  const list = q.data?.person?.responsibleContacts ?? [];
  return (
    <Section title={t('panel.contacts')} id="sec-contacts" loading={q.loading} error={q.error} empty={!list.length}>
      <ul className="plain">
        {list.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>{c.title ? `, ${c.title}` : ''} <span className="muted">({c.agency.name})</span>
            {c.phone && <> · <a href={`tel:${c.phone}`}>{c.phone}</a></>}
            {c.email && <> · <a href={`mailto:${c.email}`}>{c.email}</a></>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Interventions({ boardId, personId, groupIds }: { boardId: string; personId: string; groupIds: string[] }) {
  const { t } = useTranslation();
  const q = useQuery(INTERVENTIONS, { variables: { id: boardId }, fetchPolicy: 'no-cache' });
  const list = (q.data?.board?.interventions ?? []).filter((i) => i.targetPeople.some((p) => p.id === personId) || i.targetGroups.some((g) => groupIds.includes(g.id)));
  return (
    <Section title={t('panel.interventions')} id="sec-interventions" loading={q.loading} error={q.error} empty={!list.length}>
      <ul className="plain">
        {list.map((i) => (
          <li key={i.id}>
            <strong>{i.title}</strong> <span className="muted">({t(`preventionLevels.${i.level}`)}, {t(`interventionStatus.${i.status}`)})</span>
            {i.responsibleAgency && <> · {i.responsibleAgency.name}</>}
            {i.nextFollowUp && <> · {t('panel.nextFollowUp', { date: formatDate(i.nextFollowUp) })}</>}
            {!i.targetPeople.some((p) => p.id === personId) && <> · <span className="muted">{t('panel.viaGroup')}</span></>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
