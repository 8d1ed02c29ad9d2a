// A subject-access report: every access to one person's data, when, what, for which purpose and
// by whom (role and agency), oldest first by default, paged, with a CSV download.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import { navigate } from '../app/router.js';
import type * as G from '../generated/graphql.js';
import { AuditTable, type Row } from './AuditTable.js';
import { download } from './ReviewPage.js';
import { auditPath } from './routes.js';
import { NS } from './strings.js';

const SUBJECT = op<G.SubjectAccessQuery, G.SubjectAccessQueryVariables>('SubjectAccess');
const PAGE = 100;

export function SubjectPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation(NS);
  const [order, setOrder] = useState<G.AuditOrder>('OLDEST_FIRST');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${ta('subjectTitle')} · ${t('app.title')}`;
  }, [t, ta]);

  const load = async (after: string | null) => {
    setError(null);
    try {
      const r = (await query(SUBJECT, { personId, order, first: PAGE, after })).subjectAccess;
      setRows((prev) => (after && prev ? [...prev, ...r.nodes] : r.nodes));
      setNext(r.pageInfo.hasNextPage ? r.pageInfo.endCursor ?? null : null);
    } catch (e) {
      setRows([]);
      setError(toApiError(e).message || ta('loadFailed'));
    }
  };
  // Reloaded from the start whenever the order changes.
  useEffect(() => void load(null), [personId, order]);

  return (
    <main className="page audit-page" id="main">
      <p>
        <a href={auditPath} onClick={(e) => { e.preventDefault(); navigate(auditPath); }}>{ta('back')}</a>
      </p>
      <h1>{ta('subjectTitle')}</h1>
      <p>{ta('subjectIntro', { id: personId })}</p>
      <div className="row audit-actions">
        <div className="audit-field">
          <label htmlFor="sa-order">{ta('order')}</label>
          <select id="sa-order" value={order} onChange={(e) => setOrder(e.target.value as G.AuditOrder)}>
            <option value="OLDEST_FIRST">{ta('oldestFirst')}</option>
            <option value="NEWEST_FIRST">{ta('newestFirst')}</option>
          </select>
        </div>
        <button type="button" className="btn" onClick={() => void download({ report: 'SUBJECT_ACCESS', filter: { personId }, order }, ta('downloadFailed'))}>
          {ta('downloadCsv')}
        </button>
      </div>
      {error && <p role="alert" className="form-error">{error}</p>}
      {rows === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : (
        <>
          <p role="status">{rows.length ? ta('shown', { count: rows.length }) : ta('empty')}</p>
          {rows.length > 0 && <AuditTable rows={rows} caption={ta('subjectTitle')} people={false} />}
          {next && <button type="button" className="btn" onClick={() => void load(next)}>{ta('loadMore')}</button>}
        </>
      )}
    </main>
  );
}
