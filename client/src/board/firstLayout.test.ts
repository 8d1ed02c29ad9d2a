import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardData } from './model.js';
import type { LayoutInput } from './sizes.js';
import type { Positions } from './sizes.js';
import { neverLaidOut, startFirstLayout, takeFirstLayout } from './firstLayout.js';

function board(people: number, positions: BoardData['positions'] = {}): BoardData {
  const ids = Array.from({ length: people }, (_, i) => `p${i}`);
  return {
    id: 'b1', title: 'T', description: null, groupLinks: [], positions,
    people: ids.map((id) => ({ id })) as unknown as BoardData['people'],
    groups: [{ id: 'g1' }] as unknown as BoardData['groups'],
    ties: ids.slice(1).map((id, i) => ({ sourceId: ids[i], targetId: id, strength: 1 + (i % 5) })) as unknown as BoardData['ties'],
    memberships: [{ personId: 'p0', groupId: 'g1' }, { personId: 'p1', groupId: 'g1' }] as unknown as BoardData['memberships'],
  };
}

describe('first layout started when the data comes in', () => {
  const started: LayoutInput[] = [];
  const start = (input: LayoutInput) => {
    started.push(input);
    return Promise.resolve<Positions>({ p0: { x: 1, y: 2 } });
  };
  beforeEach(() => {
    started.length = 0;
    // Node has no Worker; the real one is exercised by the browser tests (large-board.e2e).
    vi.stubGlobal('Worker', class {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts a large board never laid out, with its people, group tags, ties and memberships, and hands it over once', async () => {
    const b = board(251);
    startFirstLayout(b, start);
    expect(started).toHaveLength(1);
    expect(started[0]!.nodes).toHaveLength(252);
    expect(started[0]!.nodes.at(-1)).toEqual({ id: 'g1', group: true });
    expect(started[0]!.edges).toHaveLength(250 + 2);
    expect(started[0]!.edges[3]).toEqual({ source: 'p3', target: 'p4', weight: 4 });
    expect(started[0]!.edges.at(-1)).toEqual({ source: 'p1', target: 'g1', weight: 4 });
    const taken = takeFirstLayout(b);
    expect(await taken).toEqual({ p0: { x: 1, y: 2 } });
    expect(takeFirstLayout(b)).toBeNull();
  });

  it('is not handed to a newer copy of the board (an edit came in between)', () => {
    const b = board(300);
    startFirstLayout(b, start);
    expect(takeFirstLayout({ ...b, people: [...b.people] })).toBeNull();
  });

  it('leaves small boards, boards with saved positions and browsers without workers alone', () => {
    startFirstLayout(board(250), start);
    startFirstLayout(board(400, { p7: { x: 0, y: 0 } }), start);
    startFirstLayout(board(400, { g1: { x: 0, y: 0 } }), start);
    vi.unstubAllGlobals();
    startFirstLayout(board(400), start);
    expect(started).toHaveLength(0);
  });

  it('forgets an earlier board once another opens', () => {
    const first = board(300);
    startFirstLayout(first, start);
    startFirstLayout(board(10), start);
    expect(takeFirstLayout(first)).toBeNull();
  });

  it('counts a board as never laid out only when nobody on it has a position', () => {
    expect(neverLaidOut(board(3))).toBe(true);
    expect(neverLaidOut(board(3, { p2: { x: 5, y: 5 } }))).toBe(false);
    expect(neverLaidOut({ ...board(0), groups: [] })).toBe(false);
  });
});
