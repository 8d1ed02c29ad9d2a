// Starts Tavla: the database (embedded unless NEO4J_URI is set), schema and migrations, the
// factor catalogue, the demo case when the database is empty, and the HTTP server.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { Db } from './db/db.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './db/embedded.js';
import { migrate } from './db/migrate.js';
import { createApp } from './http/app.js';
import { loadSeed } from './seed/load.js';
import { log } from './log.js';
import { startAuthHousekeeping } from './auth/housekeeping.js';
import { startRetentionPurge } from './retention/schedule.js';
import { closeAnalysisRunner } from './analysis-api/index.js';

export interface Running {
  url: string;
  port: number;
  db: Db;
  embedded: EmbeddedNeo4j | null;
  seededDemo: boolean;
  stop(): Promise<void>;
}

export async function startTavla(config: Config): Promise<Running> {
  let ready = false;
  const embedded = config.embedded
    ? await startEmbeddedNeo4j({ dir: config.EMBEDDED_NEO4J_DIR, port: config.EMBEDDED_NEO4J_PORT, heap: config.EMBEDDED_NEO4J_HEAP, timeoutMs: config.EMBEDDED_NEO4J_START_TIMEOUT_MS })
    : null;
  const db = new Db(
    embedded
      ? { uri: embedded.uri, user: embedded.user, password: embedded.password }
      : { uri: config.NEO4J_URI!, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD!, database: config.NEO4J_DATABASE },
  );
  try {
    await db.verify();
    await migrate(db);
    const empty = (await db.read((tx) => tx.one<{ empty: boolean }>('system/is-empty')))?.empty ?? false;
    const demo = config.SEED_DEMO === 'always' || (config.SEED_DEMO === 'auto' && empty);
    await loadSeed(db, { demo });
    const { app } = await createApp(config, db, { ready: () => ready });
    const server: Server = await new Promise((res, rej) => {
      const s = app.listen(config.PORT, config.HOST, () => res(s));
      s.once('error', rej);
    });
    const port = (server.address() as AddressInfo).port;
    const stopHousekeeping = startAuthHousekeeping(db, config);
    const stopRetention = startRetentionPurge(db, config);
    ready = true;
    log.info('tavla ready', { port, embedded: !!embedded, seededDemo: demo });
    return {
      url: `http://${config.HOST}:${port}`,
      port,
      db,
      embedded,
      seededDemo: demo,
      async stop() {
        ready = false;
        stopHousekeeping();
        stopRetention();
        await new Promise<void>((res) => server.close(() => res()));
        server.closeAllConnections?.();
        // Analysis threads, if any analysis started them.
        await closeAnalysisRunner();
        await db.close();
        await embedded?.stop();
      },
    };
  } catch (err) {
    await db.close().catch(() => undefined);
    await embedded?.stop();
    throw err;
  }
}
