// The managers' view: aggregates across the municipality's boards, never a person. Every chart
// has its numbers beside it as a table; "<5" marks what is suppressed so nobody can be singled out.
import './managers.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import { notify } from '../app/notify.js';
import type * as G from '../generated/graphql.js';
import { TriangleChart, TriangleTable, costText } from './Triangle.js';
import { HeatMap } from './HeatMap.js';
import { ProgressionChart, ProgressionTable } from './Progression.js';
import { saveBase64 } from './download.js';
import { NS } from './strings.js';

const OVERVIEW = op<G.ManagerOverviewQuery, G.ManagerOverviewQueryVariables>('ManagerOverview');
const EXPORT = op<G.ManagerExportQuery, G.ManagerExportQueryVariables>('ManagerExport');
const WEEKS = [4, 8, 12, 26];

type Overview = G.ManagerOverviewQuery['managerOverview'];

function Breakdown({ o }: { o: Overview }) {
  const { t: tm } = useTranslation(NS);
  return (
    <>
      <table className="data-table">
        <caption>{tm('byAgency')}</caption>
        <thead>
          <tr><th scope="col">{tm('agency')}</th><th scope="col">{tm('interventions')}</th><th scope="col">{tm('costPerWeek')}</th></tr>
        </thead>
        <tbody>
          {o.byAgency.map((a, k) => (
            <tr key={a.agency?.id ?? `none-${k}`}><th scope="row">{a.agency?.name ?? tm('noAgency')}</th><td>{a.interventions.display}</td><td>{costText(a.weeklyCost)}</td></tr>
          ))}
          <tr className="total-row"><th scope="row">{tm('total')}</th><td>{o.agencyTotal.interventions.display}</td><td>{costText(o.agencyTotal.weeklyCost)}</td></tr>
        </tbody>
      </table>
      <table className="data-table">
        <caption>{tm('byArea')}</caption>
        <thead>
          <tr>
            <th scope="col">{tm('area')}</th><th scope="col">{tm('boards')}</th><th scope="col">{tm('youngPeople')}</th>
            <th scope="col">{tm('interventions')}</th><th scope="col">{tm('costPerWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {o.byArea.map((a, k) => (
            <tr key={a.area?.id ?? `none-${k}`}>
              <th scope="row">{a.area?.name ?? tm('noArea')}</th><td>{a.boards}</td><td>{a.youngPeople.display}</td><td>{a.interventions.display}</td><td>{costText(a.weeklyCost)}</td>
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">{tm('total')}</th><td>{o.areaTotal.boards}</td><td>{o.areaTotal.youngPeople.display}</td><td>{o.areaTotal.interventions.display}</td><td>{costText(o.areaTotal.weeklyCost)}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

export function ManagersPage() {
  const { t } = useTranslation();
  const { t: tm } = useTranslation(NS);
  const [weeks, setWeeks] = useState(8);
  const [o, setO] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${tm('title')} · ${t('app.title')}`;
  }, [t, tm]);
  useEffect(() => {
    setError(null);
    query(OVERVIEW, { weeks }).then((r) => setO(r.managerOverview), (e) => setError(toApiError(e).message || tm('loadFailed')));
  }, [weeks, tm]);

  const download = async (format: G.ExportFormat) => {
    try {
      const f = (await query(EXPORT, { format, weeks })).managerExport;
      saveBase64(f.filename, f.mimeType, f.base64);
    } catch (e) {
      notify(toApiError(e).message || tm('downloadFailed'), 'error');
    }
  };

  return (
    <main className="page managers-page" id="main">
      <h1>{tm('title')}</h1>
      {error && <p role="alert" className="form-error">{error}</p>}
      {!o && !error && <p aria-busy="true">{t('app.loading')}</p>}
      {o && (
        <>
          <p>{o.municipality ? tm('scopeLine', { municipality: o.municipality, boards: o.boards, people: o.youngPeople.display }) : tm('noMunicipality')}</p>
          <div className="row managers-controls">
            <div>
              <label htmlFor="weeks">{tm('weeks')}</label>
              <select id="weeks" value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
                {WEEKS.map((n) => <option key={n} value={n}>{tm('weeksN', { n })}</option>)}
              </select>
            </div>
            <button type="button" className="btn" onClick={() => void download('CSV')}>{tm('exportCsv')}</button>
            <button type="button" className="btn" onClick={() => void download('XLSX')}>{tm('exportXlsx')}</button>
          </div>
          <p className="notice">{tm('suppressedNote')}</p>

          <section aria-labelledby="sec-triangle" className="card managers-section">
            <h2 id="sec-triangle">{tm('triangle')}</h2>
            <p className="help">{tm('triangleHelp')}</p>
            <TriangleChart triangle={o.triangle} />
            <TriangleTable triangle={o.triangle} />
          </section>

          <section aria-labelledby="sec-heat" className="card managers-section">
            <h2 id="sec-heat">{tm('heatMap')}</h2>
            <p className="help">{tm('heatMapHelp')}</p>
            <HeatMap rows={o.heatMap} />
          </section>

          <section aria-labelledby="sec-breakdown" className="card managers-section">
            <h2 id="sec-breakdown" className="visually-hidden">{tm('byAgency')} · {tm('byArea')}</h2>
            <Breakdown o={o} />
          </section>

          <section aria-labelledby="sec-progression" className="card managers-section">
            <h2 id="sec-progression">{tm('progression')}</h2>
            <p className="help">{tm('progressionHelp')}</p>
            <ProgressionChart points={o.progression} />
            <ProgressionTable points={o.progression} />
          </section>
        </>
      )}
    </main>
  );
}
