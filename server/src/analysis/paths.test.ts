import { describe, expect, it } from 'vitest';
import { board } from './fixtures/build.js';
import { egoNetwork, shortestPath } from './paths.js';

// a-b-c-d-e chain, plus f hanging off c, plus g isolated.
const g = board(['a-b', ['b-c', { type: 'CLASSMATE' }], 'c-d', ['d-e', { type: 'CO_OFFENDING', valence: 'HARMFUL' }], 'c-f'], { people: ['g'] });

describe('egoNetwork', () => {
  it('1 step: the person and direct ties only', () => {
    const ego = egoNetwork(g, 'c', 1);
    expect(ego.people).toEqual([
      { id: 'c', distance: 0 },
      { id: 'b', distance: 1 },
      { id: 'd', distance: 1 },
      { id: 'f', distance: 1 },
    ]);
    expect(ego.edges.map((e) => e.id).sort()).toEqual(['t1', 't2', 't4']);
  });
  it('2 steps reaches a and e; the harmful tie drops out when harmful ties are excluded', () => {
    expect(egoNetwork(g, 'c', 2).people.map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(egoNetwork(g, 'c', 2, { includeHarmful: false }).people.map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'd', 'f']);
  });
  it('rejects steps outside 1-3 and unknown people', () => {
    expect(() => egoNetwork(g, 'c', 4)).toThrow(/BAD_STEPS/);
    expect(() => egoNetwork(g, 'c', 0)).toThrow(/BAD_STEPS/);
    expect(() => egoNetwork(g, 'zz', 1)).toThrow(/UNKNOWN_PERSON/);
  });
});

describe('shortestPath', () => {
  it('returns the people and the tie types along the way', () => {
    const path = shortestPath(g, 'a', 'e')!;
    expect(path.people).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(path.steps.map((s) => s.ties.map((t) => t.type))).toEqual([['FRIEND'], ['CLASSMATE'], ['FRIEND'], ['CO_OFFENDING']]);
    expect(path.hops).toBe(4);
  });
  it('null when there is no path; a trivial path to oneself', () => {
    expect(shortestPath(g, 'a', 'g')).toBeNull();
    expect(shortestPath(g, 'a', 'e', { types: ['FRIEND', 'CLASSMATE'] })).toBeNull();
    expect(shortestPath(g, 'a', 'a')).toEqual({ people: ['a'], steps: [], hops: 0, length: 0 });
  });
  it('follows direction only when asked', () => {
    const d = board(['x>y', 'y>z']);
    expect(shortestPath(d, 'z', 'x')!.people).toEqual(['z', 'y', 'x']);
    expect(shortestPath(d, 'z', 'x', { directed: true })).toBeNull();
    expect(shortestPath(d, 'x', 'z', { directed: true })!.hops).toBe(2);
  });
  it('weighted: two strong ties (0.2 + 0.2) beat one weak tie (1)', () => {
    const w = board([['p-q', { strength: 1 }], ['p-r', { strength: 5 }], ['r-q', { strength: 5 }]]);
    expect(shortestPath(w, 'p', 'q')!.people).toEqual(['p', 'q']);
    const weighted = shortestPath(w, 'p', 'q', { weighted: true })!;
    expect(weighted.people).toEqual(['p', 'r', 'q']);
    expect(weighted.length).toBeCloseTo(0.4, 12);
  });
  it('lists every recorded tie of a doubly recorded step', () => {
    const dbl = board([['a-b', { type: 'FRIEND' }], ['b-a', { type: 'FAMILY' }]]);
    expect(shortestPath(dbl, 'a', 'b')!.steps[0]!.ties.map((t) => t.type)).toEqual(['FRIEND', 'FAMILY']);
  });
});
