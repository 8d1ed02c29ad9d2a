// A board's interventions (issue 5): the table of all of them and, at /interventions/:id, one in
// full with its follow-ups and commitments, where editors edit it and record the weekly follow-up.
import './interventions.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { boardPath, navigate } from '../app/router.js';
import type { Me } from '../app/App.js';
import { planningPath } from '../planning/route.js';
import { InterventionTable } from './InterventionTable.js';
import { InterventionDetail, type Detail } from './InterventionDetail.js';
import { EditIntervention } from './EditIntervention.js';
import { FollowUpForm } from './FollowUpForm.js';
import { interventionsPath } from './route.js';
import { NS } from './strings.js';

const LIST = op<G.InterventionsOfBoardQuery, G.InterventionsOfBoardQueryVariables>('InterventionsOfBoard');
const DETAIL = op<G.InterventionDetailQuery, G.InterventionDetailQueryVariables>('InterventionDetail');
// The roles policy.json lets update interventions (the server decides; this only hides buttons).
const EDITORS = new Set(['COORDINATOR', 'MEMBER']);

function Link({ path, children }: { path: string; children: React.ReactNode }) {
  return <a href={path} onClick={(e) => { if (e.ctrlKey || e.metaKey || e.shiftKey) return; e.preventDefault(); navigate(path); }}>{children}</a>;
}

export function InterventionsPage({ boardId, interventionId, me }: { boardId: string; interventionId: string | null; me: Me }) {
  const { t } = useTranslation();
  const { t: ti } = useTranslation(NS);
  const [board, setBoard] = useState<G.InterventionsOfBoardQuery['board'] | undefined>(undefined);
  const [detail, setDetail] = useState<Detail | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'followUp' | null>(null);

  const loadList = useCallback(() => {
    query(LIST, { boardId }).then((r) => setBoard(r.board), (e) => setError(toApiError(e).message || ti('loadFailed')));
  }, [boardId, ti]);
  const loadDetail = useCallback(() => {
    if (!interventionId) return;
    query(DETAIL, { id: interventionId }).then((r) => setDetail(r.intervention), (e) => setError(toApiError(e).message || ti('loadFailed')));
  }, [interventionId, ti]);

  useEffect(loadList, [loadList]);
  useEffect(() => {
    setDetail(undefined);
    setDialog(null);
    loadDetail();
  }, [loadDetail]);
  const heading = interventionId ? detail?.title ?? '' : ti('title', { board: board?.title ?? '' });
  useEffect(() => {
    if (heading) document.title = `${heading} · ${t('app.title')}`;
  }, [heading, t]);

  const reload = () => {
    loadDetail();
    loadList();
  };
  const canEdit = EDITORS.has(me.role);

  return (
    <main className="page interventions-page" id="main">
      <nav className="crumbs" aria-label={ti('open')}>
        <Link path={boardPath(boardId)}>{ti('back')}</Link>
        {' · '}
        <Link path={planningPath(boardId)}>{ti('toPlanning')}</Link>
        {interventionId && (
          <>
            {' · '}
            <Link path={interventionsPath(boardId)}>{ti('backToList')}</Link>
          </>
        )}
      </nav>
      <h1>{heading || ti('open')}</h1>
      {error && <p role="alert" className="form-error">{error}</p>}
      {interventionId ? (
        <>
          {detail === undefined && !error && <p aria-busy="true">{t('app.loading')}</p>}
          {detail === null && <p role="alert">{ti('notFound')}</p>}
          {detail && <InterventionDetail i={detail} canEdit={canEdit} onEdit={() => setDialog('edit')} onFollowUp={() => setDialog('followUp')} />}
        </>
      ) : (
        <>
          {board === undefined && !error && <p aria-busy="true">{t('app.loading')}</p>}
          {board === null && <p role="alert">{ti('loadFailed')}</p>}
          {board && board.interventions.length === 0 && <p className="muted">{ti('none')}</p>}
          {board && board.interventions.length > 0 && <InterventionTable boardId={boardId} items={board.interventions} />}
        </>
      )}
      {dialog === 'edit' && detail && (
        <EditIntervention boardId={boardId} i={detail} onClose={() => setDialog(null)} onStale={reload} onSaved={() => { setDialog(null); reload(); }} />
      )}
      {dialog === 'followUp' && detail && (
        <FollowUpForm boardId={boardId} i={detail} onClose={() => setDialog(null)} onDone={() => { setDialog(null); reload(); }} />
      )}
    </main>
  );
}
