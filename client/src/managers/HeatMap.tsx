// Interventions × factors as a heat-map table: each cell's number is its text, the shade only
// repeats it (darker is more). Interventions per level are shaded blue; young people a present
// risk leaves unreached are shaded red, to draw the eye to where nothing targets it. Suppressed
// cells are grey with "<5".
import { useTranslation } from 'react-i18next';
import type { ManagerOverviewQuery } from '../generated/graphql.js';
import { SCALES, shade } from './format.js';
import { NS } from './strings.js';

type Row = ManagerOverviewQuery['managerOverview']['heatMap'][number];
type Count = Row['needing'];

const LEVELS = ['GENERAL', 'SPECIFIC', 'INDIVIDUAL'] as const;

function Cell({ c, max, scale }: { c: Count; max: number; scale: [number, number, number] }) {
  if (c.suppressed) return <td className="heat-cell suppressed">{c.display}</td>;
  return <td className="heat-cell" style={shade(c.value ?? 0, max, scale)}>{c.display}</td>;
}

const maxOf = (cells: Count[]) => Math.max(0, ...cells.map((c) => c.value ?? 0));

export function HeatMap({ rows }: { rows: Row[] }) {
  const { t: tm } = useTranslation(NS);
  if (!rows.length) return <p>{tm('noFactors')}</p>;
  const levelMax = maxOf(rows.flatMap((r) => r.byLevel));
  const peopleMax = maxOf(rows.flatMap((r) => [r.needing, r.reached]));
  const unreachedMax = maxOf(rows.map((r) => r.unreached));
  return (
    <div className="planning-scroll" role="region" aria-labelledby="heat-title" tabIndex={0}>
      <table className="data-table heat-map">
        <caption id="heat-title">{tm('heatMap')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{tm('factor')}</th>
            <th scope="colgroup" colSpan={3}>{tm('interventions')}</th>
            <th scope="colgroup" colSpan={3}>{tm('youngPeople')}</th>
          </tr>
          <tr>
            {LEVELS.map((l) => <th scope="col" key={l}>{tm(`levels.${l}`)}</th>)}
            <th scope="col">{tm('needing')}</th>
            <th scope="col">{tm('reached')}</th>
            <th scope="col">{tm('unreached')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.factor.id}>
              <th scope="row">
                <span className={`factor-kind ${r.factor.kind === 'RISK' ? 'risk' : 'protective'}`}>{tm(r.factor.kind === 'RISK' ? 'risk' : 'protective')}</span> {r.factor.name}
              </th>
              {r.byLevel.map((c, k) => <Cell key={LEVELS[k]} c={c} max={levelMax} scale={SCALES.blue} />)}
              <Cell c={r.needing} max={peopleMax} scale={SCALES.blue} />
              <Cell c={r.reached} max={peopleMax} scale={SCALES.blue} />
              <Cell c={r.unreached} max={unreachedMax} scale={SCALES.red} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
