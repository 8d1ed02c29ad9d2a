import { DistHeap } from './heap.js';

/** The arrays a kernel needs: plain typed arrays, so they can live in a SharedArrayBuffer. */
export interface Adjacency {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Per-arc length for weighted runs (1/strength); unused when unweighted. */
  lengths?: Float64Array;
}

export interface BrandesOptions {
  /**
   * Per-node weight of a node as a path *target* (Brandes' dependency with target weights).
   * null: every node counts 1, i.e. plain betweenness. Used for "shortest paths between subgroups".
   */
  targetWeight?: Float64Array | null;
  /** When given, distSum[s] and reach[s] (nodes reached incl. s) are filled for each source s. */
  distSum?: Float64Array | null;
  reach?: Int32Array | null;
}

/**
 * Brandes (2001) betweenness, unweighted, for the given sources, ADDING raw dependencies to bc.
 * Undirected graphs count each pair twice, as networkx does before its rescale.
 *
 * Why it is shaped like this (it is the hot loop of the whole module):
 * - the BFS queue doubles as Brandes' stack S (BFS order is non-decreasing distance);
 * - instead of predecessor lists, the forward pass appends each shortest-path DAG arc's head to one
 *   flat array, grouped by tail in BFS order; the backward pass then reads it sequentially, in
 *   reverse, with no distance tests (about 30% faster than rescanning every arc);
 * - dependencies use coef[w] = (t(w) + delta[w]) / sigma[w], so each arc costs one add.
 */
export function brandesUnweighted(
  g: Adjacency,
  sources: ArrayLike<number>,
  bc: Float64Array,
  opts: BrandesOptions = {},
): void {
  const { n, offsets, targets } = g;
  const tw = opts.targetWeight ?? null;
  const distSum = opts.distSum ?? null;
  const reach = opts.reach ?? null;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const coef = new Float64Array(n);
  const order = new Int32Array(n);
  const arcStart = new Int32Array(n + 1);
  const dagHead = new Int32Array(targets.length);
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let k = 0;
    let total = 0;
    while (head < tail) {
      arcStart[head] = k;
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
        const w = targets[j]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
          dagHead[k++] = w;
          total += next;
        } else if (dw === next) {
          sigma[w]! += sv;
          dagHead[k++] = w;
        }
      }
    }
    arcStart[tail] = k;
    for (let i = tail - 1; i >= 0; i--) {
      const v = order[i]!;
      let sum = 0;
      for (let j = arcStart[i]!, end = arcStart[i + 1]!; j < end; j++) sum += coef[dagHead[j]!]!;
      const d = sigma[v]! * sum;
      if (v !== s) bc[v]! += d;
      coef[v] = ((tw === null ? 1 : tw[v]!) + d) / sigma[v]!;
    }
    if (distSum !== null) distSum[s] = total;
    if (reach !== null) reach[s] = tail;
    for (let i = 0; i < tail; i++) dist[order[i]!] = -1;
  }
}

/**
 * Weighted Brandes: Dijkstra over arc lengths (1/strength), same accumulation. Equal-distance
 * tests use exact float equality on sums taken in path order, as networkx does.
 */
export function brandesWeighted(
  g: Adjacency,
  sources: ArrayLike<number>,
  bc: Float64Array,
  opts: BrandesOptions = {},
): void {
  const { n, offsets, targets } = g;
  const lengths = g.lengths;
  if (!lengths) throw new Error('brandesWeighted needs arc lengths');
  const tw = opts.targetWeight ?? null;
  const distSum = opts.distSum ?? null;
  const reach = opts.reach ?? null;
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  const sigma = new Float64Array(n);
  const coef = new Float64Array(n);
  const order = new Int32Array(n);
  const heap = new DistHeap(targets.length + 1);
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    dist[s] = 0;
    sigma[s] = 1;
    heap.clear();
    heap.push(0, s);
    let count = 0;
    let total = 0;
    while (heap.size > 0) {
      const key = heap.topKey();
      const v = heap.pop();
      if (done[v] === 1 || key > dist[v]!) continue;
      done[v] = 1;
      order[count++] = v;
      total += key;
      const sv = sigma[v]!;
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
        const w = targets[j]!;
        if (done[w] === 1) continue;
        const alt = key + lengths[j]!;
        const dw = dist[w]!;
        if (alt < dw) {
          dist[w] = alt;
          sigma[w] = sv;
          heap.push(alt, w);
        } else if (alt === dw) {
          sigma[w]! += sv;
        }
      }
    }
    for (let i = count - 1; i >= 0; i--) {
      const v = order[i]!;
      const dv = dist[v]!;
      let sum = 0;
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
        const w = targets[j]!;
        if (done[w] === 1 && dist[w] === dv + lengths[j]!) sum += coef[w]!;
      }
      const d = sigma[v]! * sum;
      if (v !== s) bc[v]! += d;
      coef[v] = ((tw === null ? 1 : tw[v]!) + d) / sigma[v]!;
    }
    if (distSum !== null) distSum[s] = total;
    if (reach !== null) reach[s] = count;
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      dist[v] = Infinity;
      done[v] = 0;
    }
    // Nodes pushed but never popped cannot exist: every reachable node is popped once.
  }
}

/** networkx _rescale for normalized=True: 1/((n-1)(n-2)) for both undirected and directed. */
export function normaliseBetweenness(bc: Float64Array, n: number): Float64Array {
  if (n <= 2) return bc;
  const scale = 1 / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) bc[i]! *= scale;
  return bc;
}
