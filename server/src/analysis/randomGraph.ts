import type { AnalysisEdge, AnalysisGraph, Valence } from './graph.js';
import { mulberry32 } from './rng.js';

const TYPES = ['FRIEND', 'FAMILY', 'CLASSMATE', 'CONFLICT', 'CO_OFFENDING', 'LOOKS_UP_TO', 'OTHER'] as const;
const VALENCES: Valence[] = ['SUPPORTIVE', 'HARMFUL', 'AMBIVALENT'];

export interface RandomGraphOptions {
  people: number;
  ties: number;
  seed: number;
  /** Share of ties that are directed; default 0. */
  directedShare?: number;
  /** Number of groups to scatter people over (each person in 0 or 1 group); default 0. */
  groups?: number;
}

/**
 * A seeded G(n, m) graph of fictional people ("p0", "p1", ...): m distinct pairs drawn uniformly,
 * with random type, strength 1-5 and valence. For tests and the benchmark only.
 */
export function randomGraph(opts: RandomGraphOptions): AnalysisGraph {
  const { people: n, ties: m, seed } = opts;
  const maxPairs = (n * (n - 1)) / 2;
  if (m > maxPairs) throw new Error(`cannot draw ${m} distinct ties among ${n} people`);
  const rnd = mulberry32(seed);
  const pick = (k: number): number => Math.floor(rnd() * k);
  const groups = opts.groups ?? 0;
  const nodes = Array.from({ length: n }, (_, i) => {
    const g = groups > 0 ? pick(groups + 1) : groups;
    return g < groups ? { id: `p${i}`, groupIds: [`g${g}`] } : { id: `p${i}` };
  });
  const seen = new Set<number>();
  const edges: AnalysisEdge[] = [];
  while (edges.length < m) {
    const a = pick(n);
    const b = pick(n);
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({
      id: `t${edges.length}`,
      source: `p${a}`,
      target: `p${b}`,
      type: TYPES[pick(TYPES.length)]!,
      strength: 1 + pick(5),
      valence: VALENCES[pick(VALENCES.length)]!,
      directed: rnd() < (opts.directedShare ?? 0),
    });
  }
  return { nodes, edges };
}
