import { arcLengths } from './centrality.js';
import type { Csr } from './csr.js';
import { buildCsr, indexNodes } from './csr.js';
import { resolveFilter, selectTies } from './filter.js';
import { AnalysisInputError } from './graph.js';
import type { AnalysisEdge, AnalysisGraph, TieFilter, Valence } from './graph.js';
import { DistHeap } from './kernels/heap.js';

export interface EgoNetwork {
  personId: string;
  steps: number;
  /** The person (distance 0) and everyone within `steps` ties, nearest first, then board order. */
  people: { id: string; distance: number }[];
  /** Every tie (passing the filter) between two people of the ego network, as networkx ego_graph. */
  edges: AnalysisEdge[];
}

/**
 * People within 1-3 ties of a person. Direction is ignored even for a directed filter: "who is
 * within two steps" on a board means either way.
 */
export function egoNetwork(graph: AnalysisGraph, personId: string, steps: number, filter?: TieFilter): EgoNetwork {
  if (!Number.isInteger(steps) || steps < 1 || steps > 3) throw new AnalysisInputError('BAD_STEPS', `steps must be 1, 2 or 3, got ${steps}`);
  const resolved = resolveFilter(filter);
  const ties = selectTies(graph.edges, resolved);
  const und = buildCsr(graph.nodes, ties, false);
  const start = person(und, personId);
  const dist = new Int32Array(und.n).fill(-1);
  const queue = [start];
  dist[start] = 0;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (dist[v]! >= steps) continue;
    for (let j = und.offsets[v]!; j < und.offsets[v + 1]!; j++) {
      const w = und.targets[j]!;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
    }
  }
  const inside = new Set(queue.map((i) => und.ids[i]!));
  return {
    personId,
    steps,
    people: queue.map((i) => ({ id: und.ids[i]!, distance: dist[i]! })),
    edges: ties.filter((t) => inside.has(t.source) && inside.has(t.target)),
  };
}

export interface PathTie {
  id: string;
  type: string;
  strength: number;
  valence: Valence;
  directed: boolean;
}

export interface PathStep {
  from: string;
  to: string;
  /** All filtered ties that link from→to (several when the pair is recorded more than once). */
  ties: PathTie[];
}

export interface ShortestPath {
  people: string[];
  steps: PathStep[];
  hops: number;
  /** Hops when unweighted; sum of 1/strength along the path when the filter is weighted. */
  length: number;
}

/**
 * One shortest path from a to b under the filter (following tie direction when the filter is
 * directed; by 1/strength when weighted), or null when there is none. Among equal paths the one
 * found first in board order is returned, so the answer is stable.
 */
export function shortestPath(graph: AnalysisGraph, a: string, b: string, filter?: TieFilter): ShortestPath | null {
  const resolved = resolveFilter(filter);
  const ties = selectTies(graph.edges, resolved);
  const index = indexNodes(graph.nodes);
  const csr = buildCsr(graph.nodes, ties, resolved.directed, index);
  const s = person(csr, a);
  const t = person(csr, b);
  const parent = resolved.weighted ? dijkstraParents(csr, s, t) : bfsParents(csr, s, t);
  if (parent === null) return null;
  const chain = [t];
  while (chain[chain.length - 1] !== s) chain.push(parent[chain[chain.length - 1]!]!);
  chain.reverse();
  const people = chain.map((i) => csr.ids[i]!);
  const steps: PathStep[] = [];
  let length = 0;
  for (let k = 0; k + 1 < people.length; k++) {
    const from = people[k]!;
    const to = people[k + 1]!;
    const linking = ties
      .filter((e) =>
        (e.source === from && e.target === to) || (e.source === to && e.target === from && (!resolved.directed || !e.directed)),
      )
      .map(({ id, type, strength, valence, directed }) => ({ id, type, strength, valence, directed }));
    steps.push({ from, to, ties: linking });
    length += resolved.weighted ? 1 / Math.max(...linking.map((x) => x.strength)) : 1;
  }
  return { people, steps, hops: steps.length, length };
}

function person(csr: Csr, id: string): number {
  const i = csr.index.get(id);
  if (i === undefined) throw new AnalysisInputError('UNKNOWN_PERSON', id);
  return i;
}

function bfsParents(csr: Csr, s: number, t: number): Int32Array | null {
  const parent = new Int32Array(csr.n).fill(-1);
  parent[s] = s;
  const queue = new Int32Array(csr.n);
  queue[0] = s;
  for (let head = 0, tail = 1; head < tail; head++) {
    const v = queue[head]!;
    if (v === t) return parent;
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
      const w = csr.targets[j]!;
      if (parent[w] === -1) {
        parent[w] = v;
        queue[tail++] = w;
      }
    }
  }
  return null;
}

function dijkstraParents(csr: Csr, s: number, t: number): Int32Array | null {
  const lengths = arcLengths(csr.weights);
  const dist = new Float64Array(csr.n).fill(Infinity);
  const done = new Uint8Array(csr.n);
  const parent = new Int32Array(csr.n).fill(-1);
  const heap = new DistHeap(csr.targets.length + 1);
  dist[s] = 0;
  parent[s] = s;
  heap.push(0, s);
  while (heap.size > 0) {
    const d = heap.topKey();
    const v = heap.pop();
    if (done[v] === 1) continue;
    done[v] = 1;
    if (v === t) return parent;
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
      const w = csr.targets[j]!;
      const alt = d + lengths[j]!;
      if (done[w] === 0 && alt < dist[w]!) {
        dist[w] = alt;
        parent[w] = v;
        heap.push(alt, w);
      }
    }
  }
  return null;
}
