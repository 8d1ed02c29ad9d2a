import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyse.js';
import { board } from './fixtures/build.js';
import { toneSetterCandidates } from './toneSetters.js';

// Nine boys in two cliques that do not meet: A = a1..a4, B = b1..b5. An older figure O is tied to
// a1, a2, a3 and b1..b4: 7 of the 9. Every path between the cliques runs through O.
function clique(ids: string[]): string[] {
  return ids.flatMap((x, i) => ids.slice(i + 1).map((y) => `${x}-${y}`));
}
const A = ['a1', 'a2', 'a3', 'a4'];
const B = ['b1', 'b2', 'b3', 'b4', 'b5'];
const nine = [...A, ...B];
const g = board([...clique(A), ...clique(B), ...['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'b4'].map((m) => `O-${m}`)]);

describe('toneSetterCandidates', () => {
  const result = toneSetterCandidates(g, analyseBoard(g), nine);

  it('ranks the outside figure first: ties to 7 of 9, on every path between the two subgroups', () => {
    expect(result.members).toBe(9);
    expect(result.subgroups).toBe(2);
    const top = result.candidates[0]!;
    expect(top.personId).toBe('O');
    expect(top.isMember).toBe(false);
    expect(top.reasons).toContainEqual({ code: 'TIES_TO_MEMBERS', params: { count: 7, total: 9 } });
    expect(top.reasons).toContainEqual({ code: 'ON_SHORTEST_PATHS_BETWEEN_SUBGROUPS', params: { share: 1, percent: 100, subgroups: 2 } });
    expect(top.reasons).toContainEqual({ code: 'OUTSIDE_GROUP', params: {} });
  });

  it('a4 is tied to its 3 clique mates out of the 8 other members and lies on no cross path', () => {
    const a4 = result.candidates.find((c) => c.personId === 'a4')!;
    expect(a4.reasons[0]).toEqual({ code: 'TIES_TO_MEMBERS', params: { count: 3, total: 8 } });
    expect(a4.parts.crossSubgroupShare).toBe(0);
  });

  it('always carries the caution that rankings depend on who supplied the ties', () => {
    expect(result.caveats).toContainEqual({ code: 'DEPENDS_ON_REPORTED_TIES', params: { ties: g.edges.length } });
  });

  it('LOOKS_UP_TO and RECRUITS ties are reasons, counted per member', () => {
    const h = board([
      'm1-m2',
      'm2-m3',
      ['m1>L', { type: 'LOOKS_UP_TO' }],
      ['m2>L', { type: 'LOOKS_UP_TO' }],
      ['m3>L', { type: 'LOOKS_UP_TO' }],
      ['L>m3', { type: 'RECRUITS', valence: 'HARMFUL' }],
    ]);
    const r = toneSetterCandidates(h, analyseBoard(h), ['m1', 'm2', 'm3']);
    expect(r.candidates[0]!.personId).toBe('L');
    expect(r.candidates[0]!.reasons).toEqual(
      expect.arrayContaining([
        { code: 'LOOKED_UP_TO', params: { count: 3 } },
        { code: 'RECRUITS_OR_PRESSURES', params: { count: 1 } },
        { code: 'HARMFUL_TIES_TO_MEMBERS', params: { count: 1 } },
      ]),
    );
    expect(r.subgroups).toBeLessThan(2);
  });

  it('without a group, the whole board is the group and nobody is OUTSIDE_GROUP', () => {
    const r = toneSetterCandidates(g, analyseBoard(g));
    expect(r.members).toBe(10);
    expect(r.candidates.flatMap((c) => c.reasons).some((x) => x.code === 'OUTSIDE_GROUP')).toBe(false);
  });

  it('notes when the filter left ties out', () => {
    const r = toneSetterCandidates(g, analyseBoard(g, { minStrength: 4 }), nine);
    expect(r.caveats).toContainEqual({ code: 'FILTERED_TIES', params: { used: 0, total: g.edges.length } });
    expect(r.candidates).toEqual([]);
  });
});
