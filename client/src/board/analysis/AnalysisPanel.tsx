// The analysis panel: what the figures are computed from, what the board is sized and coloured
// by, brokers and bridges, what-if and the path finder. Every figure drawn on the canvas is also
// written here or in the list view.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisController } from './useAnalysis.js';
import { METRICS, isMetric } from './scales.js';
import { agencyFilterIgnored } from './tieFilter.js';
import { BrokersBridges } from './BrokersBridges.js';
import { WhatIfSection } from './WhatIfSection.js';
import { PathFinder } from './PathFinder.js';
import { NS } from './strings.js';
import './analysis.css';

function Status({ a }: { a: AnalysisController }) {
  const { t: ta } = useTranslation(NS);
  const m = a.metrics;
  const fmt = (v: number) => new Intl.NumberFormat(document.documentElement.lang || 'en', { maximumFractionDigits: 2 }).format(v);
  return (
    <div className="an-status">
      <p role="status" aria-live="polite" className="muted">
        {a.status === 'loading' ? (a.progress ? ta('progress', { step: ta(`steps.${a.progress}`) }) : ta('loading')) : ''}
      </p>
      {a.status === 'error' && (
        <div role="alert" className="notice">
          <p>{a.failure ?? ta('failed')}</p>
          <button type="button" className="btn btn-small" onClick={a.retry}>{ta('retry')}</button>
        </div>
      )}
      {m && (
        <>
          <p>{ta('counted', { people: m.personCount, ties: m.tieCount })}</p>
          <ul className="plain an-facts">
            <li>{ta('parts', { n: m.components, largest: m.largestComponent })}</li>
            <li>{ta('density', { value: fmt(m.density) })}</li>
            <li>{ta('communityCount', { n: m.communities })}</li>
          </ul>
          {agencyFilterIgnored(a.filters) && <p className="notice">{ta('agencyIgnored')}</p>}
          <p className="help">{ta('caveat')}</p>
        </>
      )}
    </div>
  );
}

function ShowControls({ a }: { a: AnalysisController }) {
  const { t: ta } = useTranslation(NS);
  const id = useId();
  const ready = !!a.metrics;
  return (
    <section aria-labelledby={`${id}-show`} className="an-section">
      <h3 id={`${id}-show`}>{ta('show')}</h3>
      <div className="an-field">
        <label htmlFor={`${id}-size`}>{ta('sizeBy')}</label>
        <select id={`${id}-size`} value={a.sizeBy ?? ''} disabled={!ready} aria-describedby={a.sizeBy ? `${id}-size-help` : undefined}
          onChange={(e) => a.setSizeBy(isMetric(e.target.value) ? e.target.value : null)}>
          <option value="">{ta('sizeNone')}</option>
          {METRICS.map((m) => <option key={m} value={m}>{ta(`metric.${m}`)}</option>)}
        </select>
        {a.sizeBy && <p id={`${id}-size-help`} className="help">{ta(`metricHelp.${a.sizeBy}`)}</p>}
      </div>
      <div className="an-field">
        <label htmlFor={`${id}-colour`}>{ta('colourBy')}</label>
        <select id={`${id}-colour`} value={a.colourBy ?? ''} disabled={!ready} aria-describedby={a.colourBy ? `${id}-colour-help` : undefined}
          onChange={(e) => a.setColourBy(isMetric(e.target.value) || e.target.value === 'community' ? (e.target.value as never) : null)}>
          <option value="">{ta('colourNone')}</option>
          {METRICS.map((m) => <option key={m} value={m}>{ta(`metric.${m}`)}</option>)}
          <option value="community">{ta('metric.community')}</option>
        </select>
        {a.colourBy && <p id={`${id}-colour-help`} className="help">{ta(`metricHelp.${a.colourBy}`)}</p>}
      </div>
      <label className="choice">
        <input type="checkbox" checked={a.highlight} disabled={!ready} onChange={(e) => a.setHighlight(e.target.checked)} /> {ta('highlight')}
      </label>
    </section>
  );
}

export function AnalysisPanel({ a }: { a: AnalysisController }) {
  const { t: ta } = useTranslation(NS);
  return (
    <aside className="analysis-panel" aria-labelledby="analysis-title">
      <div className="an-head">
        <h2 id="analysis-title">{ta('title')}</h2>
      </div>
      <Status a={a} />
      <ShowControls a={a} />
      {a.metrics && <BrokersBridges a={a} />}
      <WhatIfSection a={a} />
      <PathFinder a={a} />
    </aside>
  );
}
