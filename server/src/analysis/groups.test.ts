import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyse.js';
import { board, byId } from './fixtures/build.js';

// Group N = {a, b, c, d} (a-b, b-c, c-a, c-d inside), group S = {x, y, z} (x-y, y-z inside).
// Bridging: d-x. k is in no group but tied to a and to z.
const g = board(['a-b', 'b-c', 'c-a', 'c-d', 'x-y', 'y-z', 'd-x', 'k-a', 'k-z'], {
  groups: { N: ['a', 'b', 'c', 'd'], S: ['x', 'y', 'z'] },
});

describe('groups, brokers and bridges', () => {
  const a = analyseBoard(g);

  it('per group: size, density, ties inside and outside', () => {
    const [n, s] = a.groups;
    // N: 4 of the 6 possible pairs are tied; outside: d-x and a-k.
    expect(n).toMatchObject({ groupId: 'N', size: 4, tiesInside: 4, tiesOutside: 2 });
    expect(n!.density).toBeCloseTo(4 / 6, 12);
    // S: 2 of 3 pairs; outside: x-d and z-k.
    expect(s).toMatchObject({ groupId: 'S', size: 3, tiesInside: 2, tiesOutside: 2 });
    expect(s!.density).toBeCloseTo(2 / 3, 12);
  });

  it('most central member: highest betweenness, ties broken by ties inside the group', () => {
    // The board is the 7-cycle a-c-d-x-y-z-k plus b tied to a and c; it is symmetric under
    // a<->c, d<->k, x<->z, so a and c tie on betweenness and c wins on ties inside N (3 vs 2).
    // On the cycle y lies inside 3 shortest paths (x-z, d-z, x-k) while x lies inside 3 (c-y, d-y,
    // d-z) plus half of b-y (two paths of length 4): x and z beat y; x comes first on the board.
    const bc = byId(a.people, 'betweenness');
    expect(bc.a).toBeCloseTo(bc.c!, 14);
    expect(bc.x).toBeCloseTo(bc.z!, 14);
    expect(bc.x! / bc.y!).toBeCloseTo(3.5 / 3, 12);
    expect(a.groups.map((x) => x.mostCentral)).toEqual(['c', 'x']);
  });

  it('brokers: people whose ties reach both groups; b (only N) is not one', () => {
    const ids = a.brokers.map((b) => b.personId).sort();
    expect(ids).toEqual(['d', 'k', 'x']);
    const k = a.brokers.find((b) => b.personId === 'k')!;
    expect(k).toMatchObject({ groupsReached: ['N', 'S'], ownGroups: [], tiesByGroup: [{ groupId: 'N', people: 1 }, { groupId: 'S', people: 1 }] });
    // All reach 2 groups, so betweenness orders them.
    const bcs = a.brokers.map((b) => b.betweenness);
    expect([...bcs].sort((p, q) => q - p)).toEqual(bcs);
  });

  it('every tie lies on a cycle, so there are no bridges; a filter can remove every tie', () => {
    expect(a.bridges).toEqual([]);
    const cut = analyseBoard(g, { types: ['FRIEND'], minStrength: 4 });
    expect(cut.graph.ties).toBe(0);
  });
});

describe('tie filter', () => {
  const h = board([
    ['a-b', { type: 'FRIEND', strength: 5 }],
    ['b-c', { type: 'CONFLICT', strength: 2, valence: 'HARMFUL' }],
    ['c-d', { type: 'CLASSMATE', strength: 3, valence: 'AMBIVALENT' }],
    ['a-a', { type: 'FRIEND' }],
  ]);
  const ties = (f: Parameters<typeof analyseBoard>[1]): number => analyseBoard(h, f).graph.ties;
  it('by type, minimum strength, valence, harmful in or out; self-ties never count', () => {
    expect(ties({})).toBe(3);
    expect(ties({ types: ['FRIEND', 'CLASSMATE'] })).toBe(2);
    expect(ties({ minStrength: 3 })).toBe(2);
    expect(ties({ valences: ['SUPPORTIVE', 'AMBIVALENT'] })).toBe(2);
    expect(ties({ includeHarmful: false })).toBe(2);
    expect(ties({ includeHarmful: false, valences: ['HARMFUL'] })).toBe(0);
  });
  it('reports the filter it used, defaults filled in', () => {
    expect(analyseBoard(h).filter).toEqual({ types: null, minStrength: null, valences: null, includeHarmful: true, directed: false, weighted: false });
  });
});
