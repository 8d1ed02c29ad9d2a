// The board's interventions as one table: what each is, who is responsible, whom and which factors
// it works on, what it costs and when it is followed up next (overdue said in words, not colour only).
import { useTranslation } from 'react-i18next';
import type { InterventionFieldsFragment } from '../generated/graphql.js';
import { navigate } from '../app/router.js';
import { formatDate } from '../i18n/format.js';
import { formatAmount } from './logic.js';
import { interventionsPath } from './route.js';
import { NS } from './strings.js';

type I = InterventionFieldsFragment;

export function useInterventionText() {
  const { t: ti, i18n } = useTranslation(NS);
  const none = ti('noneSet');
  const list = (names: string[]) => (names.length ? names.join(', ') : none);
  return {
    ti,
    none,
    list,
    responsible: (i: I) => [i.responsibleAgency?.name, i.responsibleContact?.name].filter(Boolean).join(' / ') || none,
    targets: (i: I) =>
      list([
        ...i.targetPeople.map((p) => p.alias),
        ...i.targetGroups.map((g) => ti('groupTarget', { name: g.name })),
        ...i.targetAreas.map((a) => ti('areaTarget', { name: a.name })),
      ]),
    cost: (i: I) => (i.cost ? ti('costValue', { amount: formatAmount(i.cost.amount, i.cost.currency, i18n.language), unit: ti(`units.${i.cost.unit}`) }) : none),
  };
}

/** The next follow-up date and, when it has passed unanswered, the word "overdue". */
export function NextFollowUp({ i }: { i: I }) {
  const { ti, none } = useInterventionText();
  if (!i.nextFollowUp) return <>{none}</>;
  return (
    <>
      {formatDate(i.nextFollowUp)}
      {i.followUpOverdue && <strong className="overdue-flag"> ({ti('overdue')})</strong>}
    </>
  );
}

export function InterventionTable({ boardId, items }: { boardId: string; items: I[] }) {
  const x = useInterventionText();
  const { ti } = x;
  return (
    <div className="interventions-scroll" tabIndex={0} role="region" aria-labelledby="interventions-table-caption">
      <table className="data-table interventions-table">
        <caption id="interventions-table-caption">{ti('table')}</caption>
        <thead>
          <tr>
            {(['title', 'level', 'status', 'responsible', 'targets', 'strengthens', 'reduces', 'cost', 'nextFollowUp'] as const).map((c) => (
              <th key={c} scope="col">{ti(`col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const path = interventionsPath(boardId, i.id);
            return (
              <tr key={i.id} className={i.followUpOverdue ? 'is-overdue' : undefined}>
                <th scope="row">
                  <a href={path} onClick={(e) => { if (e.ctrlKey || e.metaKey || e.shiftKey) return; e.preventDefault(); navigate(path); }}>{i.title}</a>
                </th>
                <td>{ti(`levels.${i.level}`)}</td>
                <td>{ti(`statuses.${i.status}`)}</td>
                <td>{x.responsible(i)}</td>
                <td>{x.targets(i)}</td>
                <td>{x.list(i.strengthens.map((f) => f.name))}</td>
                <td>{x.list(i.reduces.map((f) => f.name))}</td>
                <td>{x.cost(i)}</td>
                <td><NextFollowUp i={i} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
