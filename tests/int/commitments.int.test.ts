// Commitments, the weekly follow-up's observed factor changes, the overdue rules on the board
// and in the person's panel, and interventions' areas and involved agencies, against the real
// server and Neo4j. Dates are relative to today (UTC), as the server's overdue rule is.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  addToTeam, auditMark, auditSince, countMarked, createBoard, createGroup, createPerson, expectBadInput, expectCode, expectOneAudit, marker,
  missingId, node, userId,
} from '../support/fixtures.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TODAY = day(0);

const CREATE = 'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id version targetAreas { id } involvedAgencies { id } } }';
const UPDATE = 'mutation($input: UpdateInterventionInput!) { updateIntervention(input: $input) { id version status targetAreas { id } involvedAgencies { id } } }';
const ADD_COMMITMENT = `mutation($input: AddCommitmentInput!) { addCommitment(input: $input) {
  id what dueDate agreedOn done doneOn overdue version assigneeContact { id } assigneeUser { id username } intervention { id } } }`;
const UPDATE_COMMITMENT = 'mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id what dueDate done doneOn overdue version assigneeContact { id } assigneeUser { id } } }';
const FOLLOW_UP = 'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id date progress note observations { id level assessedOn note person { id } factor { id } } } }';
const BOARD_OVERDUE = 'query($id: ID!) { board(id: $id) { overdue { count followUps { id followUpOverdue } commitments { id overdue } } } }';
const PERSON_OVERDUE = 'query($id: ID!) { person(id: $id) { overdue { count followUps { id } commitments { id } } } }';

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let analyst: TestClient;
let boardId: string;
let ali: string;
let ben: string;
let groupId: string;
let risk: string;
let protective: string;
let contactId: string;
let agencyIds: string[];
let areaId: string;

async function newIntervention(over: Record<string, unknown> = {}): Promise<string> {
  const r = await coord.ok(CREATE, { input: { boardId, title: marker('Insats'), level: 'INDIVIDUAL', status: 'ACTIVE', targetPersonIds: [ali], ...over } });
  return r.createIntervention.id;
}

const commit = (interventionId: string, over: Record<string, unknown> = {}) =>
  coord.ok(ADD_COMMITMENT, { input: { interventionId, what: marker('Ringa föräldrarna'), dueDate: day(7), assigneeContactId: contactId, ...over } }).then((r) => r.addCommitment);

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, analyst] = await loginAll(server.url, 'coordinator', 'member', 'analyst');
  boardId = await createBoard(coord);
  await addToTeam(coord, server.db, boardId, 'analyst');
  ali = await createPerson(coord, boardId, 'Ali Testström');
  ben = await createPerson(coord, boardId, 'Ben Testlund');
  groupId = (await createGroup(coord, boardId)).id;
  await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input: { groupId, personId: ben, role: 'CORE', validFrom: day(-30) } });
  const factors = (await coord.ok<{ factors: { id: string; kind: string }[] }>('{ factors { id kind } }')).factors;
  risk = factors.find((f) => f.kind === 'RISK')!.id;
  protective = factors.find((f) => f.kind === 'PROTECTIVE')!.id;
  const agencies = (await coord.ok<{ agencies: { id: string; contacts: { id: string }[] }[] }>('{ agencies { id contacts { id } } }')).agencies;
  contactId = agencies.find((a) => a.contacts.length > 0)!.contacts[0]!.id;
  agencyIds = agencies.slice(0, 3).map((a) => a.id);
  areaId = (await coord.ok('mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }', { input: { name: marker('Torget') } })).createArea.id;
});

afterAll(async () => {
  await server?.stop();
});

describe('interventions: areas and other agencies involved', () => {
  test('are set on create, replaced on update, and unknown ones refused per field', async () => {
    const r = await coord.ok(CREATE, { input: { boardId, title: marker('Närvaro på torget'), level: 'GENERAL', targetAreaIds: [areaId], involvedAgencyIds: [agencyIds[0], agencyIds[1]] } });
    expect(r.createIntervention.targetAreas).toEqual([{ id: areaId }]);
    expect(r.createIntervention.involvedAgencies.map((a: { id: string }) => a.id).sort()).toEqual([agencyIds[0], agencyIds[1]].sort());
    const u = await coord.ok(UPDATE, { input: { id: r.createIntervention.id, version: 1, involvedAgencyIds: [agencyIds[2]], targetAreaIds: [] } });
    expect(u.updateIntervention).toMatchObject({ version: 2, targetAreas: [], involvedAgencies: [{ id: agencyIds[2] }] });
    const title = marker('Okänt område');
    expectBadInput(await coord.gql(CREATE, { input: { boardId, title, level: 'GENERAL', targetAreaIds: [missingId('are')], involvedAgencyIds: [missingId('agy')] } }), {
      targetAreaIds: 'Refers to something that does not exist or that you cannot see.',
      involvedAgencyIds: 'Refers to something that does not exist or that you cannot see.',
    });
    expect(await countMarked(server.db, title)).toBe(0);
  });
});

describe('commitments', () => {
  test('who does what by when: a contact or a team member; audited with the intervention’s people', async () => {
    const id = await newIntervention({ targetPersonIds: [ali, ben] });
    const what = marker('Boka möte med skolan');
    const c = await expectOneAudit(
      server.db,
      () => coord.ok(ADD_COMMITMENT, { input: { interventionId: id, what, dueDate: day(3), agreedOn: day(-1), assigneeContactId: contactId } }),
      { action: 'CREATE', purpose: 'Mutation.addCommitment', personIds: [ali, ben] },
      [what],
    );
    expect(c.addCommitment).toMatchObject({ what, dueDate: day(3), agreedOn: day(-1), done: false, doneOn: null, overdue: false, version: 1, assigneeContact: { id: contactId }, assigneeUser: null, intervention: { id } });
    expect(c.addCommitment.id).toMatch(/^cmt_/);

    const byUser = await commit(id, { assigneeContactId: undefined, assigneeUserId: await userId(server.db, 'analyst') });
    expect(byUser).toMatchObject({ assigneeContact: null, assigneeUser: { username: 'analyst' } });
    const read = await coord.ok('query($id: ID!) { intervention(id: $id) { commitments { id } } }', { id });
    expect(read.intervention.commitments.map((x: { id: string }) => x.id).sort()).toEqual([c.addCommitment.id, byUser.id].sort());
  });

  test('refuses no assignee, two, a user off the team, and an intervention the user cannot see', async () => {
    const id = await newIntervention();
    const what = marker('Ogiltigt åtagande');
    const base = { interventionId: id, what, dueDate: day(3) };
    const one = 'Choose exactly one person responsible: an agency contact or a team member.';
    expectBadInput(await coord.gql(ADD_COMMITMENT, { input: base }), { assigneeContactId: one });
    expectBadInput(await coord.gql(ADD_COMMITMENT, { input: { ...base, assigneeContactId: contactId, assigneeUserId: await userId(server.db, 'analyst') } }), { assigneeContactId: one });
    expectBadInput(await coord.gql(ADD_COMMITMENT, { input: { ...base, assigneeUserId: await userId(server.db, 'member') } }), { assigneeUserId: "This user is not on the board's team." });
    expectBadInput(await coord.gql(ADD_COMMITMENT, { input: { ...base, assigneeContactId: missingId('con') } }), { assigneeContactId: 'Refers to something that does not exist or that you cannot see.' });
    const denied = await member.gql(ADD_COMMITMENT, { input: { ...base, assigneeContactId: contactId } });
    const missing = await member.gql(ADD_COMMITMENT, { input: { ...base, interventionId: missingId('int'), assigneeContactId: contactId } });
    expectCode(denied, 'NOT_FOUND');
    expect(denied.errors).toEqual(missing.errors);
    expectCode(await analyst.gql(ADD_COMMITMENT, { input: { ...base, assigneeContactId: contactId } }), 'FORBIDDEN');
    expect(await countMarked(server.db, what)).toBe(0);
  });

  test('done records today, overdue is not done past the due date; versioned; reassigning replaces the assignee', async () => {
    const id = await newIntervention();
    const c = await commit(id, { dueDate: day(-2) });
    expect(c).toMatchObject({ overdue: true, done: false });
    const done = (await coord.ok(UPDATE_COMMITMENT, { input: { id: c.id, version: 1, done: true } })).updateCommitment;
    expect(done).toMatchObject({ done: true, doneOn: TODAY, overdue: false, version: 2 });
    expectCode(await coord.gql(UPDATE_COMMITMENT, { input: { id: c.id, version: 1, done: false } }), 'STALE_VERSION');
    const moved = (await coord.ok(UPDATE_COMMITMENT, { input: { id: c.id, version: 2, done: false, dueDate: day(5), assigneeUserId: await userId(server.db, 'analyst') } })).updateCommitment;
    expect(moved).toMatchObject({ done: false, doneOn: null, overdue: false, dueDate: day(5), assigneeContact: null, assigneeUser: { id: await userId(server.db, 'analyst') }, version: 3 });
  });
});

describe('overdue on the board and in the person’s panel', () => {
  test('a passed follow-up date with no follow-up since, and a commitment past due, are flagged until dealt with', async () => {
    const board = await createBoard(coord);
    const carl = await createPerson(coord, board, 'Carl Testberg');
    const dina = await createPerson(coord, board, 'Dina Testdal');
    const group = (await createGroup(coord, board)).id;
    await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input: { groupId: group, personId: dina, role: 'CORE', validFrom: day(-10) } });
    const create = (over: Record<string, unknown>) =>
      coord.ok(CREATE, { input: { boardId: board, title: marker('Uppföljning'), level: 'SPECIFIC', status: 'ACTIVE', ...over } }).then((r) => r.createIntervention.id as string);
    const late = await create({ targetPersonIds: [carl], nextFollowUp: day(-1) });
    const viaGroup = await create({ targetGroupIds: [group], nextFollowUp: day(-3) });
    const dueToday = await create({ targetPersonIds: [carl], nextFollowUp: TODAY });
    const finished = await create({ targetPersonIds: [carl], nextFollowUp: day(-5), status: 'COMPLETED' });
    const overdueCommitment = (await commit(dueToday, { dueDate: day(-1) })).id;
    await commit(dueToday, { dueDate: day(1) });

    const since = await auditMark(server.db);
    const b = (await coord.ok(BOARD_OVERDUE, { id: board })).board.overdue;
    expect(b.followUps.map((i: { id: string }) => i.id).sort()).toEqual([late, viaGroup].sort());
    expect(b.followUps.every((i: { followUpOverdue: boolean }) => i.followUpOverdue)).toBe(true);
    expect(b.commitments).toEqual([{ id: overdueCommitment, overdue: true }]);
    expect(b.count).toBe(3);
    // The board itself (no people selected), then what is overdue, logged with the people it concerns.
    expect((await auditSince(server.db, since)).map((r) => [r.purpose, r.personIds])).toEqual([['Query.board', []], ['Board.overdue', [carl]]]);

    // Carl: targeted by `late` and by the intervention with the overdue commitment. Dina: through her group.
    const forCarl = (await coord.ok(PERSON_OVERDUE, { id: carl })).person.overdue;
    expect(forCarl).toEqual({ count: 2, followUps: [{ id: late }], commitments: [{ id: overdueCommitment }] });
    expect((await coord.ok(PERSON_OVERDUE, { id: dina })).person.overdue).toEqual({ count: 1, followUps: [{ id: viaGroup }], commitments: [] });
    expect(finished).toBeTruthy();

    // An early follow-up does not settle the one due; one dated on or after the due date does.
    await coord.ok(FOLLOW_UP, { input: { interventionId: late, date: day(-2), progress: 'ON_TRACK' } });
    expect((await coord.ok(PERSON_OVERDUE, { id: carl })).person.overdue.followUps).toEqual([{ id: late }]);
    await coord.ok(FOLLOW_UP, { input: { interventionId: late, progress: 'DELAYED' } });
    const v = (await node(server.db, overdueCommitment))!.version as number;
    await coord.ok(UPDATE_COMMITMENT, { input: { id: overdueCommitment, version: v, done: true } });
    expect((await coord.ok(PERSON_OVERDUE, { id: carl })).person.overdue).toEqual({ count: 0, followUps: [], commitments: [] });
    expect((await coord.ok(BOARD_OVERDUE, { id: board })).board.overdue.count).toBe(1);
  });
});

describe('the weekly follow-up', () => {
  test('records observed factor levels as assessments, sets the next date, and logs targets and observed people once', async () => {
    const id = await newIntervention({ targetPersonIds: [ali], nextFollowUp: day(-1) });
    const note = marker('Kom till alla träningar');
    const obsNote = marker('Mindre skolk enligt mentor');
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(FOLLOW_UP, {
        input: {
          interventionId: id, progress: 'ON_TRACK', note, nextFollowUp: day(6),
          observations: [{ personId: ali, factorId: risk, level: 1, note: obsNote }, { personId: ben, factorId: protective, level: 2 }],
        },
      }),
      { action: 'CREATE', purpose: 'Mutation.addFollowUp', personIds: [ali, ben] },
      [note, obsNote, 'Ali'],
    );
    const f = r.addFollowUp;
    expect(f).toMatchObject({ date: TODAY, progress: 'ON_TRACK', note });
    expect(f.observations.map((o: any) => [o.person.id, o.factor.id, o.level, o.assessedOn, o.note])).toEqual(
      expect.arrayContaining([[ali, risk, 1, TODAY, obsNote], [ben, protective, 2, TODAY, null]]),
    );
    expect(await node(server.db, id)).toMatchObject({ nextFollowUp: day(6), version: 2 });
    const history = (await coord.ok('query($id: ID!) { person(id: $id) { factorHistory { factor { id } latest { level assessedOn } } } }', { id: ali })).person.factorHistory;
    expect(history).toContainEqual({ factor: { id: risk }, latest: { level: 1, assessedOn: TODAY } });
    // The observation's note is the coordinator's agency's: the police analyst on the team sees the level only.
    const seen = (await analyst.ok('query($id: ID!) { intervention(id: $id) { followUps { observations { level note } } } }', { id })).intervention.followUps[0].observations;
    expect(seen).toEqual(expect.arrayContaining([{ level: 1, note: null }, { level: 2, note: null }]));
  });

  test('refuses observations of people off the board and retired or unknown factors, per row, writing nothing', async () => {
    const id = await newIntervention();
    const other = await createPerson(coord, await createBoard(coord), 'Olle Utanför');
    const note = marker('ska inte sparas');
    const r = await coord.gql(FOLLOW_UP, {
      input: { interventionId: id, progress: 'DELAYED', note, observations: [{ personId: ali, factorId: risk, level: 2 }, { personId: other, factorId: missingId('fac'), level: 1 }] },
    });
    expectBadInput(r, {
      'observations.1.personId': 'This person is not on the board.',
      'observations.1.factorId': 'Refers to something that does not exist or that you cannot see.',
    });
    expectBadInput(await coord.gql(FOLLOW_UP, { input: { interventionId: id, progress: 'DELAYED', observations: [{ personId: ali, factorId: risk, level: 4 }] } }), {
      'observations.0.level': 'Must be at most 3.',
    });
    expect(await countMarked(server.db, note)).toBe(0);
    expect((await node(server.db, id))!.version).toBe(1);
  });
});
