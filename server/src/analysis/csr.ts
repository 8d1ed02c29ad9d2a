import { AnalysisInputError } from './graph.js';
import type { AnalysisEdge, AnalysisNode } from './graph.js';

/**
 * Compressed sparse rows: the typed-array graph every kernel runs on. Parallel ties between the
 * same two people collapse to one arc whose weight is the MAX of their strengths (see
 * docs/analysis.md: the same friendship recorded by two agencies must not count double).
 * Neighbour lists are sorted by node index, so every traversal is deterministic.
 */
export interface Csr {
  n: number;
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  directed: boolean;
  /** Out-arcs; for an undirected graph each pair appears in both endpoints' lists. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** In-arcs; the same arrays as the out-arcs when undirected. */
  inOffsets: Int32Array;
  inTargets: Int32Array;
  inWeights: Float64Array;
  /** Distinct pairs (undirected) or distinct arcs (directed): networkx's number_of_edges(). */
  m: number;
}

export function indexNodes(nodes: readonly AnalysisNode[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const node of nodes) {
    if (index.has(node.id)) throw new AnalysisInputError('DUPLICATE_PERSON', node.id);
    index.set(node.id, index.size);
  }
  return index;
}

function endpoint(index: ReadonlyMap<string, number>, id: string, edge: AnalysisEdge): number {
  const i = index.get(id);
  if (i === undefined) throw new AnalysisInputError('UNKNOWN_PERSON', `tie ${edge.id} names ${id}`);
  return i;
}

/** Key of the pair {a, b} (a < b) or of the arc a→b: a*n+b stays exact below 2^53. */
export function pairKey(a: number, b: number, n: number): number {
  return a * n + b;
}

export function buildCsr(
  nodes: readonly AnalysisNode[],
  edges: readonly AnalysisEdge[],
  directed: boolean,
  index: ReadonlyMap<string, number> = indexNodes(nodes),
): Csr {
  const n = nodes.length;
  const best = new Map<number, number>();
  const put = (a: number, b: number, w: number): void => {
    const key = pairKey(a, b, n);
    const prev = best.get(key);
    if (prev === undefined || w > prev) best.set(key, w);
  };
  for (const e of edges) {
    const u = endpoint(index, e.source, e);
    const v = endpoint(index, e.target, e);
    if (u === v) continue;
    if (!directed) put(Math.min(u, v), Math.max(u, v), e.strength);
    else {
      put(u, v, e.strength);
      if (!e.directed) put(v, u, e.strength);
    }
  }
  const keys = Float64Array.from(best.keys()).sort();
  const m = keys.length;
  const outDeg = new Int32Array(n + 1);
  const inDeg = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const key = keys[k]!;
    const a = Math.floor(key / n);
    const b = key - a * n;
    outDeg[a]!++;
    if (directed) inDeg[b]!++;
    else outDeg[b]!++;
  }
  const ids = nodes.map((x) => x.id);
  const out = fill(keys, best, n, outDeg, directed ? 'out' : 'both');
  if (!directed) {
    return { n, ids, index, directed, ...out, inOffsets: out.offsets, inTargets: out.targets, inWeights: out.weights, m };
  }
  const inn = fill(keys, best, n, inDeg, 'in');
  return { n, ids, index, directed, ...out, inOffsets: inn.offsets, inTargets: inn.targets, inWeights: inn.weights, m };
}

// Keys arrive sorted, so each list is filled in ascending neighbour order (for 'both', every
// pair (a,b) with a<b is seen before any pair (b,c), so b's lower neighbours come first).
function fill(
  keys: Float64Array,
  best: Map<number, number>,
  n: number,
  deg: Int32Array,
  mode: 'out' | 'in' | 'both',
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + deg[i]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const push = (from: number, to: number, w: number): void => {
    const at = cursor[from]!++;
    targets[at] = to;
    weights[at] = w;
  };
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const a = Math.floor(key / n);
    const b = key - a * n;
    const w = best.get(key)!;
    if (mode === 'out') push(a, b, w);
    else if (mode === 'in') push(b, a, w);
    else {
      push(a, b, w);
      push(b, a, w);
    }
  }
  return { offsets, targets, weights };
}

/** networkx density(): m / (n(n-1)/2) undirected, m / (n(n-1)) directed; 0 below two people. */
export function density(n: number, m: number, directed: boolean): number {
  if (n < 2) return 0;
  return directed ? m / (n * (n - 1)) : (2 * m) / (n * (n - 1));
}
