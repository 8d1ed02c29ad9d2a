import { describe, expect, it } from 'vitest';
import type { BoardData, Person } from '../board/model.js';
import { LARGE_BOARD } from '../board/sizes.js';
import { drawsEarly } from './eligible.js';

const person = (id: string) => ({ id }) as Person;
function board(people: number, placed: number, groups = 0, groupsPlaced = groups): BoardData {
  const ps = Array.from({ length: people }, (_, i) => person(`p${i}`));
  const gs = Array.from({ length: groups }, (_, i) => ({ id: `g${i}`, name: `G${i}`, colour: null }) as unknown as BoardData['groups'][number]);
  const positions: BoardData['positions'] = {};
  ps.slice(0, placed).forEach((p, i) => (positions[p.id] = { x: i, y: i }));
  gs.slice(0, groupsPlaced).forEach((g, i) => (positions[g.id] = { x: -i, y: i }));
  return { id: 'b', title: 't', description: null, people: ps, groups: gs, ties: [], memberships: [], groupLinks: [], positions };
}

describe('drawsEarly', () => {
  it('draws a board of demo size with everyone and every group at a saved place', () => {
    expect(drawsEarly(board(15, 15, 3))).toBe(true);
    expect(drawsEarly(board(LARGE_BOARD, LARGE_BOARD))).toBe(true);
  });

  it('leaves to the app a large board, an empty one, and any with someone or a group not placed yet', () => {
    expect(drawsEarly(board(LARGE_BOARD + 1, LARGE_BOARD + 1))).toBe(false);
    expect(drawsEarly(board(0, 0))).toBe(false);
    expect(drawsEarly(board(15, 14, 3))).toBe(false);
    expect(drawsEarly(board(15, 15, 3, 2))).toBe(false);
    expect(drawsEarly(board(15, 0))).toBe(false);
  });
});
