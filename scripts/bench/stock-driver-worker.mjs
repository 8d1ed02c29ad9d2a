// Runs in a worker thread (see stock-driver.ts): a neo4j-driver with the server's options and
// nothing else, untouched by the server's patches (a worker loads its own modules). Plain
// JavaScript: Node 20 loads a worker's entry before tsx's loader hooks are in place.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';

const opts = workerData;
// The server's driver options (driverConfig in server/src/db/db.ts), integers as JS numbers among them.
const driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), opts.config);

// Timed as the benchmark times the server's own driver: opening the session to closing it.
parentPort.on('message', async () => {
  const t0 = performance.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(opts.text, opts.params));
  } catch (err) {
    await session.close();
    parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
    return;
  }
  await session.close();
  parentPort.postMessage({ ms: performance.now() - t0 });
});
