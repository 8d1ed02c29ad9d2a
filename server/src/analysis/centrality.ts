import type { Csr } from './csr.js';
import type { Adjacency } from './kernels/brandes.js';
import { brandesUnweighted, brandesWeighted, normaliseBetweenness } from './kernels/brandes.js';
import { closenessFromSums, distanceSumsUnweighted, distanceSumsWeighted } from './kernels/closeness.js';

/** Tie strength is closeness of a relation; as a path length a strong tie must be SHORT: 1/strength. */
export function arcLengths(weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  for (let j = 0; j < weights.length; j++) out[j] = 1 / weights[j]!;
  return out;
}

export function outAdjacency(csr: Csr, weighted: boolean): Adjacency {
  return { n: csr.n, offsets: csr.offsets, targets: csr.targets, ...(weighted ? { lengths: arcLengths(csr.weights) } : {}) };
}

export function inAdjacency(csr: Csr, weighted: boolean): Adjacency {
  return {
    n: csr.n,
    offsets: csr.inOffsets,
    targets: csr.inTargets,
    ...(weighted ? { lengths: arcLengths(csr.inWeights) } : {}),
  };
}

export function range(from: number, to: number): Int32Array {
  const out = new Int32Array(Math.max(0, to - from));
  for (let i = 0; i < out.length; i++) out[i] = from + i;
  return out;
}

/** networkx betweenness_centrality(G, normalized=True[, weight]) . */
export function betweenness(csr: Csr, weighted: boolean): Float64Array {
  const bc = new Float64Array(csr.n);
  const run = weighted ? brandesWeighted : brandesUnweighted;
  run(outAdjacency(csr, weighted), range(0, csr.n), bc);
  return normaliseBetweenness(bc, csr.n);
}

/** networkx closeness_centrality(G, wf_improved=True[, distance]): distances are INTO each node. */
export function closeness(csr: Csr, weighted: boolean): Float64Array {
  const distSum = new Float64Array(csr.n);
  const reach = new Int32Array(csr.n);
  const run = weighted ? distanceSumsWeighted : distanceSumsUnweighted;
  run(inAdjacency(csr, weighted), range(0, csr.n), distSum, reach);
  return closenessFromSums(distSum, reach, csr.n);
}

/**
 * Both at once. On an undirected graph Brandes' searches already give every node's distance sum,
 * so closeness costs nothing extra; a directed graph needs its own searches over the in-arcs.
 */
export function betweennessAndCloseness(csr: Csr, weighted: boolean): { betweenness: Float64Array; closeness: Float64Array } {
  if (csr.directed) return { betweenness: betweenness(csr, weighted), closeness: closeness(csr, weighted) };
  const bc = new Float64Array(csr.n);
  const distSum = new Float64Array(csr.n);
  const reach = new Int32Array(csr.n);
  const run = weighted ? brandesWeighted : brandesUnweighted;
  run(outAdjacency(csr, weighted), range(0, csr.n), bc, { distSum, reach });
  return { betweenness: normaliseBetweenness(bc, csr.n), closeness: closenessFromSums(distSum, reach, csr.n) };
}
