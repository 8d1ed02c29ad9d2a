// Factor assessments over time against the real server and Neo4j: the agency-internal note rule,
// a person's factor history (retired factors included), a group's factor profile, and editing the
// catalogue. This file's board has the coordinator (social services), a second social-services
// user, `member` (school), `analyst` (police) and `manager` (social services) on its team.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  addToTeam, auditMark, auditSince, countMarked, createBoard, createGroup, createPerson, expectBadInput, expectCode, expectOneAudit, marker, node,
} from '../support/fixtures.js';

const ASSESS = 'mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id level note sourceAgency { id } } }';
const NOTES = 'query($id: ID!) { person(id: $id) { assessments { id level note } } }';
const HISTORY = 'query($id: ID!) { person(id: $id) { factorHistory { factor { id retired } change latest { id level } assessments { id level assessedOn } } } }';
const PROFILE = 'query($g: ID!, $from: Date!, $to: Date) { groupFactorProfile(groupId: $g, from: $from, to: $to) { memberCount from to factors { factor { id } countFrom countTo change assessedTo } } }';
const CREATE_FACTOR = 'mutation($input: CreateFactorInput!) { createFactor(input: $input) { id key version } }';
const UPDATE_FACTOR = 'mutation($input: UpdateFactorInput!) { updateFactor(input: $input) { id key kind domain name nameSv nameDa nameEn description version retired } }';
const RETIRE = 'mutation($id: ID!, $v: Int!) { retireFactor(id: $id, version: $v) { version } }';

let server: TestServer;
let coord: TestClient;
let colleague: TestClient;
let member: TestClient;
let analyst: TestClient;
let manager: TestClient;
let admin: TestClient;
let stranger: TestClient;
let boardId: string;
let agencies: Record<'social' | 'school' | 'police', string>;

async function newUser(role: string, agencyId: string): Promise<TestClient> {
  const username = `test.${randomUUID().slice(0, 8)}`;
  await admin.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { username, displayName: 'Testanvändare', password: 'correct horse battery', role, agencyId },
  });
  return new TestClient(server.url).login(username, 'correct horse battery');
}

async function newFactor(kind: 'RISK' | 'PROTECTIVE' = 'RISK'): Promise<string> {
  const key = `${kind.toLowerCase()}.test.f_${randomUUID().slice(0, 8)}`;
  const input = { key, kind, domain: 'PEERS', nameSv: 'Testfaktor', nameDa: 'Testfaktor', nameEn: 'Test factor' };
  return (await admin.ok(CREATE_FACTOR, { input })).createFactor.id;
}

const assess = (personId: string, factorId: string, level: number, assessedOn: string, client = coord, extra: Record<string, unknown> = {}) =>
  client.ok(ASSESS, { input: { personId, factorId, level, assessedOn, ...extra } }).then((r) => r.assessFactor);

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, analyst, manager, admin] = await loginAll(server.url, 'coordinator', 'member', 'analyst', 'manager', 'admin');
  const list = (await coord.ok<{ agencies: { id: string; name: string }[] }>('{ agencies { id name } }')).agencies;
  const find = (prefix: string) => list.find((a) => a.name.startsWith(prefix))!.id;
  agencies = { social: find('Børn og Familie'), school: find('Solbakkeskolen'), police: find('Midtkyst Politi') };
  colleague = await newUser('MEMBER', agencies.social);
  stranger = await newUser('MEMBER', agencies.school);
  boardId = await createBoard(coord);
  for (const u of ['member', 'analyst', 'manager']) await addToTeam(coord, server.db, boardId, u);
  const colleagueId = (await colleague.ok('{ me { id } }')).me.id;
  await coord.ok('mutation($b: ID!, $u: ID!) { addTeamMember(boardId: $b, userId: $u) { id } }', { b: boardId, u: colleagueId });
});

afterAll(async () => {
  await server?.stop();
});

describe('the agency-internal note on an assessment', () => {
  test("is read only by users of the source agency whose role may read its notes; the level is the team's", async () => {
    const person = await createPerson(coord, boardId);
    const factor = await newFactor();
    const note = marker('Socialtjänstens anteckning');
    const written = await assess(person, factor, 2, '2026-02-01', coord, { note, sourceAgencyId: agencies.social });
    expect(written).toMatchObject({ level: 2, note, sourceAgency: { id: agencies.social } });

    const seenBy = async (c: TestClient) => (await c.ok(NOTES, { id: person })).person.assessments.find((a: { id: string }) => a.id === written.id);
    expect(await seenBy(coord)).toEqual({ id: written.id, level: 2, note });
    // Another user of the same agency.
    expect(await seenBy(colleague)).toEqual({ id: written.id, level: 2, note });
    // Other agencies' case workers, the police analyst, and a manager of the same agency: level, no note.
    for (const c of [member, analyst, manager]) expect(await seenBy(c)).toEqual({ id: written.id, level: 2, note: null });
  });

  test('the source agency defaults to the writer’s; a note for another agency is refused and nothing is written', async () => {
    const person = await createPerson(coord, boardId);
    const factor = await newFactor();
    const note = marker('Skolens anteckning');
    const refused = await member.gql(ASSESS, { input: { personId: person, factorId: factor, level: 1, note, sourceAgencyId: agencies.social } });
    expectBadInput(refused, { note: "A note can only be written for your own agency's assessment: it is that agency's internal note." });
    expect(await countMarked(server.db, note)).toBe(0);

    const own = await assess(person, factor, 1, '2026-02-02', member, { note });
    expect(own).toMatchObject({ note, sourceAgency: { id: agencies.school } });
    expect((await coord.ok(NOTES, { id: person })).person.assessments).toEqual([{ id: own.id, level: 1, note: null }]);
    // Without a note, any source agency may be named: the level is shared with the team.
    expect(await assess(person, factor, 2, '2026-02-03', member, { sourceAgencyId: agencies.police })).toMatchObject({ sourceAgency: { id: agencies.police } });
  });
});

describe('a young person’s factor history', () => {
  test('lists every assessed factor oldest first with the latest change, retired factors included; audited', async () => {
    const person = await createPerson(coord, boardId);
    const [drugs, club, old] = [await newFactor(), await newFactor('PROTECTIVE'), await newFactor()];
    await assess(person, drugs, 3, '2026-01-05');
    await assess(person, drugs, 2, '2026-02-02');
    await assess(person, drugs, 1, '2026-03-02');
    await assess(person, club, 1, '2026-01-05');
    await assess(person, old, 2, '2026-01-05');
    const v = (await node(server.db, old))!.version as number;
    await admin.ok(RETIRE, { id: old, v });

    const since = await auditMark(server.db);
    const r = await coord.ok(HISTORY, { id: person });
    // The person, then their history: each read logged with the person, like Person.assessments.
    expect((await auditSince(server.db, since)).map((x) => [x.purpose, x.personIds])).toEqual([['Query.person', [person]], ['Person.factorHistory', [person]]]);
    const byFactor = Object.fromEntries(r.person.factorHistory.map((h: any) => [h.factor.id, h]));
    expect(Object.keys(byFactor).sort()).toEqual([drugs, club, old].sort());
    expect(byFactor[drugs].assessments.map((a: any) => [a.assessedOn, a.level])).toEqual([['2026-01-05', 3], ['2026-02-02', 2], ['2026-03-02', 1]]);
    // 1 - 2: one step down since the assessment before.
    expect(byFactor[drugs]).toMatchObject({ change: -1, latest: { level: 1 } });
    expect(byFactor[club]).toMatchObject({ change: null, latest: { level: 1 } });
    expect(byFactor[old]).toMatchObject({ factor: { retired: true }, change: null, latest: { level: 2 } });
  });
});

describe('a group’s factor profile', () => {
  test('counts members carrying each factor on two days and the change, over the members on the later day', async () => {
    const group = (await createGroup(coord, boardId)).id;
    const [a, b, c, outside] = [await createPerson(coord, boardId), await createPerson(coord, boardId), await createPerson(coord, boardId), await createPerson(coord, boardId)];
    for (const p of [a, b, c]) {
      await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input: { groupId: group, personId: p, role: 'CORE', validFrom: '2026-01-01' } });
    }
    const [risk, prot] = [await newFactor(), await newFactor('PROTECTIVE')];
    // risk on 31 Jan: a 3, b 2, c 1 -> carried by a, b (2). On 28 Feb: a 1, b 2, c 2 -> b, c (2).
    await assess(a, risk, 3, '2026-01-10'); await assess(a, risk, 1, '2026-02-20');
    await assess(b, risk, 2, '2026-01-10');
    await assess(c, risk, 1, '2026-01-10'); await assess(c, risk, 2, '2026-02-10');
    // protective: a 0 -> 2, b unassessed on 31 Jan and 3 in February: 0 then 2.
    await assess(a, prot, 0, '2026-01-10'); await assess(a, prot, 2, '2026-02-10');
    await assess(b, prot, 3, '2026-02-15');
    // Not a member: never counted.
    await assess(outside, risk, 3, '2026-01-10');

    const r = await expectOneAudit(
      server.db,
      () => coord.ok(PROFILE, { g: group, from: '2026-01-31', to: '2026-02-28' }),
      { action: 'READ', purpose: 'Query.groupFactorProfile', personIds: [a, b, c] },
    );
    const p = r.groupFactorProfile;
    expect(p).toMatchObject({ memberCount: 3, from: '2026-01-31', to: '2026-02-28' });
    const rows = Object.fromEntries(p.factors.map((f: any) => [f.factor.id, [f.countFrom, f.countTo, f.change, f.assessedTo]]));
    expect(rows).toEqual({ [risk]: [2, 2, 0, 3], [prot]: [0, 2, 2, 2] });

    // A user on none of the board's teams gets what a missing group gets.
    expect((await stranger.ok(PROFILE, { g: group, from: '2026-01-31' })).groupFactorProfile).toBeNull();
    expectBadInput(await coord.gql(PROFILE, { g: group, from: '2026-03-01', to: '2026-02-01' }), { to: 'The end date must be after the start date.' });
  });
});

describe('editing the factor catalogue', () => {
  test('ADMIN edits names and descriptions, versioned; key, kind and domain stay; a retired factor can be corrected', async () => {
    const id = await newFactor();
    const r = await admin.ok(UPDATE_FACTOR, { input: { id, version: 1, nameEn: 'Friends who offend', descriptionSv: 'Umgås med kamrater som begår brott.' } });
    expect(r.updateFactor).toMatchObject({ id, kind: 'RISK', domain: 'PEERS', name: 'Friends who offend', nameSv: 'Testfaktor', version: 2 });
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = admin.cookie;
    expect((await sv.ok(UPDATE_FACTOR, { input: { id, version: 2, nameSv: 'Kamrater som begår brott' } })).updateFactor).toMatchObject({
      name: 'Kamrater som begår brott', description: 'Umgås med kamrater som begår brott.', version: 3,
    });
    expectCode(await admin.gql(UPDATE_FACTOR, { input: { id, version: 2, nameEn: 'Late' } }), 'STALE_VERSION');
    expectBadInput(await admin.gql(UPDATE_FACTOR, { input: { id, version: 3, nameDa: '' } }), { nameDa: 'Required.' });
    for (const c of [coord, member, manager]) expectCode(await c.gql(UPDATE_FACTOR, { input: { id, version: 3, nameEn: 'x' } }), 'FORBIDDEN');
    await admin.ok(RETIRE, { id, v: 3 });
    const cleared = (await admin.ok(UPDATE_FACTOR, { input: { id, version: 4, descriptionSv: null } })).updateFactor;
    expect(cleared).toMatchObject({ retired: true, version: 5, nameEn: 'Friends who offend' });
    expect((await node(server.db, id))!.descriptionSv).toBeUndefined();
  });
});
