// Board.changes: what began, ended or was edited on a board since a date (the weekly follow-up).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { auditSince, now } from '../support/audit.js';

let server: TestServer;
let coord: TestClient;
let boardId: string;

const changesQuery = `query($id: ID!, $since: Date!) { board(id: $id) { changes(since: $since) {
  since
  newTies { id strength source { id alias } target { id } }
  endedTies { id validTo }
  changedTies { tie { id strength valence } before { type strength valence directed } edits lastChangedAt }
  newMemberships { id role person { id } group { id } }
  endedMemberships { id role validTo }
  newGroupLinks { id type }
  endedGroupLinks { id }
} } }`;

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function person(alias: string): Promise<string> {
  return (await coord.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { boardId, kind: 'YOUNG_PERSON', alias } })).createPerson.id;
}

async function tie(sourceId: string, targetId: string, validFrom?: string): Promise<{ id: string; version: number }> {
  return (await coord.ok('mutation($input: CreateTieInput!) { createTie(input: $input) { id version } }', {
    input: { boardId, sourceId, targetId, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', ...(validFrom ? { validFrom } : {}) },
  })).createTie;
}

async function changes(since: string, client = coord) {
  return client.gql(changesQuery, { id: boardId, since });
}

beforeAll(async () => {
  server = await startTestServer();
  coord = await new TestClient(server.url).login('coordinator');
  boardId = (await coord.ok('mutation { createBoard(input: { title: "Changes test" }) { id } }')).createBoard.id;
});
afterAll(async () => {
  await server.stop();
});

describe('Board.changes', () => {
  let a: string, b: string, c: string;
  let old: { id: string; version: number };
  let fresh: { id: string; version: number };
  let ended: { id: string; version: number };
  let undone: { id: string; version: number };

  beforeAll(async () => {
    [a, b, c] = [await person('Ann'), await person('Bo'), await person('Cai')];
    old = await tie(a, b, daysAgo(60));
    ended = await tie(b, c, daysAgo(40));
    fresh = await tie(a, c);
    undone = await tie(c, a);
    await coord.ok('mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }', { input: { id: old.id, version: 1, strength: 5, valence: 'HARMFUL' } });
    await coord.ok('mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }', { input: { id: old.id, version: 2, strength: 4 } });
    await coord.ok('mutation($input: EndTieInput!) { endTie(input: $input) { id } }', { input: { id: ended.id, version: 1 } });
    // Created and ended the same day, as an undo does: it was never on the board.
    await coord.ok('mutation($input: EndTieInput!) { endTie(input: $input) { id } }', { input: { id: undone.id, version: 1 } });
  });

  it('lists new, ended and changed ties since a date, with the values the tie had then', async () => {
    const r = await changes(daysAgo(7));
    expect(r.errors).toBeUndefined();
    const ch = r.data!.board.changes;
    expect(ch.since).toBe(daysAgo(7));
    expect(ch.newTies.map((t: { id: string }) => t.id)).toEqual([fresh.id]);
    expect(ch.newTies[0].source).toEqual({ id: a, alias: 'Ann' });
    expect(ch.endedTies).toEqual([{ id: ended.id, validTo: today }]);
    expect(ch.changedTies).toHaveLength(1);
    expect(ch.changedTies[0]).toMatchObject({
      tie: { id: old.id, strength: 4, valence: 'HARMFUL' },
      before: { type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false },
      edits: 2,
    });
    expect(Date.parse(ch.changedTies[0].lastChangedAt)).toBeGreaterThan(Date.now() - 600_000);
  });

  it('leaves out what happened before the date, and ties never in force', async () => {
    const ch = (await changes(daysAgo(7))).data!.board.changes;
    const ids = [...ch.newTies, ...ch.endedTies].map((t: { id: string }) => t.id);
    expect(ids).not.toContain(undone.id);
    expect(ids).not.toContain(old.id);
    const tomorrow = (await changes(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10))).data!.board.changes;
    expect([...tomorrow.newTies, ...tomorrow.endedTies, ...tomorrow.changedTies]).toEqual([]);
  });

  it('lists new and ended memberships and group links', async () => {
    const g1 = (await coord.ok('mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }', { input: { boardId, name: 'Gruppe A' } })).createGroup.id;
    const g2 = (await coord.ok('mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }', { input: { boardId, name: 'Gruppe B' } })).createGroup.id;
    const m1 = (await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id version } }', { input: { groupId: g1, personId: a, role: 'LEADER', validFrom: daysAgo(30) } })).addMember;
    const m2 = (await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input: { groupId: g1, personId: b, role: 'CORE' } })).addMember;
    await coord.ok('mutation($input: EndMembershipInput!) { endMembership(input: $input) { id } }', { input: { id: m1.id, version: m1.version } });
    const link = (await coord.ok('mutation($input: CreateGroupLinkInput!) { createGroupLink(input: $input) { id } }', { input: { boardId, sourceId: g1, targetId: g2, type: 'CONFLICT' } })).createGroupLink;
    const ch = (await changes(daysAgo(7))).data!.board.changes;
    expect(ch.newMemberships).toEqual([{ id: m2.id, role: 'CORE', person: { id: b }, group: { id: g1 } }]);
    expect(ch.endedMemberships).toEqual([{ id: m1.id, role: 'LEADER', validTo: today }]);
    expect(ch.newGroupLinks).toEqual([{ id: link.id, type: 'CONFLICT' }]);
    expect(ch.endedGroupLinks).toEqual([]);
  });

  it('is one audited read naming the people whose ties and memberships it shows', async () => {
    const since = await now(server);
    await changes(daysAgo(7));
    const rows = (await auditSince(server, since)).filter((r) => r.personIds.length > 0);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'READ', purpose: 'Board.changes', username: 'coordinator' });
    expect(rows[0]!.personIds).toEqual([a, b, c].sort());
  });

  it('refuses a date that does not exist', async () => {
    const r = await changes('2026-13-40');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.data?.board ?? null).toBeNull();
  });

  it('shows nothing to a user who is not on the board team', async () => {
    const other = await new TestClient(server.url).login('member');
    const r = await changes(daysAgo(7), other);
    expect(r.data?.board ?? null).toBeNull();
  });

  it('tells the demo case\'s story: Emil–Kevin ended, Oliver moved into the core', async () => {
    const boards = (await coord.ok('{ boards { id title } }')).boards as { id: string; title: string }[];
    const demo = boards.find((x) => x.title.startsWith('Solbakken'))!;
    const q = `query($id: ID!, $since: Date!) { board(id: $id) { changes(since: $since) {
      endedTies { source { alias } target { alias } }
      newMemberships { role person { alias } }
      endedMemberships { role person { alias } }
    } } }`;
    const ch = (await coord.ok(q, { id: demo.id, since: daysAgo(30) })).board.changes;
    expect(ch.endedTies).toContainEqual({ source: { alias: 'Emil' }, target: { alias: 'Kev' } });
    expect(ch.newMemberships).toContainEqual({ role: 'CORE', person: { alias: 'Olle' } });
    expect(ch.endedMemberships).toContainEqual({ role: 'PERIPHERAL', person: { alias: 'Olle' } });
  });
});

describe('Board.changes up to a date (a past meeting)', () => {
  let board: string;
  let p: string[];
  let early: string, mid: string, fresh: string, edited: string, endedMid: string;
  let midMembership: string;

  const untilQuery = `query($id: ID!, $since: Date!, $until: Date) { board(id: $id) { changes(since: $since, until: $until) {
    since until
    newTies { id strength }
    endedTies { id validTo }
    changedTies { tie { id strength valence } before { strength valence } edits lastChangedAt }
    newMemberships { id }
    endedMemberships { id }
  } } }`;
  const ids = (l: { id: string }[]) => l.map((x) => x.id).sort();

  beforeAll(async () => {
    board = (await coord.ok('mutation { createBoard(input: { title: "Changes up to a date" }) { id } }')).createBoard.id;
    p = [];
    for (const alias of ['Ada', 'Ben', 'Cia', 'Dan']) {
      p.push((await coord.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { boardId: board, kind: 'YOUNG_PERSON', alias } })).createPerson.id);
    }
    const mk = async (s: number, t: number, validFrom?: string, strength = 2) =>
      (await coord.ok('mutation($input: CreateTieInput!) { createTie(input: $input) { id version } }', {
        input: { boardId: board, sourceId: p[s], targetId: p[t], type: 'FRIEND', strength, valence: 'SUPPORTIVE', ...(validFrom ? { validFrom } : {}) },
      })).createTie;
    early = (await mk(0, 1, daysAgo(30))).id;
    mid = (await mk(1, 2, daysAgo(5))).id;
    fresh = (await mk(2, 3)).id;
    const e = await mk(0, 3, daysAgo(30));
    endedMid = e.id;
    await coord.ok('mutation($input: EndTieInput!) { endTie(input: $input) { id } }', { input: { id: e.id, version: e.version, validTo: daysAgo(4) } });
    // Edited twice: once (moved back) five days ago, 2 → 4 and harmful; once today, 4 → 5.
    const x = await mk(1, 3, daysAgo(30));
    edited = x.id;
    await coord.ok('mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }', { input: { id: x.id, version: 1, strength: 4, valence: 'HARMFUL' } });
    await server.db.write((tx) => tx.rows('test/revision-backdate', { id: x.id, at: `${daysAgo(5)}T10:00:00Z` }));
    await coord.ok('mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }', { input: { id: x.id, version: 2, strength: 5 } });
    const g = (await coord.ok('mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }', { input: { boardId: board, name: 'Gruppen' } })).createGroup.id;
    midMembership = (await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input: { groupId: g, personId: p[0], role: 'CORE', validFrom: daysAgo(6) } })).addMember.id;
    await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input: { groupId: g, personId: p[1], role: 'CORE' } });
  });

  it('counts only what happened from since to until, with ties as they were on until', async () => {
    const ch = (await coord.ok(untilQuery, { id: board, since: daysAgo(7), until: daysAgo(3) })).board.changes;
    expect(ch.since).toBe(daysAgo(7));
    expect(ch.until).toBe(daysAgo(3));
    expect(ids(ch.newTies)).toEqual([mid]);
    expect(ch.endedTies).toEqual([{ id: endedMid, validTo: daysAgo(4) }]);
    // One edit in the window; on until the tie was 4 and harmful (today's 5 came after).
    expect(ch.changedTies).toHaveLength(1);
    expect(ch.changedTies[0]).toMatchObject({
      tie: { id: edited, strength: 4, valence: 'HARMFUL' },
      before: { strength: 2, valence: 'SUPPORTIVE' },
      edits: 1,
    });
    expect(Date.parse(ch.changedTies[0].lastChangedAt)).toBe(Date.parse(`${daysAgo(5)}T10:00:00Z`));
    expect(ids(ch.newMemberships)).toEqual([midMembership]);
    expect(ch.endedMemberships).toEqual([]);
    expect([early, fresh].some((id) => JSON.stringify(ch).includes(id))).toBe(false);
  });

  it('without until counts up to today, with today’s values', async () => {
    const ch = (await coord.ok(untilQuery, { id: board, since: daysAgo(7) })).board.changes;
    expect(ch.until).toBe(today);
    expect(ids(ch.newTies)).toEqual([mid, fresh].sort());
    expect(ch.changedTies).toHaveLength(1);
    expect(ch.changedTies[0]).toMatchObject({ tie: { id: edited, strength: 5, valence: 'HARMFUL' }, before: { strength: 2, valence: 'SUPPORTIVE' }, edits: 2 });
    expect(ch.newMemberships).toHaveLength(2);
  });

  it('takes since and until as one day', async () => {
    const ch = (await coord.ok(untilQuery, { id: board, since: daysAgo(5), until: daysAgo(5) })).board.changes;
    expect(ids(ch.newTies)).toEqual([mid]);
    expect(ch.changedTies.map((c: { tie: { id: string } }) => c.tie.id)).toEqual([edited]);
    expect(ch.endedTies).toEqual([]);
  });

  it('refuses an until before since, in the request’s language', async () => {
    const r = await coord.gql(untilQuery, { id: board, since: daysAgo(3), until: daysAgo(7) });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([{ field: 'until', message: 'The last day cannot be before the first.' }]);
    const bad = await coord.gql(untilQuery, { id: board, since: daysAgo(3), until: '2026-02-30' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
