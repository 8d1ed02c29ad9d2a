// Runs analysis work off the request thread, caches results by the content they were computed
// from, and tells callers which step a computation is in. One runner per process (analysisRunner),
// started lazily and closed with the server (closeAnalysisRunner, from server.ts).
//
// Small networks are computed on the calling thread: posting a 100-person board to a thread costs
// more than analysing it. Everything larger goes, one piece at a time, to a single analysis thread
// (worker.ts), which splits Brandes' searches over the module's AnalysisWorkerPool. One at a time
// because the machine's cores are already all in use by one large analysis; the queue is visible
// to callers as QUEUED.
import { createRequire } from 'node:module';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Lru } from './lru.js';
import { fromWorkError, runWork, sizeOf, stepsOf, type Step, type Work, type WorkError, type WorkResult } from './work.js';

export type ComputationState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** One computation as callers see it: where it is, and its result. Shared by identical requests. */
export class Computation<T> {
  state: ComputationState = 'QUEUED';
  step: Step | null = null;
  stepsDone = 0;
  readonly stepsTotal: number;
  readonly promise: Promise<T>;
  private settle!: { resolve: (v: T) => void; reject: (e: Error) => void };

  constructor(
    private readonly steps: Step[],
    /** True when the result was already in the cache: nothing was computed for this request. */
    readonly cached = false,
  ) {
    this.stepsTotal = steps.length;
    this.promise = new Promise<T>((resolve, reject) => (this.settle = { resolve, reject }));
    // A job nobody polls any more must not end the process with an unhandled rejection.
    this.promise.catch(() => undefined);
  }

  /** @internal */
  enter(step: Step): void {
    this.state = 'RUNNING';
    this.step = step;
    this.stepsDone = Math.max(this.stepsDone, this.steps.indexOf(step));
  }

  /** @internal */
  finish(value: T): void {
    this.state = 'DONE';
    this.step = null;
    this.stepsDone = this.stepsTotal;
    this.settle.resolve(value);
  }

  /** @internal */
  fail(err: Error): void {
    this.state = 'FAILED';
    this.step = null;
    this.settle.reject(err);
  }
}

interface Task {
  id: number;
  work: Work;
  computation: Computation<unknown>;
}

// Under tsx/vitest this file is .ts and so is the worker; in a compiled build both are .js.
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

/** A .ts entry needs tsx inside the thread; a two-line bootstrap registers it first. */
function spawn(): Worker {
  if (!ENTRY.pathname.endsWith('.ts')) return new Worker(ENTRY);
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs'));
  const code = `import(${JSON.stringify(tsxApi.href)}).then((m) => { m.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
  return new Worker(code, { eval: true });
}

export interface RunnerOptions {
  /** Work up to this size (people + ties, or characters / 30 for a file) runs on the calling thread. */
  inlineMaxSize: number;
  cacheEntries: number;
  /** Total size (people + ties) the cache may hold: about twenty 5,000-person boards. */
  cacheWeight: number;
}

export const defaultRunnerOptions: RunnerOptions = { inlineMaxSize: 3000, cacheEntries: 64, cacheWeight: 600_000 };

export class AnalysisRunner {
  readonly options: RunnerOptions;
  /** Counters for tests and logs: how many results were computed, and how many came from the cache. */
  readonly counters = { computed: 0, fromCache: 0, onWorker: 0 };
  private readonly cache: Lru<string, unknown>;
  private readonly inflight = new Map<string, Computation<unknown>>();
  private readonly queue: Task[] = [];
  private current: Task | null = null;
  private worker: Worker | null = null;
  private nextId = 1;
  private closed = false;

  constructor(options: Partial<RunnerOptions> = {}) {
    this.options = { ...defaultRunnerOptions, ...options };
    this.cache = new Lru(this.options.cacheEntries, this.options.cacheWeight);
  }

  /**
   * The result of `work`, from the cache when `key` (null: never cached) was computed before,
   * joined to an identical computation under way, or computed now.
   */
  run<K extends Work['kind']>(key: string | null, work: Extract<Work, { kind: K }>): Computation<WorkResult[K]> {
    if (this.closed) throw new Error('analysis runner is closed');
    if (key !== null) {
      const hit = this.cache.get(key);
      if (hit !== undefined) {
        this.counters.fromCache++;
        const done = new Computation<WorkResult[K]>(stepsOf(work.kind), true);
        done.finish(hit as WorkResult[K]);
        return done;
      }
      const running = this.inflight.get(key);
      if (running) return running as Computation<WorkResult[K]>;
    }
    const computation = new Computation<WorkResult[K]>(stepsOf(work.kind));
    if (key !== null) {
      this.inflight.set(key, computation as Computation<unknown>);
      computation.promise.then(
        (value) => {
          this.inflight.delete(key);
          this.cache.set(key, value, sizeOf(work));
        },
        () => this.inflight.delete(key),
      );
    }
    this.counters.computed++;
    if (sizeOf(work) <= this.options.inlineMaxSize) this.runHere(work, computation as Computation<unknown>);
    else {
      this.queue.push({ id: this.nextId++, work, computation: computation as Computation<unknown> });
      this.pump();
    }
    return computation;
  }

  /**
   * Starts the analysis thread now if it is not running, so a large analysis about to be loaded
   * does not wait for it to boot (a second or more) once the data is in.
   */
  warm(): void {
    if (this.closed) return;
    const worker = this.ensureWorker();
    if (!this.current) worker.unref();
  }

  private runHere(work: Work, computation: Computation<unknown>): void {
    runWork(work, { onStep: (s) => computation.enter(s) }).then(
      (v) => computation.finish(v),
      (e: unknown) => computation.fail(e instanceof Error ? e : new Error(String(e))),
    );
  }

  private pump(): void {
    if (this.current || this.closed) return;
    const task = this.queue.shift();
    if (!task) {
      this.worker?.unref();
      return;
    }
    this.current = task;
    this.counters.onWorker++;
    const worker = this.ensureWorker();
    worker.ref();
    worker.postMessage({ id: task.id, work: task.work });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawn();
    worker.on('message', (msg: { id: number; step?: Step; result?: unknown; error?: WorkError }) => {
      const task = this.current;
      if (!task || task.id !== msg.id) return;
      if (msg.step) {
        task.computation.enter(msg.step);
        return;
      }
      this.current = null;
      if (msg.error) task.computation.fail(fromWorkError(msg.error));
      else task.computation.finish(msg.result);
      this.pump();
    });
    // A thread that died (out of memory, a crash) fails what it was doing; the next piece of work
    // starts a new one.
    const lost = (err: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const task = this.current;
      this.current = null;
      task?.computation.fail(err);
      this.pump();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`analysis thread exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  /** Fails what is queued or running and stops the analysis thread (and its pool). */
  async close(): Promise<void> {
    this.closed = true;
    const err = new Error('analysis runner closed');
    for (const task of this.queue.splice(0)) task.computation.fail(err);
    this.current?.computation.fail(err);
    this.current = null;
    this.cache.clear();
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    // Let the thread close its pool's threads itself; terminate it if it does not within a moment.
    const exited = once(worker, 'exit').catch(() => undefined);
    worker.postMessage({ close: true });
    const timer = setTimeout(() => void worker.terminate(), 2000);
    await exited;
    clearTimeout(timer);
  }
}

let shared: AnalysisRunner | null = null;

/** The process's runner, created on first use. */
export function analysisRunner(): AnalysisRunner {
  return (shared ??= new AnalysisRunner());
}

/** For server shutdown (server.ts) and tests. A later analysisRunner() starts a fresh one. */
export async function closeAnalysisRunner(): Promise<void> {
  const runner = shared;
  shared = null;
  await runner?.close();
}
