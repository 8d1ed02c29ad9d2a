// Expired sessions and stale login-failure counters hold nothing useful: deleted hourly (and at
// start), so the database keeps no trace of old logins beyond the access log.
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { log } from '../log.js';

export function startAuthHousekeeping(db: Db, config: Config, everyMs = 3600_000): () => void {
  const run = async () => {
    try {
      await db.write(async (tx) => {
        await tx.rows('auth/sessions-purge-expired');
        await tx.rows('auth/throttles-purge', { windowMinutes: config.LOGIN_FAILURE_WINDOW_MINUTES });
      });
    } catch (e) {
      log.warn('auth housekeeping failed', { name: (e as Error).name });
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
