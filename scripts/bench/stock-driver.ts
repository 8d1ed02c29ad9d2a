// Issue #2's peer: the same read by a stock neo4j-driver. The server patches how its driver
// decodes large messages and dates (server/src/db/bolt-messages.ts, bolt-temporal.ts), process-wide, so the
// stock driver runs in a worker thread, which loads its own, unpatched copy of the driver. Each
// read is timed inside the worker, from opening its session to closing it, as the server's own
// driver is timed: the messages to and from the worker are not counted against the peer.
import { Worker } from 'node:worker_threads';
import { driverConfig } from '../../server/src/db/db.js';

export interface StockDriver {
  /** Runs the statement once in a read transaction; resolves with its time in ms. */
  read(): Promise<number>;
  close(): Promise<void>;
}

export interface StockDriverOptions {
  uri: string;
  user: string;
  password: string;
  text: string;
  params: Record<string, unknown>;
}

export async function startStockDriver(opts: StockDriverOptions): Promise<StockDriver> {
  const worker = new Worker(new URL('./stock-driver-worker.mjs', import.meta.url), { workerData: { ...opts, config: driverConfig() } });
  let pending: { resolve: (ms: number) => void; reject: (e: Error) => void } | null = null;
  worker.on('message', (m: { ms?: number; error?: string }) => {
    const p = pending;
    pending = null;
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve(m.ms!);
  });
  worker.on('error', (e) => pending?.reject(e));
  const read = () =>
    new Promise<number>((resolve, reject) => {
      pending = { resolve, reject };
      worker.postMessage('read');
    });
  await read();
  return { read, close: async () => void (await worker.terminate()) };
}
