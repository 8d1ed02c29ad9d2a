// A real Tavla HTTP server for a test file, on a free port, over the run's Neo4j.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../server/src/config.js';
import { Db, type DbOptions } from '../../server/src/db/db.js';
import { createApp } from '../../server/src/http/app.js';
import type { Neo4jTarget } from './neo4j-global-setup.js';

export interface TestServer {
  url: string;
  db: Db;
  config: Config;
  stop(): Promise<void>;
}

// Every test file logs in many times from 127.0.0.1, and the lockout counters live in the one
// database of the run: tests get limits no test reaches unless it sets its own.
const testDefaults: Record<string, string> = {
  RATE_LIMIT_API_MAX: '1000000',
  RATE_LIMIT_LOGIN_MAX: '1000000',
  LOGIN_LOCKOUT_USER_THRESHOLD: '1000000',
  LOGIN_LOCKOUT_IP_THRESHOLD: '1000000',
  TOTP_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  // Tests change sessions behind the server's back (ageing, deleting): no per-process cache,
  // unless a test turns it on to test it.
  SESSION_CACHE_SECONDS: '0',
};

/**
 * Over the run's Neo4j, or over `target` (a test's own database, e.g. the fault tests'); `makeDb`
 * may give the server a data layer that misbehaves on purpose (a failing access-log write).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  target: Neo4jTarget = inject('neo4j'),
  makeDb: (opts: DbOptions) => Db = (opts) => new Db(opts),
): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, LOG_LEVEL: 'error', ...testDefaults, ...env });
  const db = makeDb({ uri: target.uri, user: target.user, password: target.password, database: target.database });
  const { app, apollo } = await createApp(config, db, { ready: () => true });
  const server: Server = await new Promise((res) => {
    const s = app.listen(0, '127.0.0.1', () => res(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    config,
    async stop() {
      await new Promise<void>((res) => server.close(() => res()));
      server.closeAllConnections?.();
      await apollo.stop();
      await db.close();
    },
  };
}
