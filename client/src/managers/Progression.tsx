// Progression week by week: the share of re-assessed risk factors that went down and of protective
// factors that went up, as two lines (told apart by colour, marker and dash, not colour alone),
// then every number as a table. A week whose numbers are suppressed or empty has no point.
import { useTranslation } from 'react-i18next';
import type { ManagerOverviewQuery } from '../generated/graphql.js';
import { formatDate } from '../i18n/format.js';
import { percent } from './format.js';
import { NS } from './strings.js';

type Point = ManagerOverviewQuery['managerOverview']['progression'][number];
type Share = Point['risk'];

const W = 560;
const H = 230;
const PAD = { left: 48, right: 34, top: 14, bottom: 40 };
const SERIES = [
  { key: 'risk', label: 'riskDown', colour: '#b3261e', dash: undefined },
  { key: 'protective', label: 'protectiveUp', colour: '#0c5a2b', dash: '6 4' },
] as const;

/** Line segments through the points that have a value; a missing week breaks the line. */
function segments(values: (number | null)[], x: (k: number) => number, y: (v: number) => number): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  values.forEach((v, k) => {
    if (v === null) {
      if (cur.length > 1) out.push(cur.join(' '));
      cur = [];
    } else cur.push(`${x(k)},${y(v)}`);
  });
  if (cur.length > 1) out.push(cur.join(' '));
  return out;
}

export function ProgressionChart({ points }: { points: Point[] }) {
  const { t: tm } = useTranslation(NS);
  const n = points.length;
  const x = (k: number) => PAD.left + (n <= 1 ? 0 : (k * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-labelledby="prog-title">
        <title id="prog-title">{tm('progressionChart')}</title>
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#c8ccd2" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="#333">{percent(v)}</text>
          </g>
        ))}
        {points.map((p, k) => (
          <text key={p.weekEnding} x={x(k)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize={11} fill="#333">{formatDate(p.weekEnding).replace(/\s?\d{4}$/, '')}</text>
        ))}
        {SERIES.map((s) => {
          const values = points.map((p) => p[s.key].share);
          return (
            <g key={s.key}>
              {segments(values, x, y).map((d) => <polyline key={d} points={d} fill="none" stroke={s.colour} strokeWidth={2.5} strokeDasharray={s.dash} />)}
              {values.map((v, k) =>
                v === null ? null : s.key === 'risk' ? (
                  <circle key={k} cx={x(k)} cy={y(v)} r={4.5} fill={s.colour} />
                ) : (
                  <rect key={k} x={x(k) - 4.5} y={y(v) - 4.5} width={9} height={9} fill={s.colour} />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="legend-key"><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="#b3261e" strokeWidth="2.5" /><circle cx="14" cy="5" r="4" fill="#b3261e" /></svg> {tm('riskDown')}</span>
        <span className="legend-key"><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="#0c5a2b" strokeWidth="2.5" strokeDasharray="6 4" /><rect x="10" y="1" width="8" height="8" fill="#0c5a2b" /></svg> {tm('protectiveUp')}</span>
        <span className="muted"> {tm('hiddenPoint')}</span>
      </figcaption>
    </figure>
  );
}

const cells = (s: Share) => [s.assessed.display, s.improved.display, s.unchanged.display, s.worsened.display, percent(s.share)];

export function ProgressionTable({ points }: { points: Point[] }) {
  const { t: tm } = useTranslation(NS);
  const cols = [tm('assessed'), tm('improved'), tm('unchanged'), tm('worsened'), tm('share')];
  return (
    <div className="planning-scroll" role="region" aria-labelledby="prog-table" tabIndex={0}>
      <table className="data-table">
        <caption id="prog-table">{tm('progressionChart')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{tm('weekEnding')}</th>
            <th scope="colgroup" colSpan={5}>{tm('riskDown')}</th>
            <th scope="colgroup" colSpan={5}>{tm('protectiveUp')}</th>
          </tr>
          <tr>{[...cols, ...cols].map((c, k) => <th scope="col" key={k}>{c}</th>)}</tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.weekEnding}>
              <th scope="row">{formatDate(p.weekEnding)}</th>
              {[...cells(p.risk), ...cells(p.protective)].map((v, k) => <td key={k}>{v}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
