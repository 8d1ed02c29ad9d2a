// Worker-thread entry: runs PathJobs for AnalysisWorkerPool (parallel.ts). Kept free of state so
// a pool can reuse one worker for many boards.
import { parentPort } from 'node:worker_threads';
import type { PathJob } from './workerJob.js';
import { runPathJob } from './workerJob.js';

if (parentPort === null) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;

port.on('message', (msg: { id: number; job: PathJob }) => {
  try {
    const result = runPathJob(msg.job);
    port.postMessage({ id: msg.id, result }, [result.bc.buffer as ArrayBuffer, result.distSum.buffer as ArrayBuffer, result.reach.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
