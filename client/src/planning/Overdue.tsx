// What the board and the person's panel show of issue 5: a link to the planning view with the
// board's overdue count, and the person's overdue follow-ups and commitments.
import './planning.css';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { op } from '../api/documents.js';
import type * as G from '../generated/graphql.js';
import { navigate } from '../app/router.js';
import { useSettled } from '../app/settled.js';
import { formatDate } from '../i18n/format.js';
import { planningPath } from './route.js';
import { NS } from './strings.js';

const BOARD_OVERDUE = op<G.BoardOverdueCountQuery, G.BoardOverdueCountQueryVariables>('BoardOverdueCount');
const PERSON_OVERDUE = op<G.PersonOverdueQuery, G.PersonOverdueQueryVariables>('PersonOverdue');

function go(path: string) {
  return (e: React.MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    navigate(path);
  };
}

/** In the board's head: "Planning" and, when anything is overdue, how much. */
export function PlanningLink({ boardId }: { boardId: string }) {
  const { t: tp } = useTranslation(NS);
  // After the board is drawn (app/settled.ts).
  const settledNow = useSettled();
  const q = useQuery(BOARD_OVERDUE, { variables: { id: boardId }, fetchPolicy: 'no-cache', skip: !settledNow });
  const n = q.data?.board?.overdue.count ?? 0;
  const path = planningPath(boardId);
  return (
    <a className="btn planning-link" href={path} onClick={go(path)}>
      {tp('openPlanning')}
      {n > 0 && <span className="overdue-badge">{tp('overdueBadge', { n })}</span>}
    </a>
  );
}

/** A section of the person's panel: what is overdue for them, and planning for them. */
export function PersonOverdue({ boardId, personId }: { boardId: string; personId: string }) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation(NS);
  const q = useQuery(PERSON_OVERDUE, { variables: { id: personId }, fetchPolicy: 'no-cache' });
  const o = q.data?.person?.overdue;
  const path = planningPath(boardId, { personId });
  return (
    <section aria-labelledby="sec-overdue" className="panel-section">
      <h3 id="sec-overdue">{tp('overdue')}</h3>
      {q.loading ? (
        <p className="muted">{t('app.loading')}</p>
      ) : !o || o.count === 0 ? (
        <p className="muted">{tp('nothingOverdue')}</p>
      ) : (
        <ul className="plain overdue-list">
          {o.followUps.map((i) => <li key={i.id}>{tp('overdueFollowUp', { title: i.title, date: i.nextFollowUp ? formatDate(i.nextFollowUp) : '' })}</li>)}
          {o.commitments.map((c) => <li key={c.id}>{tp('overdueCommitment', { what: c.what, date: formatDate(c.dueDate) })}</li>)}
        </ul>
      )}
      <p><a href={path} onClick={go(path)}>{tp('planForPerson')}</a></p>
    </section>
  );
}
