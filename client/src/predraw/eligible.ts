import type { BoardData } from '../board/model.js';
import { LARGE_BOARD } from '../board/sizes.js';

/**
 * Whether predraw.ts draws this board: only one the app would draw in one go (not a large board,
 * which the app adds in chunks) with everyone at a saved place (else the app places or lays out
 * first, and the early drawing would show them elsewhere).
 */
export function drawsEarly(board: BoardData): boolean {
  if (board.people.length === 0 || board.people.length > LARGE_BOARD) return false;
  return [...board.people, ...board.groups].every((n) => !!board.positions[n.id]);
}
