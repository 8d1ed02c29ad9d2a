// The analysis layer's part of the board legend: the size and colour scales with their values,
// the communities with their letters, and the marks of brokers, bridges, a what-if and a path.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_COLOURS } from '../palette.js';
import type { AnalysisController } from './useAnalysis.js';
import { MARKS, communityFill, communityLetter } from './colour.js';
import { colourScale, formatMetric, sizeScale, SIZE_RANGE } from './scales.js';
import { NS } from './strings.js';

/** Communities listed one by one up to this many; the list view has everyone's letter. */
const MAX_COMMUNITIES = 12;

function Ring({ colour, dash, double = false }: { colour: string; dash?: string; double?: boolean }) {
  return (
    <svg width="22" height="22" aria-hidden="true" className="legend-swatch">
      <circle cx="11" cy="11" r={double ? 5 : 6} fill={PERSON_COLOURS.young.fill} stroke={PERSON_COLOURS.young.border} strokeWidth="1.5" />
      {double && <circle cx="11" cy="11" r="7.5" fill="none" stroke={colour} strokeWidth="1.5" />}
      <circle cx="11" cy="11" r="10" fill="none" stroke={colour} strokeWidth={double ? 1.5 : 2.5} strokeDasharray={dash} />
    </svg>
  );
}

export function AnalysisLegend({ a }: { a: AnalysisController }) {
  const { t: ta, i18n } = useTranslation(NS);
  if (!a.open || !a.people) return null;
  const lang = (['sv', 'da', 'en'].includes(i18n.language) ? i18n.language : 'en') as 'sv' | 'da' | 'en';
  const people = a.people;
  const items: ReactNode[] = [];

  if (a.sizeBy) {
    const metric = a.sizeBy;
    const s = sizeScale(people.map((p) => p[metric]));
    // Drawn at half scale: the legend is narrow. A quarter of the value is half the diameter.
    const box = SIZE_RANGE.max / 2 + 2;
    const circle = (v: number) => (
      <svg width={box} height={box} aria-hidden="true" className="legend-swatch">
        <circle cx={box / 2} cy={box / 2} r={s.diameter(v) / 4} fill={PERSON_COLOURS.young.fill} stroke={PERSON_COLOURS.young.border} strokeWidth="1.5" />
      </svg>
    );
    items.push(<li key="size-title" className="an-legend-title">{ta('legend.size', { metric: ta(`metric.${metric}`) })}</li>);
    if (s.max > 0) {
      items.push(<li key="size-max">{circle(s.max)}{formatMetric(metric, s.max, lang)}</li>);
      items.push(<li key="size-quarter">{circle(s.max / 4)}{formatMetric(metric, s.max / 4, lang)}</li>);
    }
  }
  if (a.colourBy && a.colourBy !== 'community') {
    const metric = a.colourBy;
    const c = colourScale(people.map((p) => p[metric]));
    items.push(<li key="colour-title" className="an-legend-title">{ta('legend.colour', { metric: ta(`metric.${metric}`) })}</li>);
    c.bins.forEach((bin, i) =>
      items.push(
        <li key={`bin-${i}`}>
          <svg width="22" height="22" aria-hidden="true" className="legend-swatch"><circle cx="11" cy="11" r="9" fill={bin.colour} /></svg>
          {formatMetric(metric, bin.from, lang)} – {formatMetric(metric, bin.to, lang)}
        </li>,
      ),
    );
  }
  if (a.colourBy === 'community') {
    const count = new Map<number, number>();
    for (const p of people) count.set(p.community, (count.get(p.community) ?? 0) + 1);
    const list = [...count].sort((x, y) => x[0] - y[0]);
    items.push(<li key="comm-title" className="an-legend-title">{ta('legend.community')}</li>);
    for (const [c, n] of list.slice(0, MAX_COMMUNITIES)) {
      items.push(
        <li key={`comm-${c}`}>
          <svg width="22" height="22" aria-hidden="true" className="legend-swatch"><circle cx="11" cy="11" r="9" fill={communityFill(c)} /></svg>
          {ta('legend.communityItem', { letter: communityLetter(c), n })}
        </li>,
      );
    }
    if (list.length > MAX_COMMUNITIES) items.push(<li key="comm-more">… +{list.length - MAX_COMMUNITIES}</li>);
  }
  if (a.highlight) {
    items.push(<li key="broker"><Ring colour={MARKS.broker} double />{ta('legend.broker')}</li>);
    items.push(
      <li key="bridge">
        <svg width="44" height="16" aria-hidden="true" className="legend-swatch">
          <line x1="2" y1="8" x2="42" y2="8" stroke={MARKS.bridge} strokeOpacity="0.45" strokeWidth="12" />
          <line x1="2" y1="8" x2="42" y2="8" stroke="#333" strokeWidth="2" />
        </svg>
        {ta('legend.bridge')}
      </li>,
    );
  }
  if (a.whatIf) {
    items.push(
      <li key="removed">
        <svg width="22" height="22" aria-hidden="true"><circle cx="11" cy="11" r="8" fill={PERSON_COLOURS.young.fill} fillOpacity="0.3" stroke={MARKS.removed} strokeWidth="2" strokeDasharray="3 2" /></svg>
        {ta('legend.removed')}
      </li>,
      <li key="isolated"><Ring colour={MARKS.isolated} />{ta('legend.isolated')}</li>,
      <li key="split"><Ring colour={MARKS.splitOff} dash="4 3" />{ta('legend.splitOff')}</li>,
    );
    if (a.whatIf.change.addTies.length) {
      items.push(
        <li key="planned">
          <svg width="44" height="16" aria-hidden="true" className="legend-swatch"><line x1="2" y1="8" x2="42" y2="8" stroke={MARKS.planned} strokeWidth="4" strokeDasharray="6 4" /></svg>
          {ta('legend.planned')}
        </li>,
      );
    }
  }
  if (a.path?.path) {
    items.push(<li key="path"><Ring colour={MARKS.path} />{ta('legend.path')}</li>);
    items.push(<li key="path-end"><Ring colour={MARKS.path} double />{ta('legend.pathEnd')}</li>);
  }
  if (!items.length) return null;
  return (
    <div className="an-legend">
      <h3>{ta('legend.title')}</h3>
      <ul>{items}</ul>
    </div>
  );
}
