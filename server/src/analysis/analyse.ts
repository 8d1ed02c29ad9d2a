import { betweennessAndCloseness } from './centrality.js';
import type { Csr } from './csr.js';
import { buildCsr, density, indexNodes } from './csr.js';
import type { ResolvedFilter } from './filter.js';
import { resolveFilter, selectTies } from './filter.js';
import type { AnalysisEdge, AnalysisGraph, TieFilter } from './graph.js';
import type { Broker, GroupMetrics } from './groups.js';
import { brokers, groupMetrics } from './groups.js';
import { communities } from './louvain.js';
import { pageRank } from './kernels/pagerank.js';
import { bridges, components, coreNumbers } from './kernels/structure.js';

export interface PersonMetrics {
  id: string;
  /** Distinct people tied to (undirected); in-arcs + out-arcs when the filter is directed (networkx DiGraph.degree). */
  degree: number;
  /** networkx degree_centrality: degree / (n-1). */
  degreeCentrality: number;
  /** Sum of tie strengths over the same arcs as degree (max strength per pair). */
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  pageRank: number;
  community: number;
  kCore: number;
  component: number;
}

export interface BridgeTie {
  people: [string, string];
  /** The ties between the two (usually one; several if recorded more than once). */
  tieIds: string[];
  /** People on each side once the connection is cut. */
  sides: [number, number];
}

export interface BoardAnalysis {
  filter: ResolvedFilter;
  /** In the order of graph.nodes. */
  people: PersonMetrics[];
  graph: {
    people: number;
    /** Distinct tied pairs (arcs when directed) after the filter. */
    ties: number;
    components: number;
    largestComponent: number;
    density: number;
    communities: number;
    modularity: number;
    pageRankIterations: number;
    pageRankConverged: boolean;
  };
  groups: GroupMetrics[];
  brokers: Broker[];
  bridges: BridgeTie[];
}

/** What the path-based kernels need; built once, shared by the sync and worker paths. */
export interface Prepared {
  graph: AnalysisGraph;
  filter: ResolvedFilter;
  ties: AnalysisEdge[];
  und: Csr;
  /** The graph the centralities run on: `und` unless the filter is directed. */
  main: Csr;
}

export function prepare(graph: AnalysisGraph, filter?: TieFilter | ResolvedFilter): Prepared {
  const resolved = resolveFilter(filter);
  const ties = selectTies(graph.edges, resolved);
  const index = indexNodes(graph.nodes);
  const und = buildCsr(graph.nodes, ties, false, index);
  const main = resolved.directed ? buildCsr(graph.nodes, ties, true, index) : und;
  return { graph, filter: resolved, ties, und, main };
}

export interface PathMetrics {
  betweenness: Float64Array;
  closeness: Float64Array;
}

export function pathMetricsSync(p: Prepared): PathMetrics {
  return betweennessAndCloseness(p.main, p.filter.weighted);
}

export function assemble(p: Prepared, path: PathMetrics): BoardAnalysis {
  const { und, main, filter } = p;
  const n = und.n;
  const pr = pageRank(n, main.offsets, main.targets, filter.weighted ? main.weights : null);
  const comps = components(n, und.offsets, und.targets);
  const cores = coreNumbers(n, und.offsets, und.targets);
  const comm = communities(und, filter.weighted);
  const people: PersonMetrics[] = [];
  for (let i = 0; i < n; i++) {
    let degree = main.offsets[i + 1]! - main.offsets[i]!;
    let weightedDegree = 0;
    for (let j = main.offsets[i]!; j < main.offsets[i + 1]!; j++) weightedDegree += main.weights[j]!;
    if (main.directed) {
      degree += main.inOffsets[i + 1]! - main.inOffsets[i]!;
      for (let j = main.inOffsets[i]!; j < main.inOffsets[i + 1]!; j++) weightedDegree += main.inWeights[j]!;
    }
    people.push({
      id: und.ids[i]!,
      degree,
      degreeCentrality: n > 1 ? degree / (n - 1) : 0,
      weightedDegree,
      betweenness: path.betweenness[i]!,
      closeness: path.closeness[i]!,
      pageRank: pr.scores[i]!,
      community: comm.label[i]!,
      kCore: cores[i]!,
      component: comps.label[i]!,
    });
  }
  return {
    filter,
    people,
    graph: {
      people: n,
      ties: main.m,
      components: comps.sizes.length,
      largestComponent: comps.sizes.reduce((a, b) => Math.max(a, b), 0),
      density: density(n, main.m, main.directed),
      communities: comm.count,
      modularity: comm.modularity,
      pageRankIterations: pr.iterations,
      pageRankConverged: pr.converged,
    },
    groups: groupMetrics(p.graph.nodes, und, path.betweenness, pr.scores),
    brokers: brokers(p.graph.nodes, und, path.betweenness),
    bridges: bridgeTies(p, comps),
  };
}

function bridgeTies(p: Prepared, comps: ReturnType<typeof components>): BridgeTie[] {
  const { und } = p;
  const found = bridges(und.n, und.offsets, und.targets, comps);
  if (found.length === 0) return [];
  const byPair = new Map<string, string[]>();
  for (const t of p.ties) {
    const a = und.index.get(t.source)!;
    const b = und.index.get(t.target)!;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    const list = byPair.get(key);
    if (list) list.push(t.id);
    else byPair.set(key, [t.id]);
  }
  return found.map(({ a, b, sizeA, sizeB }) => ({
    people: [und.ids[a]!, und.ids[b]!],
    tieIds: byPair.get(a < b ? `${a},${b}` : `${b},${a}`) ?? [],
    sides: [sizeA, sizeB],
  }));
}

/** Every metric of issue 4 for one board under one tie filter. Pure and synchronous. */
export function analyseBoard(graph: AnalysisGraph, filter?: TieFilter): BoardAnalysis {
  const p = prepare(graph, filter);
  return assemble(p, pathMetricsSync(p));
}
