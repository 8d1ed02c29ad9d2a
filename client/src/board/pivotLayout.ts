// The first layout of a large board: pivot MDS (Brandes & Pich, "Eigensolver methods for
// progressive multidimensional scaling of large data", Graph Drawing 2006) over plain arrays.
// Each person's place comes from their distances in ties to a few dozen "pivot" people, so people
// a few ties apart sit near each other and the board's clusters come apart.
//
// Why our own code: fcose's draft quality is this same spectral idea, but it walks a Cytoscape
// graph (its neighbour lists through collection calls took more than half of its 0.8-1 s on a
// 1,000-person board, and the worker had to load Cytoscape and build that graph first). This runs
// on arrays in tens of milliseconds. No maintained JavaScript package offers it on plain data
// (NetworKit and R's graphlayouts do, outside the browser). Small boards keep fcose (layout.ts).
import type { LayoutInput } from './sizes.js';
import type { Positions } from './sizes.js';

/** Mean drawn length of a tie, in canvas pixels. */
export const TIE_LENGTH = 120;
const PIVOTS = 50;
const GAP = 2 * TIE_LENGTH;

/** Places every node of `input`; components side by side, the largest first. */
export function pivotLayout(input: LayoutInput): Positions {
  const ids = input.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const adj: number[][] = ids.map(() => []);
  for (const e of input.edges) {
    const a = index.get(e.source), b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    adj[a]!.push(b);
    adj[b]!.push(a);
  }
  const pieces = components(adj)
    .map((nodes) => ({ nodes, xy: placeComponent(nodes, adj) }))
    .sort((a, b) => b.nodes.length - a.nodes.length);
  const out: Positions = {};
  // Shelf packing: rows about as wide as the largest component (or a square of the small ones).
  const boxes = pieces.map((p) => bounds(p.xy));
  const area = boxes.reduce((s, b) => s + (b.w + GAP) * (b.h + GAP), 0);
  const rowWidth = Math.max(boxes[0]?.w ?? 0, Math.sqrt(area));
  let x = 0, y = 0, rowHeight = 0;
  pieces.forEach((piece, k) => {
    const box = boxes[k]!;
    if (x > 0 && x + box.w > rowWidth) {
      x = 0;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    piece.nodes.forEach((node, i) => {
      out[ids[node]!] = { x: Math.round(x + piece.xy[i]!.x - box.x), y: Math.round(y + piece.xy[i]!.y - box.y) };
    });
    x += box.w + GAP;
    rowHeight = Math.max(rowHeight, box.h);
  });
  return out;
}

function components(adj: number[][]): number[][] {
  const seen = new Uint8Array(adj.length);
  const out: number[][] = [];
  for (let start = 0; start < adj.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const queue = [start];
    for (let h = 0; h < queue.length; h++) for (const v of adj[queue[h]!]!) if (!seen[v]) (seen[v] = 1), queue.push(v);
    out.push(queue);
  }
  return out;
}

type Point = { x: number; y: number };

/** Positions of one connected component (indices into `adj`), scaled to TIE_LENGTH per tie. */
function placeComponent(nodes: number[], adj: number[][]): Point[] {
  if (nodes.length === 1) return [{ x: 0, y: 0 }];
  const local = new Map(nodes.map((node, i) => [node, i]));
  const ladj = nodes.map((node) => adj[node]!.map((v) => local.get(v)!));
  const [xs, ys] = pivotMds(ladj, Math.min(PIVOTS, nodes.length));
  let sum = 0, count = 0;
  ladj.forEach((ns, a) => ns.forEach((b) => (sum += Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!), count++)));
  const scale = sum > 0 ? TIE_LENGTH / (sum / count) : TIE_LENGTH;
  return separateEqual(ladj.map((_, i) => ({ x: xs[i]! * scale, y: ys[i]! * scale })));
}

/**
 * Two-dimensional pivot MDS of a connected graph: breadth-first distances from `k` pivots chosen
 * max-min (each the farthest from those before), the squared distances double-centred (C), and
 * the top two eigenvectors of CᵀC projected back through C.
 */
export function pivotMds(adj: number[][], k: number): [Float64Array, Float64Array] {
  const n = adj.length;
  const cols: Float64Array[] = [];
  const nearest = new Float64Array(n).fill(Infinity);
  // Start from the best-connected node: a deterministic choice, and central, so the next pivot
  // (the farthest from it) lies on the rim.
  let pivot = adj.reduce((best, ns, i) => (ns.length > adj[best]!.length ? i : best), 0);
  for (let j = 0; j < k; j++) {
    const dist = bfs(adj, pivot);
    cols.push(dist);
    for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i]!, dist[i]!);
    let far = pivot;
    for (let i = 0; i < n; i++) if (nearest[i]! > nearest[far]!) far = i;
    if (nearest[far] === 0) break; // every node is a pivot
    pivot = far;
  }
  const m = cols.length;
  const rowMean = new Float64Array(n), colMean = new Float64Array(m);
  let grand = 0;
  for (let j = 0; j < m; j++) {
    const c = cols[j]!;
    for (let i = 0; i < n; i++) {
      const sq = c[i]! * c[i]!;
      c[i] = sq;
      rowMean[i]! += sq / m;
      colMean[j]! += sq / n;
      grand += sq / (n * m);
    }
  }
  for (let j = 0; j < m; j++) for (let i = 0; i < n; i++) cols[j]![i] = -0.5 * (cols[j]![i]! - rowMean[i]! - colMean[j]! + grand);
  const gram = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => dot(cols[a]!, cols[b]!)));
  const first = topEigenvector(gram, []);
  const second = topEigenvector(gram, [first]);
  const project = (v: number[]) => {
    const out = new Float64Array(n);
    for (let j = 0; j < m; j++) for (let i = 0; i < n; i++) out[i]! += cols[j]![i]! * v[j]!;
    return out;
  };
  return [project(first), project(second)];
}

function bfs(adj: number[][], from: number): Float64Array {
  const dist = new Float64Array(adj.length).fill(-1);
  dist[from] = 0;
  const queue = [from];
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    for (const v of adj[u]!) if (dist[v]! < 0) (dist[v] = dist[u]! + 1), queue.push(v);
  }
  return dist;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Power iteration on a symmetric positive semi-definite matrix, orthogonal to `found`. */
function topEigenvector(matrix: number[][], found: number[][]): number[] {
  const m = matrix.length;
  // A fixed, uneven start, different for each vector: deterministic, and not orthogonal to any
  // eigenvector in practice (with the same start, a second vector from an eigenvalue shared with
  // the first, as a triangle's, would come out as the first again and vanish).
  const orthogonal = (w: number[]) => {
    for (const u of found) {
      const d = dot(w, u);
      w = w.map((x, i) => x - d * u[i]!);
    }
    return w;
  };
  let v = orthogonal(Array.from({ length: m }, (_, i) => Math.sin(1 + i * (found.length + 1) * 2.3999632)));
  for (let iter = 0; iter < 1000; iter++) {
    let w = orthogonal(matrix.map((row) => dot(row, v)));
    const norm = Math.hypot(...w);
    if (norm < 1e-12) return v.map(() => 0);
    w = w.map((x) => x / norm);
    let change = 0;
    for (let i = 0; i < m; i++) change += Math.abs(w[i]! - v[i]!);
    v = w;
    if (change < 1e-9) break;
  }
  return v;
}

/**
 * People with the same distances to every pivot (two friends of only the same one person) get the
 * same place; spread each such set on a small circle so that nobody is hidden under someone else.
 */
function separateEqual(points: Point[]): Point[] {
  const at = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${Math.round(p.x)},${Math.round(p.y)}`;
    (at.get(key) ?? at.set(key, []).get(key)!).push(i);
  });
  const out = points.map((p) => ({ ...p }));
  for (const same of at.values()) {
    if (same.length < 2) continue;
    // Neighbours on the circle a node's width (46 px) and a little apart.
    const r = Math.max(TIE_LENGTH / 3, 25 / Math.sin(Math.PI / same.length));
    same.forEach((i, k) => {
      const a = (2 * Math.PI * k) / same.length;
      out[i] = { x: points[i]!.x + r * Math.cos(a), y: points[i]!.y + r * Math.sin(a) };
    });
  }
  return out;
}

function bounds(points: Point[]): { x: number; y: number; w: number; h: number } {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of points) (x0 = Math.min(x0, p.x)), (y0 = Math.min(y0, p.y)), (x1 = Math.max(x1, p.x)), (y1 = Math.max(y1, p.y));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
