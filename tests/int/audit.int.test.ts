// The access log (Query.auditEvents, AUDITOR only; the reviews are in audit-review.int.test.ts) against the real server and Neo4j: filtering by
// person, newest first, cursor paging that survives several events in one millisecond.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { createBoard, createPerson, expectBadInput, expectCode, missingId } from '../support/fixtures.js';

const EVENTS = `query($personId: ID, $first: Int, $after: String) {
  auditEvents(personId: $personId, first: $first, after: $after) {
    nodes { id at username role agencyId action purpose personIds }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Page = { nodes: { id: string; at: string; username: string; role: string | null; agencyId: string | null; action: string; purpose: string; personIds: string[] }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

let server: TestServer;
let coord: TestClient;
let auditor: TestClient;
let person: string;

async function allPages(personId: string, first: number): Promise<Page['nodes']> {
  const out: Page['nodes'] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page = (await auditor.ok<{ auditEvents: Page }>(EVENTS, { personId, first, after })).auditEvents;
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, auditor] = await loginAll(server.url, 'coordinator', 'auditor');
  const boardId = await createBoard(coord);
  person = await createPerson(coord, boardId, 'Vera Testgren');
});

afterAll(async () => {
  await server?.stop();
});

describe('auditEvents', () => {
  test("lists who accessed a person's data, newest first, without the data", async () => {
    await coord.ok('query($id: ID!) { person(id: $id) { alias } }', { id: person });
    await coord.ok('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }', { input: { id: person, version: 1, alias: 'Vera T.' } });
    const page = (await auditor.ok<{ auditEvents: Page }>(EVENTS, { personId: person })).auditEvents;
    expect(page.nodes.map((n) => `${n.action} ${n.purpose}`)).toEqual(['UPDATE Mutation.updatePerson', 'READ Query.person', 'CREATE Mutation.createPerson']);
    for (const n of page.nodes) {
      expect(n).toMatchObject({ username: 'coordinator', role: 'COORDINATOR', personIds: [person] });
      expect(n.agencyId).toMatch(/^agy_/);
    }
    expect(JSON.stringify(page)).not.toContain('Vera');
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  test('pages with a cursor, also through events that share one millisecond', async () => {
    const own = missingId('per');
    // Five events in one millisecond (different nanoseconds and one exact tie) and one earlier.
    const rows = [
      ['2020-01-01T10:00:00.123000001Z', 'a'], ['2020-01-01T10:00:00.123000002Z', 'b'], ['2020-01-01T10:00:00.123000002Z', 'c'],
      ['2020-01-01T10:00:00.123999999Z', 'd'], ['2020-01-01T10:00:00.123500000Z', 'e'], ['2020-01-01T09:00:00Z', 'f'],
    ].map(([at, tag]) => ({
      id: `aud_${randomUUID().slice(0, 35)}${tag}`, at, userId: 'usr_test', username: 'coordinator', role: 'COORDINATOR',
      action: 'READ', purpose: `test ${tag}`, personIds: [own],
    }));
    await server.db.write((tx) => tx.rows('test/audit-insert', { rows }));
    // Every auditEvents call is itself logged (READ_AUDIT, naming the person asked about): those
    // rows are newer than the ones under test, and left out here.
    const inserted = (list: Page['nodes']) => list.filter((n) => n.action !== 'READ_AUDIT');
    const all = inserted(await allPages(own, 50));
    expect(all.map((n) => n.purpose)).toEqual(['test d', 'test e', ...(rows[1]!.id > rows[2]!.id ? ['test b', 'test c'] : ['test c', 'test b']), 'test a', 'test f']);
    for (const first of [1, 2, 4]) {
      expect(inserted(await allPages(own, first)).map((n) => n.id)).toEqual(all.map((n) => n.id));
    }
  });

  test('includes failed logins under unknown usernames (no role), and filters nothing without personId', async () => {
    const stranger = new TestClient(server.url);
    const r = await stranger.gql('mutation { login(username: "ingen-sadan", password: "fel-losenord-123") { id } }');
    expectCode(r, 'UNAUTHENTICATED');
    const page = (await auditor.ok<{ auditEvents: Page }>(EVENTS, { first: 5 })).auditEvents;
    expect(page.nodes).toContainEqual(expect.objectContaining({ action: 'LOGIN_FAILED', role: null, personIds: [], purpose: 'auth' }));
    expect(page.nodes).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  test('refuses bad ids and cursors per field, and every role but AUDITOR', async () => {
    expectBadInput(await auditor.gql(EVENTS, { personId: 'grp_1', after: 'bm90LWEtY3Vyc29y' }), {
      personId: 'Not a valid id of the right kind.',
      after: 'Not valid.',
    });
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = auditor.cookie;
    expectBadInput(await sv.gql(EVENTS, { after: '!!' }), { after: 'Ogiltigt.' });
    for (const username of ['coordinator', 'member', 'analyst', 'manager', 'admin', 'reporter']) {
      const client = await new TestClient(server.url).login(username);
      expectCode(await client.gql(EVENTS, { personId: person }), 'FORBIDDEN');
    }
  });
});
