import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyse.js';
import { board, byId } from './fixtures/build.js';
import { randomGraph } from './randomGraph.js';

function clique(ids: string[]): string[] {
  return ids.flatMap((x, i) => ids.slice(i + 1).map((y) => `${x}-${y}`));
}

describe('Louvain communities', () => {
  it('two 5-cliques joined by one tie are two communities', () => {
    const A = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const B = ['b1', 'b2', 'b3', 'b4', 'b5'];
    const a = analyseBoard(board([...clique(A), ...clique(B), 'a1-b1']));
    const c = byId(a.people, 'community');
    expect(a.graph.communities).toBe(2);
    for (const x of A) expect(c[x]).toBe(c.a1);
    for (const x of B) expect(c[x]).toBe(c.b1);
    expect(c.a1).not.toBe(c.b1);
    // Modularity of that split by hand: m = 21; each side has 10 internal ties and degree sum 21,
    // so Q = 2 * (10/21 - (21/42)^2) = 20/21 - 1/2.
    expect(a.graph.modularity).toBeCloseTo(20 / 21 - 0.5, 10);
  });

  it('reruns on the same board agree exactly, also on a larger random board', () => {
    const g = randomGraph({ people: 300, ties: 900, seed: 11 });
    const first = analyseBoard(g).people.map((p) => p.community);
    for (let i = 0; i < 3; i++) expect(analyseBoard(g).people.map((p) => p.community)).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('numbers communities in board order, from 0', () => {
    const a = analyseBoard(board([...clique(['x1', 'x2', 'x3']), ...clique(['y1', 'y2', 'y3'])]));
    expect(a.people.map((p) => p.community)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('people with no ties are each their own community', () => {
    const a = analyseBoard(board([], { people: ['p', 'q'] }));
    expect(a.people.map((p) => p.community)).toEqual([0, 1]);
  });
});
