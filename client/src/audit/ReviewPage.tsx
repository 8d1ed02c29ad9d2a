// The data-protection officer's access log: a filter form, the matching entries (paged, in time
// order), a CSV download, and a reproducible random sample over the filter's period.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import { notify } from '../app/notify.js';
import { saveBase64 } from '../managers/download.js';
import type * as G from '../generated/graphql.js';
import { AuditTable, type Row } from './AuditTable.js';
import { emptyForm, toFilter, type FilterForm } from './filters.js';
import { en, NS } from './strings.js';

const REVIEW = op<G.AuditReviewQuery, G.AuditReviewQueryVariables>('AuditReview');
const SAMPLE = op<G.AuditSampleQuery, G.AuditSampleQueryVariables>('AuditSample');
const EXPORT = op<G.AuditExportQuery, G.AuditExportQueryVariables>('AuditExport');
const AGENCIES = op<G.AuditAgenciesQuery, G.AuditAgenciesQueryVariables>('AuditAgencies');

const ROLES = ['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER', 'ADMIN', 'REPORTER', 'AUDITOR'] as const;
const ACTIONS = Object.keys(en.actions);
const PAGE = 50;

export async function download(vars: G.AuditExportQueryVariables, failed: string): Promise<void> {
  try {
    const f = (await query(EXPORT, vars)).auditExport;
    saveBase64(f.filename, f.mimeType, f.base64);
  } catch (e) {
    notify(toApiError(e).message || failed, 'error');
  }
}

function FilterFields({ form, set }: { form: FilterForm; set: (patch: Partial<FilterForm>) => void }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation(NS);
  const [agencies, setAgencies] = useState<G.AuditAgenciesQuery['agencies']>([]);
  useEffect(() => {
    query(AGENCIES, {}).then((r) => setAgencies(r.agencies), () => setAgencies([]));
  }, []);
  const text = (key: keyof FilterForm, label: string, help?: string, type = 'text') => (
    <div className="audit-field">
      <label htmlFor={`af-${key}`}>{label}</label>
      <input id={`af-${key}`} type={type} value={form[key] as string} onChange={(e) => set({ [key]: e.target.value })} aria-describedby={help ? `af-${key}-help` : undefined} />
      {help && <p className="help" id={`af-${key}-help`}>{help}</p>}
    </div>
  );
  return (
    <div className="audit-fields">
      {text('username', ta('username'))}
      <div className="audit-field">
        <label htmlFor="af-role">{ta('role')}</label>
        <select id="af-role" value={form.role} onChange={(e) => set({ role: e.target.value })}>
          <option value="">{ta('any')}</option>
          {ROLES.map((r) => <option key={r} value={r}>{t(`userRoles.${r}`)}</option>)}
        </select>
      </div>
      <div className="audit-field">
        <label htmlFor="af-agency">{ta('agency')}</label>
        <select id="af-agency" value={form.agencyId} onChange={(e) => set({ agencyId: e.target.value })}>
          <option value="">{ta('any')}</option>
          {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </div>
      <div className="audit-field">
        <label htmlFor="af-action">{ta('action')}</label>
        <select id="af-action" value={form.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">{ta('any')}</option>
          {ACTIONS.map((a) => <option key={a} value={a}>{ta(`actions.${a}`)}</option>)}
        </select>
      </div>
      {text('purpose', ta('purpose'), ta('purposeHelp'))}
      {text('personId', ta('personId'), ta('personIdHelp'))}
      {text('from', ta('from'), undefined, 'date')}
      {text('to', ta('to'), undefined, 'date')}
      <div className="audit-field audit-check">
        <input id="af-personal" type="checkbox" checked={form.personalOnly} onChange={(e) => set({ personalOnly: e.target.checked })} />
        <label htmlFor="af-personal">{ta('personalOnly')}</label>
      </div>
    </div>
  );
}

function Sample({ form }: { form: FilterForm }) {
  const { t: ta } = useTranslation(NS);
  const [size, setSize] = useState(20);
  const [seed, setSeed] = useState(() => new Date().toISOString().slice(0, 10));
  const [result, setResult] = useState<G.AuditSampleQuery['auditSample'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const vars = (): G.AuditSampleQueryVariables | null => (form.from && form.to ? { filter: toFilter(form), size, seed } : null);
  const draw = async () => {
    const v = vars();
    if (!v) return setError(ta('needPeriod'));
    setError(null);
    try {
      setResult((await query(SAMPLE, v)).auditSample);
    } catch (e) {
      setError(toApiError(e).message || ta('loadFailed'));
    }
  };
  return (
    <section aria-labelledby="sec-sample" className="card audit-section">
      <h2 id="sec-sample">{ta('sample')}</h2>
      <p className="help">{ta('sampleHelp')}</p>
      <form className="row audit-sample-form" onSubmit={(e) => { e.preventDefault(); void draw(); }}>
        <div className="audit-field">
          <label htmlFor="as-size">{ta('size')}</label>
          <input id="as-size" type="number" min={1} max={1000} value={size} onChange={(e) => setSize(Math.max(1, Math.min(1000, Number(e.target.value) || 1)))} />
        </div>
        <div className="audit-field">
          <label htmlFor="as-seed">{ta('seed')}</label>
          <input id="as-seed" type="text" value={seed} maxLength={100} onChange={(e) => setSeed(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary">{ta('draw')}</button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            const v = vars();
            if (!v) return setError(ta('needPeriod'));
            void download({ report: 'SAMPLE', filter: v.filter, size: v.size, seed: v.seed }, ta('downloadFailed'));
          }}
        >
          {ta('downloadCsv')}
        </button>
      </form>
      {error && <p role="alert" className="form-error">{error}</p>}
      {result && (
        <>
          <p role="status">{ta('population', { size: result.nodes.length, population: result.population })}</p>
          <AuditTable rows={result.nodes} caption={ta('sample')} />
        </>
      )}
    </section>
  );
}

export function ReviewPage() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation(NS);
  const [form, setForm] = useState<FilterForm>(emptyForm);
  const [order, setOrder] = useState<G.AuditOrder>('NEWEST_FIRST');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<FilterForm>) => setForm((f) => ({ ...f, ...patch }));

  useEffect(() => {
    document.title = `${ta('title')} · ${t('app.title')}`;
  }, [t, ta]);

  const load = async (after: string | null) => {
    setError(null);
    try {
      const r = (await query(REVIEW, { filter: toFilter(form), order, first: PAGE, after })).auditReview;
      setRows((prev) => (after && prev ? [...prev, ...r.nodes] : r.nodes));
      setNext(r.pageInfo.hasNextPage ? r.pageInfo.endCursor ?? null : null);
    } catch (e) {
      setError(toApiError(e).message || ta('loadFailed'));
    }
  };
  // The first page shows at once: the newest entries of the whole log.
  useEffect(() => void load(null), []);

  return (
    <main className="page audit-page" id="main">
      <h1>{ta('title')}</h1>
      <p>{ta('intro')}</p>
      <form className="card audit-section" aria-labelledby="sec-filter" onSubmit={(e) => { e.preventDefault(); void load(null); }}>
        <h2 id="sec-filter">{ta('filters')}</h2>
        <FilterFields form={form} set={set} />
        <div className="row audit-actions">
          <div className="audit-field">
            <label htmlFor="af-order">{ta('order')}</label>
            <select id="af-order" value={order} onChange={(e) => setOrder(e.target.value as G.AuditOrder)}>
              <option value="NEWEST_FIRST">{ta('newestFirst')}</option>
              <option value="OLDEST_FIRST">{ta('oldestFirst')}</option>
            </select>
          </div>
          <button type="submit" className="btn btn-primary">{ta('show')}</button>
          <button type="button" className="btn" onClick={() => void download({ report: 'REVIEW', filter: toFilter(form), order }, ta('downloadFailed'))}>
            {ta('downloadCsv')}
          </button>
        </div>
      </form>
      {error && <p role="alert" className="form-error">{error}</p>}
      <section aria-labelledby="sec-results" className="audit-section">
        <h2 id="sec-results">{ta('results')}</h2>
        {rows === null ? (
          !error && <p aria-busy="true">{t('app.loading')}</p>
        ) : (
          <>
            <p role="status">{rows.length ? ta('shown', { count: rows.length }) : ta('empty')}</p>
            {rows.length > 0 && <AuditTable rows={rows} caption={ta('results')} />}
            {next && <button type="button" className="btn" onClick={() => void load(next)}>{ta('loadMore')}</button>}
          </>
        )}
      </section>
      <Sample form={form} />
    </main>
  );
}
