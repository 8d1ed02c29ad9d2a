import { UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import type { Csr } from './csr.js';
import { mulberry32 } from './rng.js';

// The package is CommonJS typed as `export default`: under Node's ESM the default import is
// module.exports itself, under some bundlers it is wrapped. Accept both.
const louvain = ((louvainImport as { default?: unknown }).default ?? louvainImport) as typeof louvainImport.default;

export const LOUVAIN_SEED = 20240601;

export interface Communities {
  /** Community per node, numbered 0.. in order of each community's first person on the board. */
  label: Int32Array;
  count: number;
  modularity: number;
}

/**
 * Louvain (graphology's implementation) on the undirected projection, with a seeded RNG for its
 * random node order, so the same board gives the same communities on every run.
 */
export function communities(csr: Csr, weighted: boolean, seed = LOUVAIN_SEED): Communities {
  const n = csr.n;
  const label = new Int32Array(n);
  if (n === 0) return { label, count: 0, modularity: 0 };
  if (csr.m === 0) {
    for (let i = 0; i < n; i++) label[i] = i;
    return { label, count: n, modularity: 0 };
  }
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let u = 0; u < n; u++) {
    for (let j = csr.offsets[u]!; j < csr.offsets[u + 1]!; j++) {
      const v = csr.targets[j]!;
      if (u < v) g.addEdge(String(u), String(v), { weight: csr.weights[j]! });
    }
  }
  const result = louvain.detailed(g, { rng: mulberry32(seed), getEdgeWeight: weighted ? 'weight' : null });
  const renumber = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const raw = result.communities[String(i)]!;
    let c = renumber.get(raw);
    if (c === undefined) {
      c = renumber.size;
      renumber.set(raw, c);
    }
    label[i] = c;
  }
  return { label, count: renumber.size, modularity: result.modularity };
}
