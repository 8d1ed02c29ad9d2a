// Failed logins lock a username and a client address out, with backoff, in the database; a
// locked account, an unknown user and a wrong password get the same answer in the same time.
// Other client addresses are stood in for with X-Forwarded-For (TRUST_PROXY_HOPS=1); they are
// only header values, no traffic goes anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { auditMark, auditSince } from '../support/fixtures.js';
import { createTestUser, loginMutation, testPassword, type TestUser } from '../support/users.js';
import { throttleKeys } from '../../server/src/auth/throttle.js';

let server: TestServer;
let admin: TestClient;
const used: string[] = [];

function from(ip: string): TestClient {
  const c = new TestClient(server.url);
  c.headers = { 'x-forwarded-for': ip };
  return c;
}

async function attempt(ip: string, username: string, password: string) {
  return from(ip).gql(loginMutation, { u: username, p: password });
}

function keysOf(username: string, ip: string) {
  const k = throttleKeys(username, ip);
  used.push(k.userKey, k.ipKey);
  return k;
}

const failures = async (key: string) => (await server.db.read((tx) => tx.one<{ failures: number }>('test/throttle-get', { key })))?.failures ?? 0;
const backdate = (key: string, seconds: number) => server.db.write((tx) => tx.rows('test/throttle-age', { key, seconds }));

beforeAll(async () => {
  server = await startTestServer({
    TRUST_PROXY_HOPS: '1',
    LOGIN_LOCKOUT_USER_THRESHOLD: '3',
    LOGIN_LOCKOUT_IP_THRESHOLD: '6',
    LOGIN_LOCKOUT_BASE_SECONDS: '60',
    LOGIN_LOCKOUT_MAX_MINUTES: '10',
  });
  admin = await from('198.51.100.1').login('admin');
});
afterAll(async () => {
  await server.db.write((tx) => tx.rows('test/throttle-clear', { keys: used }));
  await server.stop();
});

describe('lockout per username', () => {
  let u: TestUser;
  beforeAll(async () => {
    u = await createTestUser(admin, 'MEMBER', 'lock');
  });

  it('locks the username after the threshold, whatever address the next try comes from', async () => {
    const wrong = await attempt('203.0.113.1', u.username, 'wrong-1');
    await attempt('203.0.113.2', u.username, 'wrong-2');
    await attempt('203.0.113.3', u.username, 'wrong-3');
    expect(await failures(keysOf(u.username, '203.0.113.1').userKey)).toBe(3);
    const since = await auditMark(server.db);
    const locked = await attempt('203.0.113.4', u.username, testPassword);
    expect(locked.errors).toEqual(wrong.errors);
    expect(locked.data?.login).toBeNull();
    expect(locked.headers.get('set-cookie')).toBeNull();
    const rows = await auditSince(server.db, since);
    expect(rows.map((r) => [r.action, r.purpose, r.username])).toEqual([['LOGIN_FAILED', 'auth.locked', u.username]]);
  });

  it('backs off: each further failure doubles the lock, and the lock runs out', async () => {
    const key = keysOf(u.username, 'x').userKey;
    const right = (ip: string) => attempt(ip, u.username, testPassword);
    // 4 failures (the refused right password counted): locked for 120 s from the last one.
    expect(await failures(key)).toBe(4);
    await backdate(key, 61);
    expect((await right('203.0.113.5')).errors?.[0]?.message).toBe('Wrong username or password.');
    // 5 failures: 240 s.
    await backdate(key, 239);
    expect((await right('203.0.113.6')).errors?.[0]?.message).toBe('Wrong username or password.');
    // 6 failures: 480 s; just past it the right password works again.
    expect(await failures(key)).toBe(6);
    await backdate(key, 481);
    const ok = await right('203.0.113.7');
    expect(ok.data?.login).toEqual({ id: u.id, username: u.username });
    // A completed login clears the username's counter.
    expect(await failures(key)).toBe(0);
  });
});

describe('lockout per address', () => {
  it('locks an address that guesses at many usernames, for every account, and only that address', async () => {
    const ip = '203.0.113.50';
    const k = keysOf('nobody', ip);
    for (let i = 0; i < 6; i++) await attempt(ip, `nobody-${i}-${Date.now()}`, 'guess');
    expect(await failures(k.ipKey)).toBe(6);
    const u = await createTestUser(admin, 'MEMBER', 'lockip');
    const refused = await attempt(ip, u.username, testPassword);
    expect(refused.errors?.[0]?.message).toBe('Wrong username or password.');
    const elsewhere = await attempt('203.0.113.51', u.username, testPassword);
    expect(elsewhere.data?.login).toEqual({ id: u.id, username: u.username });
    // 7 failures: 120 s. After it, a valid login from the address works, and does not reset
    // the address's counter.
    await backdate(k.ipKey, 121);
    expect((await attempt(ip, u.username, testPassword)).data?.login).toEqual({ id: u.id, username: u.username });
    expect(await failures(k.ipKey)).toBe(7);
  });
});

describe('one answer for every refusal', () => {
  it('answers an unknown user, a wrong password and a locked account alike, in comparable time', async () => {
    const lockedUser = await createTestUser(admin, 'MEMBER', 'lockt');
    const wrongUser = await createTestUser(admin, 'MEMBER', 'lockw');
    for (let i = 0; i < 3; i++) await attempt(`203.0.113.${100 + i}`, lockedUser.username, 'nope');
    keysOf(lockedUser.username, 'x');
    keysOf(wrongUser.username, 'x');
    const kinds = {
      unknown: (i: number) => attempt(`203.0.113.${110 + i}`, `ghost-${i}-${Date.now()}`, 'nope'),
      wrong: (i: number) => attempt(`203.0.113.${120 + i}`, wrongUser.username, `nope-${i}`),
      locked: (i: number) => attempt(`203.0.113.${130 + i}`, lockedUser.username, testPassword),
    };
    const times: Record<string, number[]> = { unknown: [], wrong: [], locked: [] };
    const answers = new Set<string>();
    // Interleaved, so load on the machine falls on all three alike. The wrong-password user
    // would lock at 3: keep it under by clearing its counter between rounds.
    for (let i = 0; i < 7; i++) {
      for (const [kind, run] of Object.entries(kinds)) {
        const t0 = performance.now();
        const r = await run(i);
        times[kind]!.push(performance.now() - t0);
        answers.add(JSON.stringify({ status: r.status, errors: r.errors, data: r.data, cookie: r.headers.get('set-cookie') }));
      }
      await server.db.write((tx) => tx.rows('test/throttle-clear', { keys: [throttleKeys(wrongUser.username, '').userKey] }));
    }
    expect(answers.size).toBe(1);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const m = { unknown: median(times.unknown!), wrong: median(times.wrong!), locked: median(times.locked!) };
    // Every path verifies an argon2id hash (tens of ms); a path that skipped it would be several
    // times faster than the others.
    for (const k of ['unknown', 'locked'] as const) {
      expect(m[k] / m.wrong, JSON.stringify(m)).toBeGreaterThan(0.5);
      expect(m[k] / m.wrong, JSON.stringify(m)).toBeLessThan(2);
    }
  });
});
