// The factor catalogue (ADMIN) and factor assessments of young people (case teams), against the
// real server and Neo4j. This file's board has the coordinator's team only: `member` is not on it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  countMarked, createBoard, createPerson, expectBadInput, expectCode, expectNoAudit, expectOneAudit, marker, missingId, node,
  relCounts,
} from '../support/fixtures.js';

const FACTORS = 'query($all: Boolean) { factors(includeRetired: $all) { id key kind domain name description retired version } }';
const CREATE = 'mutation($input: CreateFactorInput!) { createFactor(input: $input) { id key kind domain name nameSv nameDa nameEn description retired version } }';
const RETIRE = 'mutation($id: ID!, $version: Int!) { retireFactor(id: $id, version: $version) { id retired version } }';
const ASSESS = 'mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id level assessedOn legalBasis note person { id } factor { id key } sourceAgency { id } } }';

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let manager: TestClient;
let admin: TestClient;
let boardId: string;
let person: string;
let agencyId: string;

function factorInput(over: Record<string, unknown> = {}) {
  const key = `protective.test.f_${randomUUID().slice(0, 8).replace(/-/g, '')}`;
  return { key, kind: 'PROTECTIVE', domain: 'COMMUNITY', nameSv: 'Förening', nameDa: 'Forening', nameEn: 'Association', descriptionSv: 'Är med i en förening.', descriptionEn: 'Takes part in an association.', ...over };
}

async function newFactor(): Promise<{ id: string; key: string }> {
  return (await admin.ok(CREATE, { input: factorInput() })).createFactor;
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, manager, admin] = await loginAll(server.url, 'coordinator', 'member', 'manager', 'admin');
  boardId = await createBoard(coord);
  person = await createPerson(coord, boardId, 'Liv Testholm');
  // The coordinator's own agency (demo: social services): an assessment's note is that agency's
  // internal note, so only its own users may write and read it (assessments/notes.ts).
  agencyId = (await coord.ok<{ agencies: { id: string; name: string }[] }>('{ agencies { id name } }')).agencies.find((a) => a.name.startsWith('Børn og Familie'))!.id;
});

afterAll(async () => {
  await server?.stop();
});

describe('the factor catalogue', () => {
  test('lists the seeded catalogue with names in the request language', async () => {
    const en = (await coord.ok(FACTORS)).factors;
    expect(en.length).toBeGreaterThan(10);
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = coord.cookie;
    const da = new TestClient(server.url, 'da');
    da.cookie = coord.cookie;
    const one = en.find((f: { key: string }) => f.key === 'risk.individual.substance_use');
    expect(one.name).toBe('Early alcohol and drug use');
    expect((await sv.ok(FACTORS)).factors.find((f: { id: string }) => f.id === one.id).name).toBe('Tidig alkohol- och narkotikaanvändning');
    expect((await da.ok(FACTORS)).factors.find((f: { id: string }) => f.id === one.id).name).toBe('Tidligt brug af alkohol og stoffer');
  });

  test('createFactor (ADMIN) adds a factor; descriptions fall back to English', async () => {
    const input = factorInput();
    const f = (await expectNoAudit(server.db, () => admin.ok(CREATE, { input }))).createFactor;
    expect(f).toMatchObject({ key: input.key, kind: 'PROTECTIVE', domain: 'COMMUNITY', name: 'Association', description: 'Takes part in an association.', retired: false, version: 1 });
    expect(f.id).toMatch(/^fac_/);
    const da = new TestClient(server.url, 'da');
    da.cookie = coord.cookie;
    const seen = (await da.ok(FACTORS)).factors.find((x: { id: string }) => x.id === f.id);
    expect(seen).toMatchObject({ name: 'Forening', description: 'Takes part in an association.' });
  });

  test('refuses invalid input per field, a taken key and non-admin roles, writing nothing', async () => {
    const bad = await admin.gql(CREATE, { input: factorInput({ key: 'Has Spaces', nameSv: '', kind: 'RISK' }) });
    expectBadInput(bad, { key: 'Wrong format.', nameSv: 'Required.' });

    const taken = await admin.gql(CREATE, { input: factorInput({ key: 'risk.individual.substance_use', nameEn: marker('Duplicate') }) });
    expectBadInput(taken, { key: 'This key is already in use.' });
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = admin.cookie;
    expectBadInput(await sv.gql(CREATE, { input: factorInput({ key: 'risk.individual.substance_use' }) }), { key: 'Nyckeln används redan.' });

    const input = factorInput();
    for (const client of [coord, member, manager]) expectCode(await client.gql(CREATE, { input }), 'FORBIDDEN');
    expect(await countMarked(server.db, input.key)).toBe(0);
  });

  test('retireFactor is versioned; retired factors leave the default list and cannot be assessed', async () => {
    const f = await newFactor();
    expect((await admin.ok(RETIRE, { id: f.id, version: 1 })).retireFactor).toEqual({ id: f.id, retired: true, version: 2 });
    expectCode(await admin.gql(RETIRE, { id: f.id, version: 1 }), 'STALE_VERSION');
    expectCode(await admin.gql(RETIRE, { id: missingId('fac'), version: 1 }), 'NOT_FOUND');
    expectBadInput(await admin.gql(RETIRE, { id: 'per_1', version: 2 }), { id: 'Not a valid id of the right kind.' });
    expectCode(await coord.gql(RETIRE, { id: f.id, version: 2 }), 'FORBIDDEN');
    expect(await node(server.db, f.id)).toMatchObject({ retired: true, version: 2 });

    expect((await coord.ok(FACTORS)).factors.map((x: { id: string }) => x.id)).not.toContain(f.id);
    expect((await coord.ok(FACTORS, { all: true })).factors.map((x: { id: string }) => x.id)).toContain(f.id);

    const r = await coord.gql(ASSESS, { input: { personId: person, factorId: f.id, level: 1 } });
    expectBadInput(r, { factorId: 'This factor is retired and can no longer be chosen.' });
  });
});

describe('assessFactor', () => {
  test('is audited (one row, the person, no data) and reads back on the person', async () => {
    const f = await newFactor();
    const note = marker('Tränar två kvällar i veckan');
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(ASSESS, { input: { personId: person, factorId: f.id, level: 2, assessedOn: '2026-03-02', sourceAgencyId: agencyId, legalBasis: 'SSP_115', note } }),
      { action: 'CREATE', purpose: 'Mutation.assessFactor', personIds: [person], username: 'coordinator' },
      [note, 'Liv', 'SSP_115'],
    );
    const a = r.assessFactor;
    expect(a).toMatchObject({ level: 2, assessedOn: '2026-03-02', legalBasis: 'SSP_115', note, person: { id: person }, factor: { id: f.id, key: f.key }, sourceAgency: { id: agencyId } });
    expect(a.id).toMatch(/^fas_/);
    const p = await coord.ok('query($id: ID!) { person(id: $id) { assessments { id level factor { id } } } }', { id: person });
    expect(p.person.assessments).toContainEqual({ id: a.id, level: 2, factor: { id: f.id } });
  });

  test('refuses levels outside 0–3 and unknown references per field (Danish too), writing nothing', async () => {
    const f = await newFactor();
    const note = marker('ska inte sparas');
    const before = await relCounts(server.db, person);
    expectBadInput(await coord.gql(ASSESS, { input: { personId: person, factorId: f.id, level: 4, note } }), { level: 'Must be at most 3.' });
    expectBadInput(await coord.gql(ASSESS, { input: { personId: person, factorId: f.id, level: -1, note } }), { level: 'Must be at least 0.' });
    expectBadInput(await coord.gql(ASSESS, { input: { personId: person, factorId: missingId('fac'), level: 1, sourceAgencyId: missingId('agy'), note } }), {
      factorId: 'Refers to something that does not exist or that you cannot see.',
      sourceAgencyId: 'Refers to something that does not exist or that you cannot see.',
    });
    const da = new TestClient(server.url, 'da');
    da.cookie = coord.cookie;
    expectBadInput(await da.gql(ASSESS, { input: { personId: person, factorId: f.id, level: 9, note } }), { level: 'Må højst være 3.' });
    expect(await relCounts(server.db, person)).toEqual(before);
    expect(await countMarked(server.db, note)).toBe(0);
  });

  test('a person on none of the user’s boards is refused like a missing one; ANALYST and MANAGER may not assess', async () => {
    const f = await newFactor();
    const before = await relCounts(server.db, person);
    const denied = await expectNoAudit(server.db, () => member.gql(ASSESS, { input: { personId: person, factorId: f.id, level: 1 } }));
    const missing = await member.gql(ASSESS, { input: { personId: missingId('per'), factorId: f.id, level: 1 } });
    expectBadInput(denied, { personId: 'Refers to something that does not exist or that you cannot see.' });
    expect(denied.errors).toEqual(missing.errors);
    const analyst = await new TestClient(server.url).login('analyst');
    expectCode(await analyst.gql(ASSESS, { input: { personId: person, factorId: f.id, level: 1 } }), 'FORBIDDEN');
    expectCode(await manager.gql(ASSESS, { input: { personId: person, factorId: f.id, level: 1 } }), 'FORBIDDEN');
    expect(await relCounts(server.db, person)).toEqual(before);
  });
});
