// What the board's parts share: the data as shown, the edit actions and the page's controls.
import { createContext, useContext } from 'react';
import type { BoardActions } from './actions.js';
import type { BoardData, Position } from './model.js';
import type { Focus, View } from './filters.js';
import type { Selection } from './BoardCanvas.js';
import type { ChangeSet } from './changes.js';

export type DialogState =
  | { kind: 'addPerson'; at?: Position }
  | { kind: 'editPerson'; personId: string }
  | { kind: 'tie'; sourceId: string; targetId: string | null }
  | { kind: 'editTie'; tieId: string }
  | { kind: 'membership'; personId: string | null; groupId: string | null }
  | { kind: 'group' }
  | { kind: 'groupLink'; sourceId: string; targetId: string }
  | { kind: 'leaveMeeting' }
  | { kind: 'layout' };

export interface BoardContextValue {
  boardId: string;
  board: BoardData;
  view: View;
  labels: Map<string, string>;
  changes: ChangeSet | null;
  meeting: boolean;
  editable: boolean;
  /** An edit is being saved: controls that edit wait (each edit needs the last one's version). */
  busy: boolean;
  actions: BoardActions;
  select(sel: Selection | null): void;
  openDialog(d: DialogState): void;
  setFocus(f: Focus | null): void;
  /** Runs an edit: errors are shown (a stale one also refreshes the board). */
  run(work: () => Promise<unknown>): Promise<void>;
  nameOf(id: string): string;
  /** The viewer's role (what the panels may offer), and reloading the board (after a consent is withdrawn). */
  role?: string;
  reload?(): Promise<void>;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const v = useContext(BoardContext);
  if (!v) throw new Error('useBoard outside a board');
  return v;
}
