// A large board never laid out: its layout starts in the worker the moment its data is in, not
// after the page has rendered and loaded the layout code (150–250 ms later).
// layoutBoard.ts takes the running layout when it asks for the same board's.
import type { BoardData } from './model.js';
import { LARGE_BOARD, type LayoutInput, type Positions } from './sizes.js';
import { runLayout } from './runLayout.js';

/** What a full layout of this board lays out: people and group tags, tags tied to their members. */
export function boardLayoutInput(board: BoardData): LayoutInput {
  return {
    nodes: [...board.people.map((p) => ({ id: p.id })), ...board.groups.map((g) => ({ id: g.id, group: true }))],
    edges: [
      ...board.ties.map((t) => ({ source: t.sourceId, target: t.targetId, weight: t.strength })),
      ...board.memberships.map((m) => ({ source: m.personId, target: m.groupId, weight: 4 })),
    ],
  };
}

/** Nobody on it has a position: the board opens with a full layout (BoardCanvas's first open). */
export function neverLaidOut(board: BoardData): boolean {
  const ids = [...board.people.map((p) => p.id), ...board.groups.map((g) => g.id)];
  return ids.length > 0 && ids.every((id) => !board.positions[id]);
}

let early: { board: BoardData; layout: Promise<Positions> } | null = null;

/** Starts the layout of a large board never laid out (in the worker); otherwise does nothing. */
export function startFirstLayout(board: BoardData, start: (input: LayoutInput) => Promise<Positions> = runLayout): void {
  early = null;
  if (board.people.length <= LARGE_BOARD || typeof Worker === 'undefined' || !neverLaidOut(board)) return;
  const layout = start(boardLayoutInput(board));
  layout.catch(() => undefined);
  early = { board, layout };
}

/**
 * The layout started for exactly this board (the same data, not merely the same id: an edit in
 * between makes a new board object, which is laid out afresh), once.
 */
export function takeFirstLayout(board: BoardData): Promise<Positions> | null {
  if (early?.board !== board) return null;
  const { layout } = early;
  early = null;
  return layout;
}
