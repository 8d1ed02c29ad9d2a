import { describe, expect, it } from 'vitest';
import type { AnalysisEdge } from '../analysis/index.js';
import { connectors, groupPairs } from './area-links.js';
import { analyseBoard } from '../analysis/index.js';

const tie = (id: string, source: string, target: string, valence: AnalysisEdge['valence'] = 'SUPPORTIVE'): AnalysisEdge =>
  ({ id, source, target, type: 'FRIEND', strength: 3, valence, directed: false });

// Groups G1 {a, b} on board B1 and G2 {d, e} on board B2; c (no group) is tied to b and d; e is
// also in G3, which B2 holds too. By hand: G1–G2 has no tie between members, G2–G3 share e.
const graph = {
  nodes: [
    { id: 'a', groupIds: ['G1'] }, { id: 'b', groupIds: ['G1'] }, { id: 'c' },
    { id: 'd', groupIds: ['G2'] }, { id: 'e', groupIds: ['G2', 'G3'] }, { id: 'f', groupIds: ['G3'] },
  ],
  edges: [tie('t1', 'a', 'b'), tie('t2', 'b', 'c'), tie('t3', 'c', 'd'), tie('t4', 'd', 'e'), tie('t5', 'b', 'f', 'HARMFUL'), tie('t6', 'f', 'b')],
};
const boards = new Map([['G1', ['B1']], ['G2', ['B2']], ['G3', ['B2', 'B3']]]);

describe('groupPairs', () => {
  it('counts tied pairs (parallel ties once) and shared members, and whether one board holds both', () => {
    expect(groupPairs(graph, {}, boards, [])).toEqual([
      { source: 'G1', target: 'G3', ties: 1, sharedMembers: 0, acrossTeams: true },
      { source: 'G2', target: 'G3', ties: 1, sharedMembers: 1, acrossTeams: false },
    ]);
  });

  it('uses the filter, and adds pairs only a recorded link connects', () => {
    expect(groupPairs(graph, { includeHarmful: false }, boards, [['G2', 'G1']])).toEqual([
      { source: 'G1', target: 'G2', ties: 0, sharedMembers: 0, acrossTeams: true },
      { source: 'G1', target: 'G3', ties: 1, sharedMembers: 0, acrossTeams: true },
      { source: 'G2', target: 'G3', ties: 1, sharedMembers: 1, acrossTeams: false },
    ]);
  });
});

describe('connectors', () => {
  it('are brokers reaching two groups no one board holds', () => {
    const a = analyseBoard(graph);
    // c reaches G1 (via b) and G2 (via d): different boards. b reaches G1 and G3 (via f): B1 vs
    // B2/B3. d reaches G2 and G3 (via e), both on B2: not a connector. e is in G2 and G3: same.
    expect(connectors(a.brokers, boards).map((x) => x.personId).sort()).toEqual(['b', 'c', 'f']);
  });
});
