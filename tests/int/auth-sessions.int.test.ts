// Sessions end when they should: at a new login (rotation), after the idle and absolute
// timeouts, at logout, and at once for every device when an admin disables the account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { auditMark, auditSince, errorCode } from '../support/fixtures.js';
import { createTestUser, loginMutation, sessionOf, testPassword } from '../support/users.js';

let server: TestServer;
let admin: TestClient;

const me = async (c: TestClient) => (await c.ok<{ me: { username: string } | null }>('{ me { username } }')).me;
const sessionsOf = async (userId: string) => (await server.db.read((tx) => tx.one<{ n: number }>('test/sessions-of-user', { userId })))!.n;
const age = (c: TestClient, idleMinutes: number, expiredMinutesAgo: number | null = null) =>
  server.db.write((tx) => tx.rows('test/session-age', { sessionId: sessionOf(c), idleMinutes, expiredMinutesAgo }));
const setDisabled = 'mutation($u: ID!, $d: Boolean!) { setUserDisabled(userId: $u, disabled: $d) { id username disabled } }';

beforeAll(async () => {
  server = await startTestServer({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8' });
  admin = await new TestClient(server.url).login('admin');
});
afterAll(async () => {
  await server.stop();
});

describe('session rotation', () => {
  it('gives a new token at every login and ends the session the old cookie held', async () => {
    const c = await new TestClient(server.url).login('member');
    const first = c.cookie;
    await c.login('member');
    expect(c.cookie).toBeDefined();
    expect(c.cookie).not.toBe(first);
    expect(await me(c)).toEqual({ username: 'member' });
    const old = new TestClient(server.url);
    old.cookie = first;
    expect(await me(old)).toBeNull();
  });

  it('ignores a cookie the server never issued (no session fixation)', async () => {
    const c = new TestClient(server.url);
    c.cookie = `tavla_session=${'A'.repeat(43)}`;
    expect(await me(c)).toBeNull();
    await c.login('member');
    expect(c.cookie).not.toBe(`tavla_session=${'A'.repeat(43)}`);
  });
});

describe('timeouts', () => {
  it('ends a session unused for longer than the idle timeout, and not before', async () => {
    const c = await new TestClient(server.url).login('member');
    await age(c, 29);
    expect(await me(c)).toEqual({ username: 'member' });
    await age(c, 31);
    expect(await me(c)).toBeNull();
    const r = await c.gql('{ boards { id } }');
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
  });

  it('a request renews the idle timeout', async () => {
    const c = await new TestClient(server.url).login('member');
    await age(c, 20);
    expect(await me(c)).toEqual({ username: 'member' });
    // The touch above moved lastSeenAt to now: 20 more minutes are within the idle window again.
    const row = await server.db.read((tx) => tx.one<{ node: { lastSeenAt: string } }>('test/node', { id: sessionOf(c) }));
    expect(Date.now() - Date.parse(row!.node.lastSeenAt)).toBeLessThan(60_000);
  });

  it('ends a session past its absolute expiry however recently it was used', async () => {
    const c = await new TestClient(server.url).login('member');
    await age(c, 0, 1);
    expect(await me(c)).toBeNull();
  });

  it('sets the absolute expiry from SESSION_ABSOLUTE_HOURS at login', async () => {
    const c = await new TestClient(server.url).login('member');
    const s = (await server.db.read((tx) => tx.one<{ node: { createdAt: string; expiresAt: string } }>('test/node', { id: sessionOf(c) })))!.node;
    expect(Date.parse(s.expiresAt) - Date.parse(s.createdAt)).toBe(8 * 3600_000);
  });
});

describe('logout', () => {
  it('deletes the session in the database, not only the cookie', async () => {
    const c = await new TestClient(server.url).login('member');
    const cookie = c.cookie;
    const id = sessionOf(c);
    await c.ok('mutation { logout }');
    expect(await server.db.read((tx) => tx.one('test/node', { id }))).toBeNull();
    c.cookie = cookie;
    expect(await me(c)).toBeNull();
  });
});

describe('disabling an account', () => {
  it('ends every session of the account at once and refuses its logins like a wrong password', async () => {
    const u = await createTestUser(admin, 'MEMBER');
    const laptop = await new TestClient(server.url).login(u.username, testPassword);
    const phone = await new TestClient(server.url).login(u.username, testPassword);
    expect(await sessionsOf(u.id)).toBe(2);

    const since = await auditMark(server.db);
    const d = await admin.ok(setDisabled, { u: u.id, d: true });
    expect(d.setUserDisabled).toEqual({ id: u.id, username: u.username, disabled: true });
    expect(await sessionsOf(u.id)).toBe(0);
    expect(await me(laptop)).toBeNull();
    expect(await me(phone)).toBeNull();
    const rows = await auditSince(server.db, since);
    expect(rows.map((r) => [r.action, r.purpose, r.username])).toEqual([['UPDATE', 'Mutation.setUserDisabled', 'admin']]);

    const refused = await new TestClient(server.url).gql(loginMutation, { u: u.username, p: testPassword });
    const wrong = await new TestClient(server.url).gql(loginMutation, { u: 'member', p: 'not-the-password' });
    expect(refused.errors).toEqual(wrong.errors);
    expect(refused.data?.login).toBeNull();

    await admin.ok(setDisabled, { u: u.id, d: false });
    const back = await new TestClient(server.url).login(u.username, testPassword);
    expect(await me(back)).toEqual({ username: u.username });
  });

  it('is for admins only, not for oneself, and a missing account is not found', async () => {
    const u = await createTestUser(admin, 'MEMBER');
    const coord = await new TestClient(server.url).login('coordinator');
    expect(errorCode(await coord.gql(setDisabled, { u: u.id, d: true }))).toBe('FORBIDDEN');
    expect(await sessionsOf(u.id)).toBe(0);
    const adminId = (await admin.ok('{ me { id } }')).me.id;
    const self = await admin.gql(setDisabled, { u: adminId, d: true });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    expect(self.errors?.[0]?.extensions?.fields).toEqual([{ field: 'userId', message: 'You cannot disable your own account.' }]);
    expect(errorCode(await admin.gql(setDisabled, { u: 'usr_00000000-0000-4000-8000-000000000000', d: true }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.gql(setDisabled, { u: 'per_00000000-0000-4000-8000-000000000000', d: true }))).toBe('BAD_USER_INPUT');
  });

  it('shows account state to admins only', async () => {
    const u = await createTestUser(admin, 'MEMBER');
    await admin.ok(setDisabled, { u: u.id, d: true });
    const q = '{ users(first: 200) { nodes { id disabled totpEnabled } } }';
    const asAdmin = (await admin.ok(q)).users.nodes.find((n: { id: string }) => n.id === u.id);
    expect(asAdmin).toEqual({ id: u.id, disabled: true, totpEnabled: false });
    const coord = await new TestClient(server.url).login('coordinator');
    const asCoord = (await coord.ok(q)).users.nodes.find((n: { id: string }) => n.id === u.id);
    expect(asCoord).toEqual({ id: u.id, disabled: null, totpEnabled: null });
  });
});
