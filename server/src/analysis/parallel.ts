import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BoardAnalysis, PathMetrics, Prepared } from './analyse.js';
import { assemble, pathMetricsSync, prepare } from './analyse.js';
import { inAdjacency, outAdjacency } from './centrality.js';
import type { TieFilter, AnalysisGraph } from './graph.js';
import { normaliseBetweenness } from './kernels/brandes.js';
import { closenessFromSums } from './kernels/closeness.js';
import type { PathJob, PathJobResult } from './workerJob.js';

/**
 * Below this many people a board is analysed on the calling thread: posting the graph to a worker
 * and back costs more than Brandes on a small board (100 people take a few milliseconds).
 */
export const PARALLEL_MIN_PEOPLE = 1000;

// Under tsx/vitest this module is a .ts file and so is its worker; in a compiled build both are .js.
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

/**
 * A .ts entry needs the tsx loader inside the worker. execArgv ['--import', 'tsx'] is not honoured
 * for worker threads under every runner (vitest's forks), so a two-line bootstrap registers tsx's
 * ESM hooks, then imports the entry.
 */
function spawn(): Worker {
  if (!ENTRY.pathname.endsWith('.ts')) return new Worker(ENTRY);
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs'));
  const code = `import(${JSON.stringify(tsxApi.href)}).then((m) => { m.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
  return new Worker(code, { eval: true });
}

interface Pending {
  resolve: (r: PathJobResult) => void;
  reject: (e: Error) => void;
}

/**
 * A fixed set of worker threads that split Brandes' sources between them. Create one per process
 * and reuse it; close() when done (idle workers are unref'd and do not keep the process alive).
 */
export class AnalysisWorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly dead = new Set<Worker>();
  private nextId = 1;

  constructor(readonly size = 2) {
    for (let i = 0; i < size; i++) {
      const worker = spawn();
      worker.unref();
      worker.on('message', (msg: { id: number; result?: PathJobResult; error?: string }) => {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        if (msg.result) p.resolve(msg.result);
        else p.reject(new Error(msg.error ?? 'analysis worker failed'));
      });
      worker.on('error', (err) => this.failAll(err));
      // A worker that died (crash, out of memory, terminate) would leave its jobs hanging forever.
      worker.on('exit', (code) => {
        this.dead.add(worker);
        this.failAll(new Error(`analysis worker exited with code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private run(worker: Worker, job: PathJob): Promise<PathJobResult> {
    const id = this.nextId++;
    if (this.dead.has(worker)) return Promise.reject(new Error('analysis worker is not running; create a new pool'));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, job });
    }).finally(() => {
      if (![...this.pending.keys()].length) for (const w of this.workers) w.unref();
    }) as Promise<PathJobResult>;
  }

  /** Betweenness and closeness for a prepared board, sources dealt round-robin to the workers. */
  async pathMetrics(p: Prepared): Promise<PathMetrics> {
    if (this.workers.length === 0) throw new Error('analysis worker pool is not running; create a new pool');
    const csr = p.main;
    const n = csr.n;
    const weighted = p.filter.weighted;
    const brandes = outAdjacency(csr, weighted);
    const closenessAdjacency = csr.directed ? inAdjacency(csr, weighted) : null;
    // Round-robin rather than halves: cost per source varies with its component's size.
    const shares = this.workers.map((_, w) => {
      const sources = new Int32Array(Math.ceil((n - w) / this.size));
      for (let i = 0, s = w; s < n; s += this.size) sources[i++] = s;
      return sources;
    });
    const results = await Promise.all(
      this.workers.map((worker, w) => this.run(worker, { weighted, brandes, closenessAdjacency, sources: shares[w]! })),
    );
    const bc = new Float64Array(n);
    const distSum = new Float64Array(n);
    const reach = new Int32Array(n);
    results.forEach((r, w) => {
      for (let i = 0; i < n; i++) bc[i]! += r.bc[i]!;
      for (const s of shares[w]!) {
        distSum[s] = r.distSum[s]!;
        reach[s] = r.reach[s]!;
      }
    });
    return { betweenness: normaliseBetweenness(bc, n), closeness: closenessFromSums(distSum, reach, n) };
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.failAll(new Error('analysis worker pool closed'));
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export interface ParallelOptions {
  /** Reuse a pool; otherwise one is created for this call and closed after it. */
  pool?: AnalysisWorkerPool;
  workers?: number;
  /** Boards smaller than this are analysed synchronously; default PARALLEL_MIN_PEOPLE. */
  minPeople?: number;
}

/** analyseBoard with Brandes split over worker threads. Same result, off the calling thread. */
export async function analyseBoardParallel(
  graph: AnalysisGraph,
  filter?: TieFilter,
  opts: ParallelOptions = {},
): Promise<BoardAnalysis> {
  const p = prepare(graph, filter);
  if (p.main.n < (opts.minPeople ?? PARALLEL_MIN_PEOPLE)) return assemble(p, pathMetricsSync(p));
  const pool = opts.pool ?? new AnalysisWorkerPool(opts.workers ?? 2);
  try {
    return assemble(p, await pool.pathMetrics(p));
  } finally {
    if (!opts.pool) await pool.close();
  }
}
