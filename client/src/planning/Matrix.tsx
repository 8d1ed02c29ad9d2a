// The planning matrix as a table: present risk factors and weak protective factors (rows) against
// the interventions in the plan (columns). A cell names the young people the intervention works
// on for that factor; the last column names those no intervention reaches, the gap.
import { useTranslation } from 'react-i18next';
import type { PlanningQuery } from '../generated/graphql.js';
import { NS } from './strings.js';

type Plan = NonNullable<PlanningQuery['planning']>;

export function Matrix({ plan }: { plan: Plan }) {
  const { t: tp } = useTranslation(NS);
  if (!plan.rows.length) return <p>{tp('noRows')}</p>;
  return (
    // Wide boards scroll sideways: the region takes focus so keyboard users can scroll it too.
    <div className="planning-scroll" role="region" aria-labelledby="matrix-title" tabIndex={0}>
      <table className="data-table planning-matrix">
        <caption id="matrix-title">{tp('matrix')}</caption>
        <thead>
          <tr>
            <th scope="col">{tp('factor')}</th>
            <th scope="col">{tp('who')}</th>
            {plan.interventions.map((i) => (
              <th scope="col" key={i.id} className="intervention-col">
                {i.title}
                <span className="muted level-tag">{tp(`levels.${i.level}`)}</span>
              </th>
            ))}
            <th scope="col" className="gap-col">{tp('notReached')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((r) => {
            const open = r.entries.filter((e) => e.interventionIds.length === 0);
            return (
              <tr key={r.factor.id}>
                <th scope="row">
                  <span className={`factor-kind ${r.factor.kind === 'RISK' ? 'risk' : 'protective'}`}>{tp(r.factor.kind === 'RISK' ? 'risk' : 'protective')}</span> {r.factor.name}
                </th>
                <td>{r.entries.map((e) => `${e.person.alias} (${e.level})`).join(', ')}</td>
                {plan.interventions.map((i) => {
                  const names = r.entries.filter((e) => e.interventionIds.includes(i.id)).map((e) => e.person.alias);
                  return (
                    <td key={i.id} className={names.length ? 'covered-cell' : undefined}>
                      {names.length ? names.join(', ') : <span aria-hidden="true">·</span>}
                    </td>
                  );
                })}
                <td className={open.length ? 'gap-cell' : undefined}>
                  {open.length ? open.map((e) => e.person.alias).join(', ') : <span className="muted">{tp('everyoneReached')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
