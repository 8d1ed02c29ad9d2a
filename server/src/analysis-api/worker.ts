// The analysis thread: runs Work sent by runner.ts one piece at a time, reporting each step, so
// the request thread only loads data and answers. It owns the process's AnalysisWorkerPool
// (created on the first network big enough to need it), which splits Brandes' searches further.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { AnalysisWorkerPool } from '../analysis/index.js';
import { runWork, toWorkError, type Work } from './work.js';

if (parentPort === null) throw new Error('analysis-api/worker.ts must run in a worker thread');
const port = parentPort;

/**
 * Lowers this thread's priority (Linux nice 10), and so that of the pool threads it starts, which
 * inherit it: when the cores are busy, the request thread and the database are served first and
 * an analysis takes what is left. Linux sets nice per thread, addressed by the thread id that
 * /proc/thread-self names. Elsewhere, or if refused, the thread keeps normal priority.
 */
function yieldToRequests(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, 10);
  } catch {
    // Not Linux, or not permitted.
  }
}
yieldToRequests();
const POOL_SIZE = 2;
let pool: AnalysisWorkerPool | null = null;

type Message = { id: number; work: Work } | { close: true };

port.on('message', async (msg: Message) => {
  if ('close' in msg) {
    await pool?.close();
    pool = null;
    port.close();
    return;
  }
  try {
    const result = await runWork(msg.work, {
      onStep: (step) => port.postMessage({ id: msg.id, step }),
      pool: () => (pool ??= new AnalysisWorkerPool(POOL_SIZE)),
    });
    port.postMessage({ id: msg.id, result });
  } catch (err) {
    // A pool whose worker died cannot be reused; the next job makes a new one.
    if (pool && /worker/i.test(String(err))) {
      await pool.close().catch(() => undefined);
      pool = null;
    }
    port.postMessage({ id: msg.id, error: toWorkError(err) });
  }
});
