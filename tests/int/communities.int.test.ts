// Communities and participations against the real server and Neo4j, on this file's own board
// (coordinator's team only: `member` is not on it).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  countMarked, createBoard, createPerson, expectBadInput, expectCode, expectNoAudit, expectOneAudit, marker, missingId, rel,
  relCounts,
} from '../support/fixtures.js';

const LIST = '{ communities { id name kind version area { id } } }';
const CREATE = 'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id name kind version area { id } } }';
const ADD = 'mutation($input: AddParticipationInput!) { addParticipation(input: $input) { id strength validFrom validTo version person { id } community { id name } } }';
const UPDATE = 'mutation($input: UpdateParticipationInput!) { updateParticipation(input: $input) { id strength version } }';
const END = 'mutation($input: EndParticipationInput!) { endParticipation(input: $input) { id validFrom validTo version } }';
const PERSON = 'query($id: ID!, $asOf: Date) { person(id: $id) { participations(asOf: $asOf) { id strength community { id } } } }';

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let manager: TestClient;
let admin: TestClient;
let boardId: string;
let person: string;
let communityId: string;

async function newCommunity(name = marker('Boxningsklubben')): Promise<string> {
  return (await coord.ok(CREATE, { input: { name, kind: 'SPORT' } })).createCommunity.id;
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, manager, admin] = await loginAll(server.url, 'coordinator', 'member', 'manager', 'admin');
  boardId = await createBoard(coord);
  person = await createPerson(coord, boardId, 'Sami Testsen');
  communityId = await newCommunity();
});

afterAll(async () => {
  await server?.stop();
});

describe('createCommunity and communities', () => {
  test('creates a community (with area) that every reading role lists; not audited', async () => {
    const areaId = (await coord.ok<{ areas: { id: string }[] }>('{ areas { id } }')).areas[0]!.id;
    const name = marker('Skateföreningen');
    const c = (await expectNoAudit(server.db, () => admin.ok(CREATE, { input: { name, kind: 'ASSOCIATION', areaId } }))).createCommunity;
    expect(c).toMatchObject({ name, kind: 'ASSOCIATION', version: 1, area: { id: areaId } });
    expect(c.id).toMatch(/^com_/);
    for (const client of [coord, manager]) {
      expect((await client.ok(LIST)).communities).toContainEqual({ id: c.id, name, kind: 'ASSOCIATION', version: 1, area: { id: areaId } });
    }
  });

  test('refuses invalid input per field (also in Danish) and an unknown area, writing nothing', async () => {
    const name = marker('Ugyldig klub');
    expectBadInput(await coord.gql(CREATE, { input: { name: '', kind: 'CLUB', areaId: 'grp_1' } }), {
      name: 'Required.',
      areaId: 'Not a valid id of the right kind.',
    });
    expectBadInput(await coord.gql(CREATE, { input: { name, kind: 'CLUB', areaId: missingId('are') } }), {
      areaId: 'Refers to something that does not exist or that you cannot see.',
    });
    const da = new TestClient(server.url, 'da');
    da.cookie = coord.cookie;
    const r = await da.gql(CREATE, { input: { name: 'x'.repeat(121), kind: 'CLUB' } });
    expectBadInput(r, { name: 'Må højst være 120 tegn.' });
    expect(await countMarked(server.db, name)).toBe(0);
  });

  test('a MANAGER may not create communities', async () => {
    const name = marker('Chefklubben');
    expectCode(await manager.gql(CREATE, { input: { name, kind: 'CLUB' } }), 'FORBIDDEN');
    expect(await countMarked(server.db, name)).toBe(0);
  });
});

describe('participations', () => {
  test('addParticipation is audited (one row, the person, no data) and reads back on the person', async () => {
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(ADD, { input: { personId: person, communityId, strength: 4, validFrom: '2026-02-01' } }),
      { action: 'CREATE', purpose: 'Mutation.addParticipation', personIds: [person], username: 'coordinator' },
      ['Sami', 'Boxningsklubben'],
    );
    const p = r.addParticipation;
    expect(p).toMatchObject({ strength: 4, validFrom: '2026-02-01', validTo: null, version: 1, person: { id: person }, community: { id: communityId } });
    expect(p.id).toMatch(/^par_/);
    expect((await coord.ok(PERSON, { id: person })).person.participations).toContainEqual({ id: p.id, strength: 4, community: { id: communityId } });
  });

  test('refuses bad strength, unknown or unreachable person and community, writing nothing', async () => {
    const before = await relCounts(server.db, person);
    expectBadInput(await coord.gql(ADD, { input: { personId: person, communityId, strength: 6 } }), { strength: 'Must be at most 5.' });
    expectBadInput(await coord.gql(ADD, { input: { personId: person, communityId: missingId('com'), strength: 2 } }), {
      communityId: 'Refers to something that does not exist or that you cannot see.',
    });
    // The member is on no board with this person: refused like an unknown id, and not logged.
    const denied = await expectNoAudit(server.db, () => member.gql(ADD, { input: { personId: person, communityId, strength: 2 } }));
    const missing = await member.gql(ADD, { input: { personId: missingId('per'), communityId, strength: 2 } });
    expectBadInput(denied, { personId: 'Refers to something that does not exist or that you cannot see.' });
    expect(denied.errors).toEqual(missing.errors);
    expect(await relCounts(server.db, person)).toEqual(before);
  });

  test('a MANAGER may not add participations', async () => {
    const before = await relCounts(server.db, person);
    expectCode(await manager.gql(ADD, { input: { personId: person, communityId, strength: 2 } }), 'FORBIDDEN');
    expect(await relCounts(server.db, person)).toEqual(before);
  });

  test('updateParticipation is versioned and audited; stale, invalid and unreachable edits change nothing', async () => {
    const p = (await coord.ok(ADD, { input: { personId: person, communityId: await newCommunity(), strength: 1 } })).addParticipation;
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(UPDATE, { input: { id: p.id, version: 1, strength: 3 } }),
      { action: 'UPDATE', purpose: 'Mutation.updateParticipation', personIds: [person] },
    );
    expect(r.updateParticipation).toEqual({ id: p.id, strength: 3, version: 2 });

    expectCode(await expectNoAudit(server.db, () => coord.gql(UPDATE, { input: { id: p.id, version: 1, strength: 5 } })), 'STALE_VERSION');
    expectBadInput(await coord.gql(UPDATE, { input: { id: p.id, version: 2, strength: 0 } }), { strength: 'Must be at least 1.' });
    const denied = await member.gql(UPDATE, { input: { id: p.id, version: 2, strength: 5 } });
    const missing = await member.gql(UPDATE, { input: { id: missingId('par'), version: 2, strength: 5 } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expect(await rel(server.db, p.id)).toMatchObject({ strength: 3, version: 2 });
  });

  test('endParticipation sets validTo and keeps history; checks dates and versions (Swedish messages)', async () => {
    const p = (await coord.ok(ADD, { input: { personId: person, communityId: await newCommunity(), strength: 2, validFrom: '2025-01-10' } })).addParticipation;
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = coord.cookie;
    expectBadInput(await sv.gql(END, { input: { id: p.id, version: 1, validTo: '2024-12-31' } }), { validTo: 'Slutdatum måste vara efter startdatum.' });
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(END, { input: { id: p.id, version: 1, validTo: '2025-06-30' } }),
      { action: 'UPDATE', purpose: 'Mutation.endParticipation', personIds: [person] },
    );
    expect(r.endParticipation).toEqual({ id: p.id, validFrom: '2025-01-10', validTo: '2025-06-30', version: 2 });
    const now = (await coord.ok(PERSON, { id: person })).person.participations.map((x: { id: string }) => x.id);
    const then = (await coord.ok(PERSON, { id: person, asOf: '2025-03-01' })).person.participations.map((x: { id: string }) => x.id);
    expect(now).not.toContain(p.id);
    expect(then).toContain(p.id);
    const stale = await sv.gql(END, { input: { id: p.id, version: 1 } });
    expectCode(stale, 'STALE_VERSION');
    expect(stale.errors![0]!.message).toMatch(/^Någon annan hann ändra detta först/);
    expect(await rel(server.db, p.id)).toMatchObject({ validTo: '2025-06-30', version: 2 });
  });
});
