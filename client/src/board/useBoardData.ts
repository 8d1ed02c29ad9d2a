// Loading the board (as it is today or as it was on a date), "changes since", and the agencies
// for the tie form.
import { useCallback, useEffect, useRef, useState } from 'react';
import { query } from '../api/client.js';
import { op } from '../api/documents.js';
import { toApiError, type ApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { boardFrom } from './model.js';
import type { BoardStore } from './store.js';
import { changeSetFrom, type ChangeSet } from './changes.js';
import { DATA_MARK } from './perf.js';
import { startFirstLayout } from './firstLayout.js';

const BOARD = op<G.BoardQuery, G.BoardQueryVariables>('Board');
const CHANGES = op<G.BoardChangesQuery, G.BoardChangesQueryVariables>('BoardChanges');
const AGENCIES = op<G.AgenciesQuery, G.AgenciesQueryVariables>('Agencies');

export type LoadStatus = 'loading' | 'ready' | 'missing' | 'error';

export function useBoardData(boardId: string, store: BoardStore, asOf: string | null, changesSince: string | null, wantAgencies: boolean) {
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [error, setError] = useState<ApiError | null>(null);
  const [changes, setChanges] = useState<ChangeSet | null>(null);
  const [agencies, setAgencies] = useState<{ id: string; name: string; kind: string }[]>([]);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      // On opening the page this is the request app/boot.ts sent before the app started.
      const r = await query(BOARD, { id: boardId, asOf });
      if (ticket !== latest.current) return;
      if (!r.board) {
        setStatus('missing');
        store.set(null);
        return;
      }
      const board = boardFrom(r.board);
      // Opening a large board never laid out: its layout starts now, while the page renders.
      if (!store.get()) startFirstLayout(board);
      store.set(board);
      performance.mark(DATA_MARK);
      setStatus('ready');
    } catch (err) {
      if (ticket !== latest.current) return;
      setError(toApiError(err));
      setStatus('error');
    }
  }, [boardId, asOf, store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const version = useRef(0);
  const refreshChanges = useCallback(async () => {
    if (!changesSince) {
      setChanges(null);
      return;
    }
    const ticket = ++version.current;
    try {
      const r = await query(CHANGES, { id: boardId, since: changesSince });
      if (ticket === version.current) setChanges(r.board ? changeSetFrom(r.board.changes) : null);
    } catch (err) {
      if (ticket === version.current) {
        setChanges(null);
        setError(toApiError(err));
      }
    }
  }, [boardId, changesSince]);

  useEffect(() => {
    void refreshChanges();
  }, [refreshChanges]);

  // Edits during the meeting are changes too: refresh the list shortly after each one.
  useEffect(() => {
    if (!changesSince) return;
    let timer = 0;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = window.setTimeout(() => void refreshChanges(), 500);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, changesSince, refreshChanges]);

  useEffect(() => {
    if (!wantAgencies) return;
    query(AGENCIES, {}).then(
      (r) => setAgencies(r.agencies.map((a) => ({ id: a.id, name: a.name, kind: a.kind })).sort((a, b) => a.name.localeCompare(b.name))),
      () => setAgencies([]),
    );
  }, [wantAgencies]);

  return { status, error, changes, agencies, reload };
}
