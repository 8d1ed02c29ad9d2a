// The names outside checks rely on (issue #2's contract): keep these queries working verbatim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { seedId } from '../../seed/ids.js';
import { MAIN_BOARD } from '../../seed/demo/boards.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const boardQuery = `query($id: ID!) { board(id: $id) { id title people { id alias kind } groups { id name }
  ties { id source { id } target { id } type strength } } }`;

describe('contract', () => {
  it('GET /healthz answers 200 when ready', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
  });

  it('login sets an httpOnly SameSite=Strict cookie; me answers; logout ends the session', async () => {
    const c = new TestClient(server.url);
    const login = await c.gql('mutation { login(username: "coordinator", password: "tavla-demo") { username role } }');
    expect(login.data?.login).toEqual({ username: 'coordinator', role: 'COORDINATOR' });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/tavla_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await c.ok('{ me { username role } }')).me).toEqual({ username: 'coordinator', role: 'COORDINATOR' });
    const oldCookie = c.cookie;
    expect((await c.ok('mutation { logout }')).logout).toBe(true);
    // The old token is dead in the database, not just cleared in the browser.
    c.cookie = oldCookie;
    expect((await c.ok('{ me { username } }')).me).toBeNull();
  });

  it('every demo user logs in with the demo password', async () => {
    for (const [username, role] of [['coordinator', 'COORDINATOR'], ['member', 'MEMBER'], ['analyst', 'ANALYST'], ['manager', 'MANAGER'], ['admin', 'ADMIN']]) {
      const c = await new TestClient(server.url).login(username!);
      expect((await c.ok('{ me { username role } }')).me).toEqual({ username, role });
    }
  });

  it('me names the user’s agency, none for a user of no agency', async () => {
    const coord = await new TestClient(server.url).login('coordinator');
    expect((await coord.ok('{ me { agency { id name } } }')).me.agency).toEqual({ id: seedId('agency', 'social'), name: 'Børn og Familie, Bøgely Kommune' });
    const reporter = await new TestClient(server.url).login('reporter');
    expect((await reporter.ok('{ me { agency { id } } }')).me.agency).toBeNull();
  });

  it('a wrong password and an unknown user get the same answer', async () => {
    const c = new TestClient(server.url);
    const a = await c.gql('mutation { login(username: "coordinator", password: "wrong-password") { id } }');
    const b = await c.gql('mutation { login(username: "nobody-here", password: "wrong-password") { id } }');
    expect(a.errors?.[0]?.message).toBe('Wrong username or password.');
    expect(b.errors?.[0]).toEqual(a.errors?.[0]);
    expect(c.cookie).toBeUndefined();
  });

  it('boards lists the demo board and board returns people, groups and ties', async () => {
    const c = await new TestClient(server.url).login('coordinator');
    const { boards } = await c.ok<{ boards: { id: string; title: string }[] }>('{ boards { id title } }');
    expect(boards.length).toBeGreaterThanOrEqual(1);
    // The demo's main board by its seeded id: other test files add boards to the coordinator's
    // list (shared database), so "the first board" is not necessarily the demo's.
    const mainId = seedId('board', MAIN_BOARD);
    const { board } = await c.ok(boardQuery, { id: mainId });
    expect(board.id).toBe(mainId);
    expect(board.people.length).toBeGreaterThanOrEqual(9);
    expect(board.groups.length).toBeGreaterThanOrEqual(1);
    expect(board.ties.length).toBeGreaterThan(10);
    const ids = new Set(board.people.map((p: { id: string }) => p.id));
    for (const t of board.ties) {
      expect(ids.has(t.source.id) && ids.has(t.target.id)).toBe(true);
      expect(t.strength).toBeGreaterThanOrEqual(1);
      expect(t.strength).toBeLessThanOrEqual(5);
    }
    expect(new Set(board.people.map((p: { kind: string }) => p.kind))).toEqual(new Set(['YOUNG_PERSON', 'INFLUENTIAL_FIGURE']));
  });

  it('createBoard returns an id and the creator is on its team', async () => {
    const c = await new TestClient(server.url).login('member');
    const { createBoard } = await c.ok('mutation { createBoard(input: { title: "Contract board" }) { id } }');
    expect(createBoard.id).toMatch(/^brd_/);
    const { boards } = await c.ok<{ boards: { id: string; title: string }[] }>('{ boards(first: 200) { id title } }');
    expect(boards).toContainEqual({ id: createBoard.id, title: 'Contract board' });
    const { board } = await c.ok('query($id: ID!) { board(id: $id) { team { username } } }', { id: createBoard.id });
    expect(board.team).toEqual([{ username: 'member' }]);
  });

  it('without a session, personal data is refused', async () => {
    const c = new TestClient(server.url);
    const r = await c.gql('{ boards { id } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data?.boards ?? null).toBeNull();
  });
});
