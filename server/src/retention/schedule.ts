// The daily retention purge inside the server process: first shortly after start
// (RETENTION_PURGE_DELAY_SECONDS), then every RETENTION_PURGE_INTERVAL_HOURS; 0 turns it off.
// Several instances over one database may each run it: erasing is idempotent, and each run
// leaves its own access-log row and log line.
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { log } from '../log.js';
import { purgeExpired } from './purge.js';

export function startRetentionPurge(db: Db, config: Config): () => void {
  if (config.RETENTION_PURGE_INTERVAL_HOURS <= 0) return () => undefined;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await purgeExpired(db, config, null);
    } catch (e) {
      // The error's message could quote a query's parameters: only its kind is logged.
      log.warn('retention purge failed', { name: (e as Error).name });
    } finally {
      running = false;
    }
  };
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    void run();
    interval = setInterval(() => void run(), config.RETENTION_PURGE_INTERVAL_HOURS * 3_600_000);
    interval.unref();
  }, config.RETENTION_PURGE_DELAY_SECONDS * 1000);
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval) clearInterval(interval);
  };
}
