import { describe, expect, it } from 'vitest';
import { board } from './fixtures/build.js';
import { simulate } from './simulate.js';

// Group G = {a, b, c, d}: a-b-c-d chain inside the group; e outside, tied to d and to f.
// Supportive: everything except c-d, which is harmful. f's only supportive tie is to e.
const g = board(
  ['a-b', 'b-c', ['c-d', { valence: 'HARMFUL', type: 'CONFLICT' }], 'd-e', 'e-f', ['x-y', { id: 'txy' }]],
  { groups: { G: ['a', 'b', 'c', 'd'] } },
);

describe('simulate', () => {
  it('removing b: components 2 -> 3, a newly isolated, a and c lose their only supportive tie, G splits', () => {
    const r = simulate(g, { removePeople: ['b'] });
    expect(r.componentsBefore).toBe(2);
    expect(r.componentsAfter).toBe(3);
    expect(r.before).toEqual({ people: 8, ties: 6, components: 2, largestComponent: 6, density: 6 / 28 });
    expect(r.after).toEqual({ people: 7, ties: 4, components: 3, largestComponent: 4, density: 4 / 21 });
    expect(r.isolated).toEqual(['a']);
    // c had b (supportive) and d (harmful): it keeps a tie but loses its only supportive one.
    expect(r.loseLastSupportiveTie).toEqual([
      { personId: 'a', supportivePartnersBefore: 1 },
      { personId: 'c', supportivePartnersBefore: 1 },
    ]);
    expect(r.groupsSplit).toEqual([
      { groupId: 'G', members: 3, splitWithinGroup: true, splitOnBoard: true, withinGroup: { before: 1, after: 2 }, onBoard: { before: 1, after: 2 } },
    ]);
  });

  it('removing the tie b-c: c keeps only its harmful tie, so it loses its last supportive tie', () => {
    const r = simulate(g, { removeTies: ['t1'] });
    expect(r.loseLastSupportiveTie).toEqual([{ personId: 'c', supportivePartnersBefore: 1 }]);
    expect(r.newlyIsolated).toEqual([]);
  });

  it('a group split only within the group: a path through a non-member still joins the halves', () => {
    const h = board(['a-b', 'b-c', 'a-z', 'z-c'], { groups: { H: ['a', 'b', 'c'] } });
    const r = simulate(h, { removeTies: ['t0'] });
    expect(r.groupsSplit).toEqual([
      { groupId: 'H', members: 3, splitWithinGroup: true, splitOnBoard: false, withinGroup: { before: 1, after: 2 }, onBoard: { before: 1, after: 1 } },
    ]);
  });

  it('a planned supportive tie: who gains one, and it can join components', () => {
    const r = simulate(g, { addTies: [{ source: 'f', target: 'x', type: 'PROTECTIVE_ADULT', strength: 4, valence: 'SUPPORTIVE' }] });
    expect(r.gainSupportiveTie).toEqual([
      { personId: 'f', supportivePartnersBefore: 1, supportivePartnersAfter: 2 },
      { personId: 'x', supportivePartnersBefore: 1, supportivePartnersAfter: 2 },
    ]);
    expect(r.componentsAfter).toBe(1);
    expect(r.groupsSplit).toEqual([]);
  });

  it('a planned harmful tie gains nobody a supportive tie', () => {
    const r = simulate(g, { addTies: [{ source: 'a', target: 'f', type: 'CONFLICT', strength: 2, valence: 'HARMFUL' }] });
    expect(r.gainSupportiveTie).toEqual([]);
  });

  it('does not modify its input and rejects unknown ids', () => {
    const copy = structuredClone(g);
    simulate(g, { removePeople: ['a'], removeTies: ['txy'] });
    expect(g).toEqual(copy);
    expect(() => simulate(g, { removePeople: ['nobody'] })).toThrow(/UNKNOWN_PERSON/);
    expect(() => simulate(g, { removeTies: ['nope'] })).toThrow(/UNKNOWN_TIE/);
    expect(() => simulate(g, { removePeople: ['a'], addTies: [{ source: 'a', target: 'b', type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' }] })).toThrow(/UNKNOWN_PERSON/);
  });
});
