/**
 * PageRank as networkx 3.x's pagerank (its scipy path): start at 1/n, rows normalised by
 * out-weight, dangling mass (nodes with no out-arcs, incl. isolated people) spread uniformly,
 * stop when the L1 change is below n·tol. No final renormalisation, as in networkx.
 */
export interface PageRankResult {
  scores: Float64Array;
  iterations: number;
  /** networkx raises PowerIterationFailedConvergence instead; we return the last iterate. */
  converged: boolean;
}

export function pageRank(
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array | null,
  alpha = 0.85,
  tol = 1e-6,
  maxIter = 100,
): PageRankResult {
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true };
  // Row-stochastic arc weights, computed once.
  const share = new Float64Array(targets.length);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    let out = 0;
    for (let j = start; j < end; j++) out += weights ? weights[j]! : 1;
    if (out === 0) dangling.push(u);
    else for (let j = start; j < end; j++) share[j] = (weights ? weights[j]! : 1) / out;
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const p = 1 / n;
  for (let it = 1; it <= maxIter; it++) {
    let danglingSum = 0;
    for (const u of dangling) danglingSum += x[u]!;
    const base = alpha * danglingSum * p + (1 - alpha) * p;
    next.fill(0);
    for (let u = 0; u < n; u++) {
      const xu = x[u]!;
      for (let j = offsets[u]!, end = offsets[u + 1]!; j < end; j++) next[targets[j]!]! += xu * share[j]!;
    }
    let err = 0;
    for (let v = 0; v < n; v++) {
      const val = alpha * next[v]! + base;
      err += Math.abs(val - x[v]!);
      next[v] = val;
    }
    [x, next] = [next, x];
    if (err < n * tol) return { scores: x, iterations: it, converged: true };
  }
  return { scores: x, iterations: maxIter, converged: false };
}
