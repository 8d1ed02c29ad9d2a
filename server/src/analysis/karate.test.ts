// Zachary's karate club against networkx's values (computed outside the suite; see the fixture).
import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyse.js';
import type { AnalysisGraph } from './graph.js';
import {
  KARATE_EDGES,
  NX_BETWEENNESS,
  NX_BRIDGES,
  NX_CLOSENESS,
  NX_CORE_NUMBER,
  NX_DENSITY,
  NX_PAGERANK,
  NX_WEIGHTED_BETWEENNESS,
  NX_WEIGHTED_CLOSENESS,
  NX_WEIGHTED_PAGERANK,
} from './fixtures/karate.js';

const karate: AnalysisGraph = {
  nodes: Array.from({ length: 34 }, (_, i) => ({ id: String(i) })),
  edges: KARATE_EDGES.map(([u, v, w], i) => ({
    id: `k${i}`,
    source: String(u),
    target: String(v),
    type: 'FRIEND',
    strength: w,
    valence: 'SUPPORTIVE',
    directed: false,
  })),
};

function expectAll(actual: number[], expected: readonly number[], tol: number): void {
  expect(actual).toHaveLength(expected.length);
  const worst = Math.max(...actual.map((x, i) => Math.abs(x - expected[i]!)));
  expect(worst).toBeLessThan(tol);
}

describe("Zachary's karate club, unweighted", () => {
  const a = analyseBoard(karate);
  it('is the published 34-member, 78-tie network with the instructor (0) and president (33) as hubs', () => {
    expect(a.graph.people).toBe(34);
    expect(a.graph.ties).toBe(78);
    expect(a.people[0]!.degree).toBe(16);
    expect(a.people[33]!.degree).toBe(17);
    expect(a.graph.density).toBeCloseTo(NX_DENSITY, 14);
  });
  it('betweenness matches networkx (published: node 0 ~ 0.43763528, node 33 ~ 0.30407497)', () => {
    expect(a.people[0]!.betweenness).toBeCloseTo(0.43763528, 7);
    expect(a.people[33]!.betweenness).toBeCloseTo(0.30407497, 7);
    expectAll(a.people.map((p) => p.betweenness), NX_BETWEENNESS, 1e-12);
  });
  it('closeness matches networkx', () => {
    expectAll(a.people.map((p) => p.closeness), NX_CLOSENESS, 1e-12);
  });
  it('PageRank matches networkx', () => {
    expectAll(a.people.map((p) => p.pageRank), NX_PAGERANK, 1e-12);
  });
  it('core numbers and bridges match networkx', () => {
    expect(a.people.map((p) => p.kCore)).toEqual([...NX_CORE_NUMBER]);
    expect(a.bridges.map((b) => b.people.map(Number).sort((x, y) => x - y))).toEqual(NX_BRIDGES.map((b) => [...b]));
  });
  it('Louvain finds several communities and the two hubs land in different ones', () => {
    expect(a.graph.communities).toBeGreaterThanOrEqual(2);
    expect(a.people[0]!.community).not.toBe(a.people[33]!.community);
    // Published Louvain modularity on the karate club is about 0.42; anything far lower is a bug.
    expect(a.graph.modularity).toBeGreaterThan(0.38);
  });
});

describe("Zachary's karate club, weighted (interaction counts as strengths)", () => {
  const a = analyseBoard(karate, { weighted: true });
  it('betweenness with length 1/strength matches networkx', () => {
    expectAll(a.people.map((p) => p.betweenness), NX_WEIGHTED_BETWEENNESS, 1e-12);
  });
  it('closeness with length 1/strength matches networkx', () => {
    expectAll(a.people.map((p) => p.closeness), NX_WEIGHTED_CLOSENESS, 1e-12);
  });
  it('PageRank with strength weights matches networkx', () => {
    expectAll(a.people.map((p) => p.pageRank), NX_WEIGHTED_PAGERANK, 1e-12);
  });
});
