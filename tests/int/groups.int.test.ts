// Groups, memberships and group links against the real server and Neo4j. The file builds its own
// board (coordinator's team only), so `member` is a user who is not on it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  countMarked, createBoard, createGroup, createPerson, expectBadInput, expectCode, expectNoAudit, expectOneAudit, marker,
  missingId, node, rel, relCounts,
} from '../support/fixtures.js';

const GROUP = 'query($id: ID!) { group(id: $id) { id name description version area { id } } }';
const CREATE = 'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id name description version area { id name } } }';
const UPDATE = 'mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id name description version area { id } } }';
const ADD = 'mutation($input: AddMemberInput!) { addMember(input: $input) { id role validFrom validTo version person { id } group { id } } }';
const UPDATE_MEMBERSHIP = 'mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role version } }';
const END_MEMBERSHIP = 'mutation($input: EndMembershipInput!) { endMembership(input: $input) { id validFrom validTo version } }';
const MEMBERS = 'query($id: ID!, $asOf: Date) { group(id: $id) { members(asOf: $asOf) { id role person { id alias } } } }';
const LINK = 'mutation($input: CreateGroupLinkInput!) { createGroupLink(input: $input) { id type note validFrom validTo version source { id } target { id } } }';
const END_LINK = 'mutation($input: EndGroupLinkInput!) { endGroupLink(input: $input) { id validTo version } }';
const LINKS = 'query($id: ID!, $asOf: Date) { group(id: $id) { links(asOf: $asOf) { id type source { id } target { id } } } }';

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let manager: TestClient;
let boardId: string;
let otherBoardId: string;
let alice: string;
let bob: string;
let outsider: string;
let areaId: string;

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, manager] = await loginAll(server.url, 'coordinator', 'member', 'manager');
  boardId = await createBoard(coord);
  otherBoardId = await createBoard(coord);
  alice = await createPerson(coord, boardId, 'Alice Testdottir');
  bob = await createPerson(coord, boardId, 'Bob Testsson');
  // On a board of the coordinator's, but not on the board that has the groups below.
  outsider = await createPerson(coord, otherBoardId, 'Olle Utanför');
  areaId = (await coord.ok<{ areas: { id: string }[] }>('{ areas { id } }')).areas[0]!.id;
});

afterAll(async () => {
  await server?.stop();
});

describe('createGroup and group', () => {
  test('creates a group on the board, with its area; it reads back and nothing is logged', async () => {
    const name = marker('Gruppen vid torget');
    const created = await expectNoAudit(server.db, () =>
      coord.ok(CREATE, { input: { boardId, name, description: 'Hänger vid kiosken', areaId } }),
    );
    const g = created.createGroup;
    expect(g).toMatchObject({ name, description: 'Hänger vid kiosken', version: 1, area: { id: areaId } });
    expect(g.id).toMatch(/^grp_/);
    expect((await coord.ok(GROUP, { id: g.id })).group).toEqual({ id: g.id, name, description: 'Hänger vid kiosken', version: 1, area: { id: areaId } });
    const board = await coord.ok('query($id: ID!) { board(id: $id) { groups { id } } }', { id: boardId });
    expect(board.board.groups.map((x: { id: string }) => x.id)).toContain(g.id);
  });

  test('refuses invalid input per field, in the request language, and writes nothing', async () => {
    const description = marker('inte sparad');
    const r = await coord.gql(CREATE, { input: { boardId, name: '  ', description, areaId: 'are_nope' } });
    expectBadInput(r, { name: 'Required.', areaId: 'Not a valid id of the right kind.' });
    expect(r.data).toBeNull();

    const sv = new TestClient(server.url, 'sv');
    sv.cookie = coord.cookie;
    const rSv = await sv.gql(CREATE, { input: { boardId, name: 'x'.repeat(121), description } });
    expectBadInput(rSv, { name: 'Får vara högst 120 tecken.' });
    expect(rSv.errors![0]!.message).toBe('En del av det du angett är inte giltigt.');

    const rDa = await new TestClient(server.url, 'da').gql(CREATE, { input: { boardId, name: 'x' } });
    expectCode(rDa, 'UNAUTHENTICATED');
    expect(rDa.errors![0]!.message).toBe('Log ind først.');

    expect(await countMarked(server.db, description)).toBe(0);
  });

  test('an unknown area is refused on the field, and nothing is written', async () => {
    const name = marker('Utan område');
    const r = await coord.gql(CREATE, { input: { boardId, name, areaId: missingId('are') } });
    expectBadInput(r, { areaId: 'Refers to something that does not exist or that you cannot see.' });
    expect(await countMarked(server.db, name)).toBe(0);
  });

  test("on a board the user is not on, the answer is the same as for a missing board", async () => {
    const name = marker('Smygande');
    const denied = await member.gql(CREATE, { input: { boardId, name } });
    const missing = await member.gql(CREATE, { input: { boardId: missingId('brd'), name } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expect(denied.data).toEqual(missing.data);
    expect(await countMarked(server.db, name)).toBe(0);
  });

  test('a MANAGER may not create groups', async () => {
    const name = marker('Chefens grupp');
    const r = await manager.gql(CREATE, { input: { boardId, name } });
    expectCode(r, 'FORBIDDEN');
    expect(await countMarked(server.db, name)).toBe(0);
  });

  test('a group on no board of the reader answers exactly like a missing one', async () => {
    const g = await createGroup(coord, boardId);
    const denied = await member.gql(GROUP, { id: g.id });
    const missing = await member.gql(GROUP, { id: missingId('grp') });
    expect(denied).toMatchObject({ data: { group: null } });
    expect({ data: denied.data, errors: denied.errors }).toEqual({ data: missing.data, errors: missing.errors });
  });
});

describe('updateGroup', () => {
  test('updates with the current version, refuses a stale one and leaves the group as it was', async () => {
    const g = await createGroup(coord, boardId);
    const name = marker('Nytt namn');
    const r = await coord.ok(UPDATE, { input: { id: g.id, version: 1, name, areaId } });
    expect(r.updateGroup).toMatchObject({ id: g.id, name, version: 2, area: { id: areaId } });

    const stale = await coord.gql(UPDATE, { input: { id: g.id, version: 1, name: 'Gammal vy' } });
    expectCode(stale, 'STALE_VERSION');
    expect(await node(server.db, g.id)).toMatchObject({ name, version: 2 });

    // Clearing the area and the description.
    const cleared = await coord.ok(UPDATE, { input: { id: g.id, version: 2, areaId: null, description: null } });
    expect(cleared.updateGroup).toMatchObject({ version: 3, area: null, description: null });
  });

  test('refuses invalid input and a group the user cannot reach, writing nothing', async () => {
    const g = await createGroup(coord, boardId);
    const r = await coord.gql(UPDATE, { input: { id: g.id, version: 0, name: '' } });
    expectBadInput(r, { version: 'Must be at least 1.', name: 'Required.' });
    const unknownArea = await coord.gql(UPDATE, { input: { id: g.id, version: 1, areaId: missingId('are') } });
    expectBadInput(unknownArea, { areaId: 'Refers to something that does not exist or that you cannot see.' });

    const denied = await member.gql(UPDATE, { input: { id: g.id, version: 1, name: 'Kapad' } });
    const missing = await member.gql(UPDATE, { input: { id: missingId('grp'), version: 1, name: 'Kapad' } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expect(await node(server.db, g.id)).toMatchObject({ version: 1 });
  });
});

describe('memberships', () => {
  test('addMember is audited (one row, the person, no data) and reads back on the group and the person', async () => {
    const g = await createGroup(coord, boardId);
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(ADD, { input: { groupId: g.id, personId: alice, role: 'LEADER', validFrom: '2026-01-05' } }),
      { action: 'CREATE', purpose: 'Mutation.addMember', personIds: [alice], username: 'coordinator' },
      ['LEADER', 'Alice'],
    );
    const m = r.addMember;
    expect(m).toMatchObject({ role: 'LEADER', validFrom: '2026-01-05', validTo: null, version: 1, person: { id: alice }, group: { id: g.id } });
    expect(m.id).toMatch(/^mem_/);

    const members = await expectOneAudit(
      server.db,
      () => coord.ok(MEMBERS, { id: g.id }),
      { action: 'READ', purpose: 'Group.members', personIds: [alice] },
      ['Alice'],
    );
    expect(members.group.members).toEqual([{ id: m.id, role: 'LEADER', person: { id: alice, alias: 'Alice Testdottir' } }]);
    const person = await coord.ok('query($id: ID!) { person(id: $id) { memberships { id group { id } } } }', { id: alice });
    expect(person.person.memberships).toContainEqual({ id: m.id, group: { id: g.id } });
  });

  test('refuses a person who is not on a board with the group, and invalid ids, writing nothing', async () => {
    const g = await createGroup(coord, boardId);
    const before = await relCounts(server.db, outsider);
    const r = await expectNoAudit(server.db, () => coord.gql(ADD, { input: { groupId: g.id, personId: outsider, role: 'CORE' } }));
    expectBadInput(r, { personId: 'This person is not on the board.' });
    expect(await relCounts(server.db, outsider)).toEqual(before);

    const bad = await coord.gql(ADD, { input: { groupId: 'per_x', personId: g.id, role: 'CORE' } });
    expectBadInput(bad, { groupId: 'Not a valid id of the right kind.', personId: 'Not a valid id of the right kind.' });

    const da = new TestClient(server.url, 'da');
    da.cookie = coord.cookie;
    const rDa = await da.gql(ADD, { input: { groupId: g.id, personId: outsider, role: 'CORE' } });
    expectBadInput(rDa, { personId: 'Personen er ikke på tavlen.' });
    expect(rDa.errors![0]!.message).toBe('Noget af det indtastede er ikke gyldigt.');
  });

  test("another user's group is NOT_FOUND (like a missing one), and a MANAGER may not add members", async () => {
    const g = await createGroup(coord, boardId);
    const denied = await member.gql(ADD, { input: { groupId: g.id, personId: alice, role: 'CORE' } });
    const missing = await member.gql(ADD, { input: { groupId: missingId('grp'), personId: alice, role: 'CORE' } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expectCode(await manager.gql(ADD, { input: { groupId: g.id, personId: alice, role: 'CORE' } }), 'FORBIDDEN');
    expect((await relCounts(server.db, g.id)).MEMBER_OF).toBeUndefined();
  });

  test('updateMembership is versioned and audited; a stale version is refused and not logged', async () => {
    const g = await createGroup(coord, boardId);
    const m = (await coord.ok(ADD, { input: { groupId: g.id, personId: bob, role: 'PERIPHERAL' } })).addMember;
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(UPDATE_MEMBERSHIP, { input: { id: m.id, version: 1, role: 'CORE' } }),
      { action: 'UPDATE', purpose: 'Mutation.updateMembership', personIds: [bob] },
      ['CORE'],
    );
    expect(r.updateMembership).toEqual({ id: m.id, role: 'CORE', version: 2 });

    const stale = await expectNoAudit(server.db, () => coord.gql(UPDATE_MEMBERSHIP, { input: { id: m.id, version: 1, role: 'LEADER' } }));
    expectCode(stale, 'STALE_VERSION');
    expect(await rel(server.db, m.id)).toMatchObject({ role: 'CORE', version: 2 });

    const bad = await coord.gql(UPDATE_MEMBERSHIP, { input: { id: 'mem_1', version: 2, role: 'CORE' } });
    expectBadInput(bad, { id: 'Not a valid id of the right kind.' });

    const denied = await member.gql(UPDATE_MEMBERSHIP, { input: { id: m.id, version: 2, role: 'LEADER' } });
    const missing = await member.gql(UPDATE_MEMBERSHIP, { input: { id: missingId('mem'), version: 2, role: 'LEADER' } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expect(await rel(server.db, m.id)).toMatchObject({ role: 'CORE', version: 2 });
  });

  test('endMembership sets validTo and keeps the history; checks dates and versions', async () => {
    const g = await createGroup(coord, boardId);
    const m = (await coord.ok(ADD, { input: { groupId: g.id, personId: alice, role: 'CORE', validFrom: '2025-03-01' } })).addMember;

    const early = await coord.gql(END_MEMBERSHIP, { input: { id: m.id, version: 1, validTo: '2025-02-01' } });
    expectBadInput(early, { validTo: 'The end date must be after the start date.' });

    const r = await expectOneAudit(
      server.db,
      () => coord.ok(END_MEMBERSHIP, { input: { id: m.id, version: 1, validTo: '2025-09-01' } }),
      { action: 'UPDATE', purpose: 'Mutation.endMembership', personIds: [alice] },
    );
    expect(r.endMembership).toEqual({ id: m.id, validFrom: '2025-03-01', validTo: '2025-09-01', version: 2 });
    expect((await coord.ok(MEMBERS, { id: g.id })).group.members).toEqual([]);
    expect((await coord.ok(MEMBERS, { id: g.id, asOf: '2025-06-01' })).group.members.map((x: { id: string }) => x.id)).toEqual([m.id]);

    expectCode(await coord.gql(END_MEMBERSHIP, { input: { id: m.id, version: 1 } }), 'STALE_VERSION');
    expect(await rel(server.db, m.id)).toMatchObject({ validTo: '2025-09-01', version: 2 });
  });

  test('a reader not on the board sees neither the group nor its members, and nothing is logged', async () => {
    const g = await createGroup(coord, boardId);
    await coord.ok(ADD, { input: { groupId: g.id, personId: alice, role: 'CORE' } });
    const r = await expectNoAudit(server.db, () => member.gql(MEMBERS, { id: g.id }));
    expect(r).toMatchObject({ data: { group: null } });
  });

  test('members leaves out people the reader can no longer see, in the answer and in the audit row', async () => {
    const g = await createGroup(coord, boardId);
    const gone = await createPerson(coord, boardId, 'Gustav Borta');
    await coord.ok(ADD, { input: { groupId: g.id, personId: alice, role: 'CORE' } });
    await coord.ok(ADD, { input: { groupId: g.id, personId: gone, role: 'CORE' } });
    await coord.ok('mutation($b: ID!, $p: ID!) { removePersonFromBoard(boardId: $b, personId: $p) { id } }', { b: boardId, p: gone });
    const r = await expectOneAudit(server.db, () => coord.ok(MEMBERS, { id: g.id }), { action: 'READ', purpose: 'Group.members', personIds: [alice] });
    expect(r.group.members.map((m: { person: { id: string } }) => m.person.id)).toEqual([alice]);
  });
});

describe('group links', () => {
  test('createGroupLink links two groups on the board; endGroupLink ends it with history; no audit', async () => {
    const a = await createGroup(coord, boardId);
    const b = await createGroup(coord, boardId);
    const note = marker('bråk om planen');
    const created = await expectNoAudit(server.db, () =>
      coord.ok(LINK, { input: { boardId, sourceId: a.id, targetId: b.id, type: 'CONFLICT', note, validFrom: '2025-05-01' } }),
    );
    const l = created.createGroupLink;
    expect(l).toMatchObject({ type: 'CONFLICT', note, validFrom: '2025-05-01', validTo: null, version: 1, source: { id: a.id }, target: { id: b.id } });
    expect(l.id).toMatch(/^gl_/);
    expect((await coord.ok(LINKS, { id: b.id })).group.links).toEqual([{ id: l.id, type: 'CONFLICT', source: { id: a.id }, target: { id: b.id } }]);

    const ended = await coord.ok(END_LINK, { input: { id: l.id, version: 1, validTo: '2025-10-01' } });
    expect(ended.endGroupLink).toEqual({ id: l.id, validTo: '2025-10-01', version: 2 });
    expect((await coord.ok(LINKS, { id: a.id })).group.links).toEqual([]);
    expect((await coord.ok(LINKS, { id: a.id, asOf: '2025-06-01' })).group.links).toHaveLength(1);

    expectCode(await coord.gql(END_LINK, { input: { id: l.id, version: 1 } }), 'STALE_VERSION');
    const early = await coord.gql(END_LINK, { input: { id: l.id, version: 2, validTo: '2025-01-01' } });
    expectBadInput(early, { validTo: 'The end date must be after the start date.' });
    expect(await rel(server.db, l.id)).toMatchObject({ validTo: '2025-10-01', version: 2 });
  });

  test('refuses a link to itself, to a group not on the board, and bad types, writing nothing', async () => {
    const a = await createGroup(coord, boardId);
    const elsewhere = await createGroup(coord, otherBoardId);
    const note = marker('ska inte sparas');
    expectBadInput(await coord.gql(LINK, { input: { boardId, sourceId: a.id, targetId: a.id, type: 'ALLIANCE', note } }), {
      targetId: 'A link needs two different groups.',
    });
    expectBadInput(await coord.gql(LINK, { input: { boardId, sourceId: a.id, targetId: elsewhere.id, type: 'ALLIANCE', note } }), {
      targetId: 'This group is not on the board.',
    });
    const badEnum = await coord.gql(LINK, { input: { boardId, sourceId: a.id, targetId: elsewhere.id, type: 'WAR', note } });
    expectCode(badEnum, 'BAD_USER_INPUT');
    expect(await countMarked(server.db, note)).toBe(0);
  });

  test('denied and role-denied link writes look like missing / forbidden and write nothing', async () => {
    const a = await createGroup(coord, boardId);
    const b = await createGroup(coord, boardId);
    const note = marker('obehörig');
    const denied = await member.gql(LINK, { input: { boardId, sourceId: a.id, targetId: b.id, type: 'OVERLAP', note } });
    const missing = await member.gql(LINK, { input: { boardId: missingId('brd'), sourceId: a.id, targetId: b.id, type: 'OVERLAP', note } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expectCode(await manager.gql(LINK, { input: { boardId, sourceId: a.id, targetId: b.id, type: 'OVERLAP', note } }), 'FORBIDDEN');
    expect(await countMarked(server.db, note)).toBe(0);

    const l = (await coord.ok(LINK, { input: { boardId, sourceId: a.id, targetId: b.id, type: 'OVERLAP' } })).createGroupLink;
    const endDenied = await member.gql(END_LINK, { input: { id: l.id, version: 1 } });
    const endMissing = await member.gql(END_LINK, { input: { id: missingId('gl'), version: 1 } });
    expect(endDenied.errors).toEqual(endMissing.errors);
    expect(await rel(server.db, l.id)).toMatchObject({ version: 1 });
  });
});
