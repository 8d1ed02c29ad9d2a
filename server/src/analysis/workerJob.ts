import type { Adjacency } from './kernels/brandes.js';
import { brandesUnweighted, brandesWeighted } from './kernels/brandes.js';
import { distanceSumsUnweighted, distanceSumsWeighted } from './kernels/closeness.js';

/**
 * One share of the path-based work: Brandes from some sources, plus distance sums for closeness
 * (taken from Brandes' own searches when `closenessAdjacency` is null, i.e. undirected).
 * Plain data only, so it crosses a worker boundary by structured clone.
 */
export interface PathJob {
  weighted: boolean;
  brandes: Adjacency;
  closenessAdjacency: Adjacency | null;
  sources: Int32Array;
}

export interface PathJobResult {
  /** Raw (unnormalised) dependencies summed over this job's sources. */
  bc: Float64Array;
  /** Filled only at this job's sources. */
  distSum: Float64Array;
  reach: Int32Array;
}

export function runPathJob(job: PathJob): PathJobResult {
  const n = job.brandes.n;
  const bc = new Float64Array(n);
  const distSum = new Float64Array(n);
  const reach = new Int32Array(n);
  const brandes = job.weighted ? brandesWeighted : brandesUnweighted;
  if (job.closenessAdjacency === null) {
    brandes(job.brandes, job.sources, bc, { distSum, reach });
  } else {
    brandes(job.brandes, job.sources, bc);
    const sums = job.weighted ? distanceSumsWeighted : distanceSumsUnweighted;
    sums(job.closenessAdjacency, job.sources, distSum, reach);
  }
  return { bc, distSum, reach };
}
