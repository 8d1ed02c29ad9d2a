// The board header's case status: the date the case was closed (it starts the retention clock of
// the people on no other open board), and closing or reopening it for the roles the policy lets
// update the board, each after a confirmation that says what it does to retention.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import type * as G from '../generated/graphql.js';
import { notify } from '../app/notify.js';
import { useSettled } from '../app/settled.js';
import { formatDate } from '../i18n/format.js';
import { useBoard } from '../board/context.js';
import { ConfirmDialog } from '../board/dialogs/ConfirmDialog.js';
import { localDateOf } from './dates.js';
import { BOARD_CLOSERS } from './roles.js';
import { NS } from './strings.js';

const CLOSURE = op<G.BoardClosureQuery, G.BoardClosureQueryVariables>('BoardClosure');
const SET_CLOSED = op<G.SetBoardClosedMutation, G.SetBoardClosedMutationVariables>('SetBoardClosed');

export function BoardClosure() {
  const { t: tl } = useTranslation(NS);
  const b = useBoard();
  // After the board is drawn (app/settled.ts).
  const settledNow = useSettled();
  const q = useQuery(CLOSURE, { variables: { id: b.boardId }, fetchPolicy: 'no-cache', skip: !settledNow });
  const [confirming, setConfirming] = useState(false);
  const board = q.data?.board;
  if (!board) return null;
  const closedAt = board.closedAt ?? null;
  const closedOn = closedAt ? formatDate(localDateOf(closedAt)) : null;
  const mayChange = b.editable && !!b.role && BOARD_CLOSERS.has(b.role);

  const setClosed = (closed: boolean) =>
    b.run(async () => {
      await mutate(SET_CLOSED, { boardId: b.boardId, closed });
      await q.refetch();
      notify(tl(closed ? 'closure.closed' : 'closure.reopened'));
    });

  return (
    <div className="case-status" style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
      <p className={closedOn ? undefined : 'muted'} style={{ margin: 0, fontWeight: closedOn ? 600 : undefined }} data-testid="case-status">
        {closedOn ? tl('closure.closedOn', { date: closedOn }) : tl('closure.open')}
      </p>
      {mayChange && (
        <button type="button" className="btn btn-small" disabled={b.busy} onClick={() => setConfirming(true)}>
          {closedOn ? tl('closure.reopen') : tl('closure.close')}
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          title={closedOn ? tl('closure.reopenTitle') : tl('closure.closeTitle')}
          body={closedOn ? tl('closure.reopenBody', { date: closedOn }) : tl('closure.closeBody')}
          confirm={closedOn ? tl('closure.reopenConfirm') : tl('closure.closeConfirm')}
          onConfirm={() => void setClosed(!closedOn)}
          onClose={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
