// The optional TOTP second factor: enrolment, login with a code, replay refused, secrets
// encrypted at rest, and required for chosen roles (TOTP_REQUIRED_ROLES).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { errorCode, node } from '../support/fixtures.js';
import { createTestUser, loginMutation, testPassword, totpLoginMutation, type TestUser } from '../support/users.js';
import { totpCode } from '../../server/src/auth/totp.js';

let server: TestServer;
let strict: TestServer;
let admin: TestClient;

const start = 'mutation { startTotpEnrolment { secret uri } }';
const confirm = 'mutation($c: String!) { confirmTotpEnrolment(code: $c) { id totpEnabled } }';
const disable = 'mutation($c: String!) { disableTotp(code: $c) { totpEnabled } }';
const me = async (c: TestClient) => (await c.ok<{ me: { username: string; totpEnabled: boolean | null } | null }>('{ me { username totpEnabled } }')).me;

/**
 * A current code that no earlier step of the test has used up. Codes are accepted one 30-second
 * step either side of now and never for a step already used, so a test that needs several in a
 * row makes the server forget the used step rather than wait.
 */
async function freshCode(db: TestServer, userId: string, secret: string): Promise<string> {
  await db.db.write((tx) => tx.rows('test/totp-forget-step', { userId }));
  return totpCode(secret);
}

async function enrol(c: TestClient): Promise<string> {
  const { startTotpEnrolment } = await c.ok<{ startTotpEnrolment: { secret: string; uri: string } }>(start);
  await c.ok(confirm, { c: await totpCode(startTotpEnrolment.secret) });
  return startTotpEnrolment.secret;
}

beforeAll(async () => {
  server = await startTestServer();
  strict = await startTestServer({ TOTP_REQUIRED_ROLES: 'ANALYST,ADMIN' });
  admin = await new TestClient(server.url).login('admin');
});
afterAll(async () => {
  await server.stop();
  await strict.stop();
});

describe('enrolling', () => {
  let u: TestUser;
  let secret: string;

  it('gives a secret to put in an app, and stores it only encrypted', async () => {
    u = await createTestUser(admin, 'MEMBER', 'totp');
    const c = await new TestClient(server.url).login(u.username, testPassword);
    const { startTotpEnrolment } = await c.ok(start);
    secret = startTotpEnrolment.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(startTotpEnrolment.uri).toBe(`otpauth://totp/Tavla:${u.username}?secret=${secret}&issuer=Tavla`);
    const stored = await node(server.db, u.id);
    expect(stored!.totpPendingSecret).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored!.totpSecret).toBeUndefined();
    expect(await me(c)).toEqual({ username: u.username, totpEnabled: false });
  });

  it('refuses a wrong code, then confirms with the app’s code: a new session, the others ended', async () => {
    const laptop = await new TestClient(server.url).login(u.username, testPassword);
    const phone = await new TestClient(server.url).login(u.username, testPassword);
    await phone.ok(start).then(async (d) => {
      secret = d.startTotpEnrolment.secret;
    });
    const wrong = await phone.gql(confirm, { c: '000000' === (await totpCode(secret)) ? '111111' : '000000' });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual([{ field: 'code', message: 'That code is not right. Use the current code from your authenticator app.' }]);
    const before = phone.cookie;
    const ok = await phone.ok(confirm, { c: await totpCode(secret) });
    expect(ok.confirmTotpEnrolment).toEqual({ id: u.id, totpEnabled: true });
    expect(phone.cookie).not.toBe(before);
    expect(await me(phone)).toEqual({ username: u.username, totpEnabled: true });
    expect(await me(laptop)).toBeNull();
    const stored = await node(server.db, u.id);
    expect(stored!.totpSecret).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('then a password alone is not enough: SECOND_FACTOR_REQUIRED and no session', async () => {
    const c = new TestClient(server.url);
    const r = await c.gql(loginMutation, { u: u.username, p: testPassword });
    expect(errorCode(r)).toBe('SECOND_FACTOR_REQUIRED');
    expect(r.errors?.[0]?.message).toBe('Enter the code from your authenticator app.');
    expect(c.cookie).toBeUndefined();
    // A wrong password still answers as a wrong password.
    const bad = await c.gql(loginMutation, { u: u.username, p: 'not-it' });
    expect(bad.errors?.[0]?.message).toBe('Wrong username or password.');
  });

  it('logs in with password and code; the same code is never accepted twice', async () => {
    const code = await freshCode(server, u.id, secret);
    const c = new TestClient(server.url);
    const r = await c.gql(totpLoginMutation, { u: u.username, p: testPassword, c: code });
    expect(r.data?.loginWithTotp).toEqual({ id: u.id, username: u.username });
    expect(await me(c)).toEqual({ username: u.username, totpEnabled: true });
    const replay = await new TestClient(server.url).gql(totpLoginMutation, { u: u.username, p: testPassword, c: code });
    expect(replay.errors?.[0]?.message).toBe('Wrong username or password.');
    expect(replay.data?.loginWithTotp).toBeNull();
  });

  it('refuses a wrong code or a wrong password the same way', async () => {
    const code = await freshCode(server, u.id, secret);
    const wrongCode = await new TestClient(server.url).gql(totpLoginMutation, { u: u.username, p: testPassword, c: code === '123456' ? '654321' : '123456' });
    const wrongPassword = await new TestClient(server.url).gql(totpLoginMutation, { u: u.username, p: 'not-it', c: code });
    const noTotp = await new TestClient(server.url).gql(totpLoginMutation, { u: 'member', p: 'tavla-demo', c: '123456' });
    expect(wrongCode.errors).toEqual(wrongPassword.errors);
    expect(noTotp.errors).toEqual(wrongPassword.errors);
    expect(wrongCode.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is turned off with a current code, after which a password is enough again', async () => {
    const c = new TestClient(server.url);
    await c.ok(totpLoginMutation, { u: u.username, p: testPassword, c: await freshCode(server, u.id, secret) });
    expect(errorCode(await c.gql(disable, { c: 'abcdef' }))).toBe('BAD_USER_INPUT');
    expect((await c.ok(disable, { c: await freshCode(server, u.id, secret) })).disableTotp).toEqual({ totpEnabled: false });
    await new TestClient(server.url).login(u.username, testPassword);
  });
});

describe('admin reset', () => {
  it('removes a lost second factor and ends the account’s sessions', async () => {
    const u = await createTestUser(admin, 'COORDINATOR', 'totpr');
    const c = await new TestClient(server.url).login(u.username, testPassword);
    await enrol(c);
    const reset = 'mutation($u: ID!) { resetUserTotp(userId: $u) { id totpEnabled } }';
    expect(errorCode(await c.gql(reset, { u: u.id }))).toBe('FORBIDDEN');
    expect((await admin.ok(reset, { u: u.id })).resetUserTotp).toEqual({ id: u.id, totpEnabled: false });
    expect(await me(c)).toBeNull();
    await new TestClient(server.url).login(u.username, testPassword);
  });
});

describe('required for chosen roles (TOTP_REQUIRED_ROLES=ANALYST,ADMIN)', () => {
  it('lets an analyst without a second factor do nothing but enrol one', async () => {
    const u = await createTestUser(admin, 'ANALYST', 'totpq');
    const c = await new TestClient(strict.url).login(u.username, testPassword);
    expect(await me(c)).toEqual({ username: u.username, totpEnabled: false });
    const r = await c.gql('{ boards { id } }');
    expect(errorCode(r)).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    expect(r.data?.boards ?? null).toBeNull();
    expect(errorCode(await c.gql('mutation { createBoard(input: { title: "Nej" }) { id } }'))).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    const secret = await enrol(c);
    expect((await c.ok('{ boards { id } }')).boards).toEqual([]);
    // Required: it cannot be turned off.
    const off = await c.gql(disable, { c: await freshCode(strict, u.id, secret) });
    expect(off.errors?.[0]?.extensions?.fields).toEqual([{ field: 'code', message: 'Your role needs a second factor, so it cannot be turned off.' }]);
    // From now on a login needs the code.
    expect(errorCode(await new TestClient(strict.url).gql(loginMutation, { u: u.username, p: testPassword }))).toBe('SECOND_FACTOR_REQUIRED');
    const again = new TestClient(strict.url);
    await again.ok(totpLoginMutation, { u: u.username, p: testPassword, c: await freshCode(strict, u.id, secret) });
    expect((await again.ok('{ boards { id } }')).boards).toEqual([]);
  });

  it('tells the user (and admins) whether their role requires it, so the client can ask them to enrol', async () => {
    const u = await createTestUser(admin, 'ANALYST', 'totpw');
    const c = await new TestClient(strict.url).login(u.username, testPassword);
    // `me` answers before enrolment: it is how the client learns it must ask for one.
    expect((await c.ok('{ me { totpRequired totpEnabled } }')).me).toEqual({ totpRequired: true, totpEnabled: false });
    const coordinator = await new TestClient(strict.url).login('coordinator');
    expect((await coordinator.ok('{ me { totpRequired } }')).me).toEqual({ totpRequired: false });
    // Another user's is an account-security field: null to a coordinator, known to an admin.
    const users = (await coordinator.ok('{ users(first: 200) { nodes { username totpRequired } } }')).users.nodes as { username: string; totpRequired: boolean | null }[];
    expect(users.length).toBeGreaterThan(1);
    for (const x of users) expect(x.totpRequired, x.username).toBe(x.username === 'coordinator' ? false : null);
    const listed = (await admin.ok('{ users(first: 200) { nodes { id role totpRequired } } }')).users.nodes as { id: string; role: string; totpRequired: boolean | null }[];
    // The admin here is on the server without required roles: nobody's is required there.
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((x) => x.totpRequired === false)).toBe(true);
  });

  it('leaves roles that do not need it alone', async () => {
    const c = await new TestClient(strict.url).login('coordinator');
    expect((await c.ok('{ boards { id } }')).boards.length).toBeGreaterThan(0);
  });

  it('holds for admins too', async () => {
    const c = await new TestClient(strict.url).login('admin');
    expect(errorCode(await c.gql('{ users { nodes { id } } }'))).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
  });
});
