import { describe, expect, it } from 'vitest';
import { isLocked, lockSeconds, throttleKeys } from './throttle.js';

const cfg = { LOGIN_LOCKOUT_BASE_SECONDS: 30, LOGIN_LOCKOUT_MAX_MINUTES: 15 };

describe('login lockout', () => {
  it('locks from the threshold on, doubling per further failure, up to the maximum', () => {
    expect([0, 4].map((f) => lockSeconds(f, 5, cfg))).toEqual([0, 0]);
    expect([5, 6, 7, 8, 9, 10].map((f) => lockSeconds(f, 5, cfg))).toEqual([30, 60, 120, 240, 480, 900]);
    expect(lockSeconds(1_000_000, 5, cfg)).toBe(900);
  });

  it('is locked only until the lock has run out since the last failure', () => {
    expect(isLocked({ failures: 5, secondsSince: 29 }, 5, cfg)).toBe(true);
    expect(isLocked({ failures: 5, secondsSince: 30 }, 5, cfg)).toBe(false);
    expect(isLocked({ failures: 6, secondsSince: 45 }, 5, cfg)).toBe(true);
    expect(isLocked({ failures: 4, secondsSince: 0 }, 5, cfg)).toBe(false);
    expect(isLocked({ failures: 0, secondsSince: null }, 5, cfg)).toBe(false);
  });

  it('counts a username however it is cased, keeps usernames and addresses apart, and stores neither', () => {
    const a = throttleKeys('Coordinator', '127.0.0.1');
    expect(a.userKey).toBe(throttleKeys('coordinator', '10.0.0.1').userKey);
    expect(a.ipKey).not.toBe(throttleKeys('coordinator', '10.0.0.1').ipKey);
    expect(throttleKeys('127.0.0.1', 'x').userKey).not.toBe(throttleKeys('x', '127.0.0.1').ipKey);
    expect(a.userKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(a)).not.toMatch(/oordinator|127\.0/);
  });
});
