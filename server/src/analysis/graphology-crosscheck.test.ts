// Our typed-array kernels against graphology's own implementations on seeded random graphs.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import betweennessImport from 'graphology-metrics/centrality/betweenness.js';
import closenessImport from 'graphology-metrics/centrality/closeness.js';
import pagerankImport from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyse.js';
import type { AnalysisGraph } from './graph.js';
import { randomGraph } from './randomGraph.js';

// CommonJS packages typed as `export default`; see louvain.ts.
const unwrap = <T>(m: { default: T }): T => ((m as { default?: T }).default ?? m) as T;
const gBetweenness = unwrap(betweennessImport);
const gCloseness = unwrap(closenessImport);
const gPagerank = unwrap(pagerankImport);

/** The same tie set as our CSR: one edge per pair (or arc), weight = max strength. */
function toGraphology(g: AnalysisGraph, directed: boolean): UndirectedGraph | DirectedGraph {
  const out = directed ? new DirectedGraph() : new UndirectedGraph();
  for (const n of g.nodes) out.addNode(n.id);
  const put = (s: string, t: string, w: number): void => {
    const existing = out.edge(s, t);
    if (existing === undefined) out.addEdge(s, t, { weight: w, length: 1 / w });
    else if (out.getEdgeAttribute(existing, 'weight') < w) out.mergeEdgeAttributes(existing, { weight: w, length: 1 / w });
  };
  for (const e of g.edges) {
    put(e.source, e.target, e.strength);
    if (directed && !e.directed) put(e.target, e.source, e.strength);
  }
  return out;
}

function maxDiff(ours: number[], theirs: Record<string, number>, ids: string[]): number {
  return Math.max(...ids.map((id, i) => Math.abs(ours[i]! - theirs[id]!)));
}

const cases = [
  { seed: 1, people: 120, ties: 300 },
  { seed: 2, people: 200, ties: 260 }, // sparse: several components, isolated people
  { seed: 3, people: 80, ties: 700 },
];

describe.each(cases)('random graph seed $seed ($people people, $ties ties)', ({ seed, people, ties }) => {
  const g = randomGraph({ people, ties, seed, directedShare: 0.3 });
  const ids = g.nodes.map((n) => n.id);

  for (const directed of [false, true]) {
    const label = directed ? 'directed' : 'undirected';
    it(`${label} unweighted betweenness, closeness and PageRank agree within 1e-9`, () => {
      const ours = analyseBoard(g, { directed });
      const ref = toGraphology(g, directed);
      expect(maxDiff(ours.people.map((p) => p.betweenness), gBetweenness(ref, { getEdgeWeight: null }), ids)).toBeLessThan(1e-9);
      // Both graphology and networkx (and we) read distances INTO each node on a directed graph.
      const cl = gCloseness(ref, { wassermanFaust: true });
      expect(maxDiff(ours.people.map((p) => p.closeness), cl, ids)).toBeLessThan(1e-9);
      expect(maxDiff(ours.people.map((p) => p.pageRank), gPagerank(ref, { getEdgeWeight: null }), ids)).toBeLessThan(1e-9);
    });
    it(`${label} weighted betweenness and PageRank agree within 1e-9`, () => {
      const ours = analyseBoard(g, { directed, weighted: true });
      const ref = toGraphology(g, directed);
      expect(maxDiff(ours.people.map((p) => p.betweenness), gBetweenness(ref, { getEdgeWeight: 'length' }), ids)).toBeLessThan(1e-9);
      expect(maxDiff(ours.people.map((p) => p.pageRank), gPagerank(ref, { getEdgeWeight: 'weight' }), ids)).toBeLessThan(1e-9);
    });
  }
});
