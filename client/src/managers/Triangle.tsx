// The prevention triangle (interventions per level: general at the base, individual-oriented at
// the top) and beside it the cost pyramid (each level's share of the weekly cost, centred bars on
// the same rows), then the same numbers as a table. The charts are pictures of the table: the
// table is what screen readers and keyboard users read.
import { useTranslation } from 'react-i18next';
import type { ManagerOverviewQuery } from '../generated/graphql.js';
import { money, percent } from './format.js';
import { NS } from './strings.js';

type Triangle = ManagerOverviewQuery['managerOverview']['triangle'];
type Cost = Triangle['totalWeeklyCost'];

const FILL = { GENERAL: '#cfe3f7', SPECIFIC: '#fbe3b5', INDIVIDUAL: '#f6c9c6' } as const;
const W = 300;
const H = 210;
const TIER = H / 3;
/** Room right of the triangle for the level names. */
const LABELS = 130;

/** The currency most of the money is in: shares are drawn in it (currencies are never mixed). */
function mainCurrency(total: Cost): string | null {
  return total.perWeek[0]?.currency ?? null;
}

const amountIn = (c: Cost, currency: string | null): number | null =>
  c.suppressed || !currency ? null : (c.perWeek.find((m) => m.currency === currency)?.amount ?? 0);

/** A cost per week as text: "<5" when suppressed, each currency on its own. */
export const costText = (c: Cost): string => (c.suppressed ? '<5' : c.perWeek.length ? c.perWeek.map((m) => money(m.amount, m.currency)).join(' + ') : '0');

export function TriangleChart({ triangle }: { triangle: Triangle }) {
  const { t: tm } = useTranslation(NS);
  // Top to bottom: individual-oriented, specific, general.
  const tiers = [...triangle.levels].reverse();
  const currency = mainCurrency(triangle.totalWeeklyCost);
  const total = amountIn(triangle.totalWeeklyCost, currency);
  const share = (c: Cost) => {
    const a = amountIn(c, currency);
    return a === null || !total ? null : a / total;
  };

  return (
    <div className="triangle-charts">
      <figure className="chart">
        <svg viewBox={`0 0 ${W + LABELS} ${H + 4}`} width={W + LABELS} height={H + 4} role="img" aria-labelledby="tri-title">
          <title id="tri-title">{tm('triangleChart')}</title>
          {tiers.map((l, k) => {
            // The triangle's half-width at a height y from its apex is proportional to y.
            const y0 = k * TIER;
            const y1 = (k + 1) * TIER;
            const half = (y: number) => (W / 2) * (y / H);
            const points = [[W / 2 - half(y0), y0], [W / 2 + half(y0), y0], [W / 2 + half(y1), y1], [W / 2 - half(y1), y1]].map((p) => p.join(',')).join(' ');
            return (
              <g key={l.level}>
                <polygon points={points} fill={FILL[l.level]} stroke="#13213a" strokeWidth={1.5} />
                <text x={W / 2} y={y0 + TIER * (k === 0 ? 0.75 : 0.6)} textAnchor="middle" fontSize={14} fontWeight={700} fill="#111">{l.interventions.display}</text>
                {/* The level's name beside its tier: the apex is too narrow to hold it. */}
                <text x={W / 2 + half(y1) + 8} y={y0 + TIER * 0.6} fontSize={12} fill="#111">{tm(`levels.${l.level}`)}</text>
              </g>
            );
          })}
        </svg>
        <figcaption>{tm('triangleChart')}</figcaption>
      </figure>
      <figure className="chart">
        <svg viewBox={`0 0 ${W} ${H + 4}`} width={W} height={H + 4} role="img" aria-labelledby="pyr-title">
          <title id="pyr-title">{tm('pyramidChart')}</title>
          {tiers.map((l, k) => {
            const s = share(l.weeklyCost);
            const width = s === null ? 0 : Math.max(2, s * W);
            const y = k * TIER + 6;
            return (
              <g key={l.level}>
                {s === null ? (
                  <rect x={W / 2 - 40} y={y} width={80} height={TIER - 12} fill="#e5e7eb" stroke="#6b7280" strokeDasharray="4 3" />
                ) : (
                  <rect x={(W - width) / 2} y={y} width={width} height={TIER - 12} fill={FILL[l.level]} stroke="#13213a" strokeWidth={1.5} />
                )}
                <text x={W / 2} y={y + (TIER - 12) / 2 + 5} textAnchor="middle" fontSize={13} fontWeight={700} fill="#111">{s === null ? '<5' : percent(s)}</text>
              </g>
            );
          })}
        </svg>
        <figcaption>{tm('pyramidChart')}</figcaption>
      </figure>
    </div>
  );
}

export function TriangleTable({ triangle }: { triangle: Triangle }) {
  const { t: tm } = useTranslation(NS);
  const currency = mainCurrency(triangle.totalWeeklyCost);
  const total = amountIn(triangle.totalWeeklyCost, currency);
  return (
    <table className="data-table">
      <caption>{tm('triangle')}</caption>
      <thead>
        <tr>
          <th scope="col">{tm('level')}</th>
          <th scope="col">{tm('interventions')}</th>
          <th scope="col">{tm('costPerWeek')}</th>
          <th scope="col">{tm('costShare')}</th>
        </tr>
      </thead>
      <tbody>
        {triangle.levels.map((l) => {
          const a = amountIn(l.weeklyCost, currency);
          return (
            <tr key={l.level}>
              <th scope="row">{tm(`levels.${l.level}`)}</th>
              <td>{l.interventions.display}</td>
              <td>{costText(l.weeklyCost)}</td>
              <td>{a === null || !total ? '<5' : percent(a / total)}</td>
            </tr>
          );
        })}
        <tr className="total-row">
          <th scope="row">{tm('total')}</th>
          <td>{triangle.totalInterventions.display}</td>
          <td>{costText(triangle.totalWeeklyCost)}</td>
          <td>{total ? percent(1) : '–'}</td>
        </tr>
      </tbody>
    </table>
  );
}
