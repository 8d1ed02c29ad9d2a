// Interventions and follow-ups against the real server and Neo4j. This file's board has the
// coordinator's team only: `member` is not on it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  auditMark, auditSince, countMarked, createBoard, createGroup, createPerson, expectBadInput, expectCode, expectNoAudit, expectOneAudit, marker,
  missingId, node, relCounts,
} from '../support/fixtures.js';

const FIELDS = `id title description level status startDate endDate nextFollowUp version
  responsibleAgency { id } responsibleContact { id } cost { amount unit currency }
  targetPeople { id } targetGroups { id } strengthens { id } reduces { id } followUps { id date progress note }`;
// The same, without the people: reading those is its own audited read (Intervention.targetPeople).
const NO_PEOPLE = FIELDS.replace('targetPeople { id } ', '');
const GET = `query($id: ID!) { intervention(id: $id) { ${NO_PEOPLE} } }`;
const CREATE = `mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { ${NO_PEOPLE} } }`;
const UPDATE = `mutation($input: UpdateInterventionInput!) { updateIntervention(input: $input) { ${NO_PEOPLE} } }`;
const FOLLOW_UP = 'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id date progress note createdAt } }';

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let analyst: TestClient;
let manager: TestClient;
let boardId: string;
let ali: string;
let ben: string;
let outsider: string;
let groupId: string;
let otherGroupId: string;
let protective: string;
let risk: string;
let agencyId: string;
let contactId: string;

/** An intervention on this file's board targeting Ali, returning its id. */
async function newIntervention(over: Record<string, unknown> = {}): Promise<string> {
  const r = await coord.ok(CREATE, { input: { boardId, title: marker('Insats'), level: 'INDIVIDUAL', targetPersonIds: [ali], ...over } });
  return r.createIntervention.id;
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, analyst, manager] = await loginAll(server.url, 'coordinator', 'member', 'analyst', 'manager');
  boardId = await createBoard(coord);
  const otherBoard = await createBoard(coord);
  ali = await createPerson(coord, boardId, 'Ali Testström');
  ben = await createPerson(coord, boardId, 'Ben Testlund');
  outsider = await createPerson(coord, otherBoard, 'Olle Utanför');
  groupId = (await createGroup(coord, boardId)).id;
  otherGroupId = (await createGroup(coord, otherBoard)).id;
  const factors = (await coord.ok<{ factors: { id: string; kind: string }[] }>('{ factors { id kind } }')).factors;
  protective = factors.find((f) => f.kind === 'PROTECTIVE')!.id;
  risk = factors.find((f) => f.kind === 'RISK')!.id;
  const agencies = (await coord.ok<{ agencies: { id: string; contacts: { id: string }[] }[] }>('{ agencies { id contacts { id } } }')).agencies;
  const withContact = agencies.find((a) => a.contacts.length > 0)!;
  agencyId = withContact.id;
  contactId = withContact.contacts[0]!.id;
});

afterAll(async () => {
  await server?.stop();
});

describe('createIntervention', () => {
  test('creates an intervention with targets, factors, agency, contact and cost; audited with the targeted people', async () => {
    const title = marker('Mentor i boxningsklubben');
    const input = {
      boardId, title, description: 'Två träningar i veckan', level: 'SPECIFIC', status: 'ACTIVE', startDate: '2026-01-12', endDate: '2026-06-12',
      responsibleAgencyId: agencyId, responsibleContactId: contactId, targetPersonIds: [ali, ben, ali], targetGroupIds: [groupId],
      strengthensFactorIds: [protective], reducesFactorIds: [risk], cost: { amount: 1250.5, unit: 'PER_WEEK', currency: 'SEK' }, nextFollowUp: '2026-01-19',
    };
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(CREATE, { input }),
      { action: 'CREATE', purpose: 'Mutation.createIntervention', personIds: [ali, ben], username: 'coordinator' },
      [title, 'Ali', 'Ben', 'SEK'],
    );
    const i = r.createIntervention;
    const want = {
      title, description: 'Två träningar i veckan', level: 'SPECIFIC', status: 'ACTIVE', startDate: '2026-01-12', endDate: '2026-06-12', nextFollowUp: '2026-01-19',
      version: 1, responsibleAgency: { id: agencyId }, responsibleContact: { id: contactId }, cost: { amount: 1250.5, unit: 'PER_WEEK', currency: 'SEK' },
      targetGroups: [{ id: groupId }], strengthens: [{ id: protective }], reduces: [{ id: risk }], followUps: [],
    };
    expect(i).toMatchObject(want);
    expect(i.id).toMatch(/^int_/);

    const read = await expectOneAudit(server.db, () => coord.ok(GET, { id: i.id }), { action: 'READ', purpose: 'Query.intervention', personIds: [ali, ben] }, ['Ali']);
    expect(read.intervention).toEqual(i);
    const onBoard = await coord.ok('query($id: ID!) { board(id: $id) { interventions { id targetPeople { id } } } }', { id: boardId });
    expect(onBoard.board.interventions).toContainEqual({ id: i.id, targetPeople: [{ id: ali }, { id: ben }].sort((a, b) => a.id.localeCompare(b.id)) });
  });

  test('defaults: PLANNED, no cost, no targets; ANALYST and MANAGER may read it but not create', async () => {
    const id = await newIntervention({ targetPersonIds: [] });
    const i = (await coord.ok(GET, { id })).intervention;
    expect(i).toMatchObject({ status: 'PLANNED', cost: null, responsibleAgency: null, targetGroups: [], strengthens: [] });
    const title = marker('Polisens insats');
    expectCode(await analyst.gql(CREATE, { input: { boardId, title, level: 'GENERAL' } }), 'FORBIDDEN');
    expectCode(await manager.gql(CREATE, { input: { boardId, title, level: 'GENERAL' } }), 'FORBIDDEN');
    expect(await countMarked(server.db, title)).toBe(0);
  });

  test('refuses invalid fields and references per field (Swedish too), writing nothing and logging nothing', async () => {
    const title = marker('Ogiltig insats');
    const base = { boardId, title, level: 'INDIVIDUAL' };
    expectBadInput(await coord.gql(CREATE, { input: { ...base, title: '', cost: { amount: -1, unit: 'ONE_OFF', currency: 'sek' }, startDate: '2026-05-01', endDate: '2026-04-01' } }), {
      title: 'Required.',
      'cost.amount': 'Must be at least 0.',
      'cost.currency': 'Must be a three-letter currency code like SEK or DKK.',
      endDate: 'The end date must be after the start date.',
    });
    const refused = await expectNoAudit(server.db, () =>
      coord.gql(CREATE, {
        input: {
          ...base, targetPersonIds: [ali, outsider], targetGroupIds: [otherGroupId], strengthensFactorIds: [missingId('fac')],
          reducesFactorIds: [risk], responsibleAgencyId: missingId('agy'), responsibleContactId: missingId('con'),
        },
      }),
    );
    expectBadInput(refused, {
      targetPersonIds: 'This person is not on the board.',
      targetGroupIds: 'This group is not on the board.',
      strengthensFactorIds: 'Refers to something that does not exist or that you cannot see.',
      responsibleAgencyId: 'Refers to something that does not exist or that you cannot see.',
      responsibleContactId: 'Refers to something that does not exist or that you cannot see.',
    });
    expectBadInput(await coord.gql(CREATE, { input: { ...base, targetPersonIds: [groupId] } }), { 'targetPersonIds.0': 'Not a valid id of the right kind.' });
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = coord.cookie;
    expectBadInput(await sv.gql(CREATE, { input: { ...base, cost: { amount: 10, unit: 'PER_DAY', currency: 'KRONOR' } } }), {
      'cost.currency': 'Måste vara en valutakod med tre bokstäver, t.ex. SEK eller DKK.',
    });
    expect(await countMarked(server.db, title)).toBe(0);
    expect((await relCounts(server.db, outsider)).TARGETS).toBeUndefined();
  });

  test('on a board the user is not on, the answer is the same as for a missing board', async () => {
    const title = marker('Smygande insats');
    const denied = await expectNoAudit(server.db, () => member.gql(CREATE, { input: { boardId, title, level: 'GENERAL' } }));
    const missing = await member.gql(CREATE, { input: { boardId: missingId('brd'), title, level: 'GENERAL' } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expect(await countMarked(server.db, title)).toBe(0);
  });
});

describe('intervention reads', () => {
  test('a user not on the board gets exactly what a missing id gets', async () => {
    const id = await newIntervention();
    const denied = await member.gql(GET, { id });
    const missing = await member.gql(GET, { id: missingId('int') });
    expect(denied).toMatchObject({ data: { intervention: null } });
    expect({ data: denied.data, errors: denied.errors }).toEqual({ data: missing.data, errors: missing.errors });
  });

  test('targetPeople is read in one audited query, and only people the viewer can still see', async () => {
    const gone = await createPerson(coord, boardId, 'Gustav Borta');
    const id = await newIntervention({ targetPersonIds: [ali, ben, gone] });
    // Taken off the board (and on no other board of the coordinator's): no longer visible, not logged as read.
    await coord.ok('mutation($b: ID!, $p: ID!) { removePersonFromBoard(boardId: $b, personId: $p) { id } }', { b: boardId, p: gone });
    const q = 'query($id: ID!) { intervention(id: $id) { targetPeople { id alias } } }';
    const since = await auditMark(server.db);
    const r = await coord.ok(q, { id });
    const rows = await auditSince(server.db, since);
    expect(rows.map((x) => [x.purpose, x.personIds])).toEqual([
      ['Query.intervention', [ali, ben].sort()],
      ['Intervention.targetPeople', [ali, ben].sort()],
    ]);
    expect(r.intervention.targetPeople.map((p: { alias: string }) => p.alias).sort()).toEqual(['Ali Testström', 'Ben Testlund']);
  });
});

describe('updateIntervention', () => {
  test('updates fields and replaces the lists given; audited with old and new targets', async () => {
    const id = await newIntervention({ strengthensFactorIds: [protective], cost: { amount: 100, unit: 'ONE_OFF', currency: 'DKK' } });
    const title = marker('Ny titel');
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(UPDATE, { input: { id, version: 1, title, status: 'ACTIVE', targetPersonIds: [ben], targetGroupIds: [groupId], endDate: '2026-12-31' } }),
      { action: 'UPDATE', purpose: 'Mutation.updateIntervention', personIds: [ali, ben] },
      [title],
    );
    // Lists not given (strengthens) and fields not given (cost) stay as they were.
    expect(r.updateIntervention).toMatchObject({
      title, status: 'ACTIVE', endDate: '2026-12-31', version: 2, targetGroups: [{ id: groupId }], strengthens: [{ id: protective }],
      cost: { amount: 100, unit: 'ONE_OFF', currency: 'DKK' },
    });
    const after = await coord.ok('query($id: ID!) { intervention(id: $id) { targetPeople { id } } }', { id });
    expect(after.intervention.targetPeople).toEqual([{ id: ben }]);

    // null clears; an empty list empties.
    const cleared = await coord.ok(UPDATE, { input: { id, version: 2, cost: null, endDate: null, strengthensFactorIds: [] } });
    expect(cleared.updateIntervention).toMatchObject({ cost: null, endDate: null, strengthens: [], version: 3 });
  });

  test('a stale version is refused, not logged, and changes nothing', async () => {
    const id = await newIntervention();
    await coord.ok(UPDATE, { input: { id, version: 1, status: 'PAUSED' } });
    const stale = await expectNoAudit(server.db, () => coord.gql(UPDATE, { input: { id, version: 1, status: 'CANCELLED', targetPersonIds: [] } }));
    expectCode(stale, 'STALE_VERSION');
    expect(await node(server.db, id)).toMatchObject({ status: 'PAUSED', version: 2 });
    expect((await relCounts(server.db, id)).TARGETS).toBe(1);
  });

  test('refuses invalid input, references off the board and an end before the stored start, changing nothing', async () => {
    const id = await newIntervention({ startDate: '2026-03-01' });
    expectBadInput(await coord.gql(UPDATE, { input: { id, version: 1, title: '', cost: { amount: 5, unit: 'ONE_OFF', currency: 'EURO' } } }), {
      title: 'Required.',
      'cost.currency': 'Must be a three-letter currency code like SEK or DKK.',
    });
    expectBadInput(await coord.gql(UPDATE, { input: { id, version: 1, endDate: '2026-02-01' } }), { endDate: 'The end date must be after the start date.' });
    expectBadInput(await coord.gql(UPDATE, { input: { id, version: 1, targetPersonIds: [outsider] } }), { targetPersonIds: 'This person is not on the board.' });
    const da = new TestClient(server.url, 'da');
    da.cookie = coord.cookie;
    expectBadInput(await da.gql(UPDATE, { input: { id, version: 1, targetGroupIds: [otherGroupId] } }), { targetGroupIds: 'Gruppen er ikke på tavlen.' });
    expect(await node(server.db, id)).toMatchObject({ version: 1, startDate: '2026-03-01' });
    expect((await relCounts(server.db, id)).TARGETS).toBe(1);
  });

  test('another user gets NOT_FOUND like for a missing id; ANALYST may not update', async () => {
    const id = await newIntervention();
    const denied = await member.gql(UPDATE, { input: { id, version: 1, status: 'CANCELLED' } });
    const missing = await member.gql(UPDATE, { input: { id: missingId('int'), version: 1, status: 'CANCELLED' } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expectCode(await analyst.gql(UPDATE, { input: { id, version: 1, status: 'CANCELLED' } }), 'FORBIDDEN');
    expect(await node(server.db, id)).toMatchObject({ status: 'PLANNED', version: 1 });
  });
});

describe('addFollowUp', () => {
  test('adds a follow-up, audited with the targeted people; it reads back latest first', async () => {
    const id = await newIntervention({ targetPersonIds: [ali, ben] });
    const note = marker('Kom till tre av fyra träningar');
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(FOLLOW_UP, { input: { interventionId: id, date: '2026-02-02', progress: 'ON_TRACK', note } }),
      { action: 'CREATE', purpose: 'Mutation.addFollowUp', personIds: [ali, ben] },
      [note],
    );
    expect(r.addFollowUp).toMatchObject({ date: '2026-02-02', progress: 'ON_TRACK', note });
    expect(r.addFollowUp.id).toMatch(/^fup_/);
    await coord.ok(FOLLOW_UP, { input: { interventionId: id, date: '2026-02-09', progress: 'DELAYED' } });
    const read = (await coord.ok(GET, { id })).intervention.followUps;
    expect(read.map((f: { date: string; progress: string }) => [f.date, f.progress])).toEqual([['2026-02-09', 'DELAYED'], ['2026-02-02', 'ON_TRACK']]);
  });

  test('refuses invalid input, other users (like a missing id) and roles without create; nothing written', async () => {
    const id = await newIntervention();
    const note = marker('ska inte sparas');
    expectBadInput(await coord.gql(FOLLOW_UP, { input: { interventionId: 'int_1', progress: 'DONE', note: `x${'y'.repeat(4000)}` } }), {
      interventionId: 'Not a valid id of the right kind.',
      note: 'Must be at most 4000 characters.',
    });
    const denied = await expectNoAudit(server.db, () => member.gql(FOLLOW_UP, { input: { interventionId: id, progress: 'DONE', note } }));
    const missing = await member.gql(FOLLOW_UP, { input: { interventionId: missingId('int'), progress: 'DONE', note } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expectCode(await analyst.gql(FOLLOW_UP, { input: { interventionId: id, progress: 'DONE', note } }), 'FORBIDDEN');
    expect(await countMarked(server.db, note)).toBe(0);
    expect((await relCounts(server.db, id)).HAS_FOLLOW_UP).toBeUndefined();
  });
});
