// Lockout with exponential backoff after failed logins, counted per username and per client
// address, in the database (so it holds across server instances). The counters store only
// hashes of what was typed and of the address. Whether a key is locked is computed when it is
// checked, from the failure count and the time of the last failure, so changing the thresholds
// takes effect at once and nothing has to unlock a key.
import { createHash } from 'node:crypto';
import type { Config } from '../config.js';

export interface ThrottleKeys {
  userKey: string;
  ipKey: string;
}

export function throttleKeys(username: string, ip: string): ThrottleKeys {
  const h = (s: string) => createHash('sha256').update(s).digest('hex');
  return { userKey: h(`user\u0000${username.normalize('NFC').toLowerCase()}`), ipKey: h(`ip\u0000${ip}`) };
}

export interface Counter {
  /** Failures within the failure window (0 when the last one is older). */
  failures: number;
  /** Seconds since the last failure; null when none. */
  secondsSince: number | null;
}

/**
 * Seconds the key stays locked: none below the threshold; from the threshold on, the base
 * doubled for every further failure, up to the maximum, counted from the last failure.
 */
export function lockSeconds(failures: number, threshold: number, config: Pick<Config, 'LOGIN_LOCKOUT_BASE_SECONDS' | 'LOGIN_LOCKOUT_MAX_MINUTES'>): number {
  if (failures < threshold) return 0;
  const max = config.LOGIN_LOCKOUT_MAX_MINUTES * 60;
  const doublings = Math.min(failures - threshold, 30);
  return Math.min(config.LOGIN_LOCKOUT_BASE_SECONDS * 2 ** doublings, max);
}

export function isLocked(c: Counter, threshold: number, config: Pick<Config, 'LOGIN_LOCKOUT_BASE_SECONDS' | 'LOGIN_LOCKOUT_MAX_MINUTES'>): boolean {
  if (c.secondsSince === null) return false;
  return c.secondsSince < lockSeconds(c.failures, threshold, config);
}
