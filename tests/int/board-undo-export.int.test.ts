// Issue 3's remaining server parts against the real server and Neo4j: reopenTie (the undo of
// ending a tie keeps the tie), removeGroupFromBoard (the undo of creating a group), and
// recordExport (a board picture made in the browser leaves an EXPORT row first).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  addToTeam, auditMark, auditSince, createBoard, createGroup, createPerson, expectBadInput, expectCode, expectNoAudit, expectOneAudit, rel,
} from '../support/fixtures.js';

const TIE = 'mutation($input: CreateTieInput!) { createTie(input: $input) { id version } }';
const UPDATE_TIE = 'mutation($input: UpdateTieInput!) { updateTie(input: $input) { id version strength } }';
const END_TIE = 'mutation($input: EndTieInput!) { endTie(input: $input) { id version validTo } }';
const REOPEN = 'mutation($input: ReopenTieInput!) { reopenTie(input: $input) { id version validFrom validTo strength source { id } target { id } } }';
const BOARD = 'query($id: ID!) { board(id: $id) { groups { id } ties { id } memberships { id person { id } group { id } } } }';
const ADD = 'mutation($input: AddMemberInput!) { addMember(input: $input) { id validFrom } }';
const REMOVE = 'mutation($input: RemoveGroupFromBoardInput!) { removeGroupFromBoard(input: $input) { id version } }';
const ADD_TO_BOARD = 'mutation($b: ID!, $g: ID!) { addGroupToBoard(boardId: $b, groupId: $g) { id } }';
const RECORD = 'mutation($input: RecordExportInput!) { recordExport(input: $input) }';
const today = () => new Date().toISOString().slice(0, 10);

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let analyst: TestClient;
let manager: TestClient;
let boardId: string;
let otherBoardId: string;
let a: string, b: string, c: string, elsewhere: string;

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, analyst, manager] = await loginAll(server.url, 'coordinator', 'member', 'analyst', 'manager');
  boardId = await createBoard(coord);
  otherBoardId = await createBoard(coord);
  a = await createPerson(coord, boardId, 'Ada Prøve');
  b = await createPerson(coord, boardId, 'Bo Prøve');
  c = await createPerson(coord, boardId, 'Cai Prøve');
  elsewhere = await createPerson(coord, otherBoardId, 'Dan Andetsted');
});

afterAll(async () => {
  await server?.stop();
});

async function newTie(): Promise<{ id: string; version: number }> {
  return (await coord.ok<{ createTie: { id: string; version: number } }>(TIE, { input: { boardId, sourceId: a, targetId: b, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE' } })).createTie;
}

describe('reopenTie', () => {
  test('takes an end back: the same tie, in force again, its edits kept; audited as an update of both ends', async () => {
    const tie = await newTie();
    await coord.ok(UPDATE_TIE, { input: { id: tie.id, version: 1, strength: 4 } });
    await coord.ok(END_TIE, { input: { id: tie.id, version: 2 } });
    expect((await coord.ok(BOARD, { id: boardId })).board.ties.map((t: { id: string }) => t.id)).not.toContain(tie.id);
    const r = await expectOneAudit(server.db, () => coord.ok(REOPEN, { input: { id: tie.id, version: 3 } }), {
      action: 'UPDATE', purpose: 'Mutation.reopenTie', personIds: [a, b],
    });
    expect(r.reopenTie).toMatchObject({ id: tie.id, version: 4, validFrom: today(), validTo: null, strength: 4, source: { id: a }, target: { id: b } });
    expect((await coord.ok(BOARD, { id: boardId })).board.ties.map((t: { id: string }) => t.id)).toContain(tie.id);
    expect(await rel(server.db, tie.id)).not.toHaveProperty('validTo');
  });

  test('refuses a tie that is not ended, a stale version, and a tie the user cannot see', async () => {
    const tie = await newTie();
    expectBadInput(await coord.gql(REOPEN, { input: { id: tie.id, version: 1 } }), { id: 'This has not been ended.' });
    await coord.ok(END_TIE, { input: { id: tie.id, version: 1 } });
    expectCode(await coord.gql(REOPEN, { input: { id: tie.id, version: 1 } }), 'STALE_VERSION');
    // The member is not on this board's team: the tie does not exist for them.
    expectCode(await member.gql(REOPEN, { input: { id: tie.id, version: 2 } }), 'NOT_FOUND');
    expectCode(await manager.gql(REOPEN, { input: { id: tie.id, version: 2 } }), 'FORBIDDEN');
    expect((await rel(server.db, tie.id))!.validTo).toBeTruthy();
  });
});

describe('removeGroupFromBoard', () => {
  test('takes a group off its only board and ends its memberships on the day they began; audited', async () => {
    const g = await createGroup(coord, boardId);
    const m1 = (await coord.ok(ADD, { input: { groupId: g.id, personId: a, role: 'CORE' } })).addMember;
    const m2 = (await coord.ok(ADD, { input: { groupId: g.id, personId: b, role: 'LEADER' } })).addMember;
    const r = await expectOneAudit(server.db, () => coord.ok(REMOVE, { input: { boardId, id: g.id, version: g.version } }), {
      action: 'UPDATE', purpose: 'Mutation.removeGroupFromBoard', personIds: [a, b],
    });
    expect(r.removeGroupFromBoard).toEqual({ id: g.id, version: g.version + 1 });
    const board = (await coord.ok(BOARD, { id: boardId })).board;
    expect(board.groups.map((x: { id: string }) => x.id)).not.toContain(g.id);
    expect(board.memberships.map((x: { id: string }) => x.id)).not.toContain(m1.id);
    // History kept, nothing deleted: each membership ended the day it began (never in force).
    for (const m of [m1, m2]) expect(await rel(server.db, m.id)).toMatchObject({ validFrom: today(), validTo: today() });
    // Gone from the user's reach: a second removal finds nothing.
    expectCode(await coord.gql(REMOVE, { input: { boardId, id: g.id, version: g.version + 1 } }), 'NOT_FOUND');
  });

  test('a group still on another board keeps its memberships there', async () => {
    const g = await createGroup(coord, boardId);
    const m = (await coord.ok(ADD, { input: { groupId: g.id, personId: c, role: 'CORE', validFrom: '2026-01-05' } })).addMember;
    await coord.ok(ADD_TO_BOARD, { b: otherBoardId, g: g.id });
    await coord.ok(REMOVE, { input: { boardId, id: g.id, version: g.version } });
    expect((await coord.ok(BOARD, { id: boardId })).board.groups.map((x: { id: string }) => x.id)).not.toContain(g.id);
    expect((await coord.ok(BOARD, { id: otherBoardId })).board.groups.map((x: { id: string }) => x.id)).toContain(g.id);
    expect(await rel(server.db, m.id)).not.toHaveProperty('validTo');
  });

  test('ends a membership that began earlier on the given day, and refuses stale, unseen and forbidden removals', async () => {
    const g = await createGroup(coord, boardId);
    const m = (await coord.ok(ADD, { input: { groupId: g.id, personId: a, role: 'CORE', validFrom: '2026-01-05' } })).addMember;
    expectCode(await coord.gql(REMOVE, { input: { boardId, id: g.id, version: g.version + 1 } }), 'STALE_VERSION');
    await expectNoAudit(server.db, async () => expectCode(await member.gql(REMOVE, { input: { boardId, id: g.id, version: g.version } }), 'NOT_FOUND'));
    expectCode(await manager.gql(REMOVE, { input: { boardId, id: g.id, version: g.version } }), 'FORBIDDEN');
    // Not on that board (it is on the coordinator's other board only through nothing): not found.
    expectCode(await coord.gql(REMOVE, { input: { boardId: otherBoardId, id: g.id, version: g.version } }), 'NOT_FOUND');
    expectBadInput(await coord.gql(REMOVE, { input: { boardId, id: a, version: 1 } }), { 'id': 'Not a valid id of the right kind.' });
    await coord.ok(REMOVE, { input: { boardId, id: g.id, version: g.version, validTo: '2026-02-01' } });
    expect(await rel(server.db, m.id)).toMatchObject({ validFrom: '2026-01-05', validTo: '2026-02-01', version: 2 });
  });
});

describe('recordExport', () => {
  test('writes one EXPORT row naming the people shown that are on the board, with format and filter', async () => {
    const filter = { hiddenTieTypes: ['CONFLICT', 'FRIEND'], minStrength: 2, focusPersonId: a, focusSteps: 1, labels: 'INITIALS', asOf: null };
    const r = await expectOneAudit(
      server.db,
      () => coord.ok(RECORD, { input: { boardId, format: 'PNG', personIds: [b, a, elsewhere, a], filter } }),
      {
        action: 'EXPORT',
        purpose: `Mutation.recordExport PNG {"focusPersonId":"${a}","focusSteps":1,"hiddenTieTypes":["CONFLICT","FRIEND"],"labels":"INITIALS","minStrength":2}`,
        personIds: [a, b],
      },
      ['Ada', 'Bo Prøve', elsewhere],
    );
    expect(r.recordExport).toBe(2);
    await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId, format: 'SVG', personIds: [] } }), {
      action: 'EXPORT', purpose: 'Mutation.recordExport SVG', personIds: [],
    });
  });

  test('refused, with no row, for roles the policy does not let export, and for a board not the user’s', async () => {
    await addToTeam(coord, server.db, boardId, 'member');
    const since = await auditMark(server.db);
    for (const who of [member, analyst, manager]) {
      const r = await who.gql(RECORD, { input: { boardId, format: 'PDF', personIds: [a] } });
      expectCode(r, 'FORBIDDEN');
      expect(r.errors![0]!.message).toBe('You do not have permission to do that.');
    }
    expect((await auditSince(server.db, since)).filter((x) => x.action === 'EXPORT')).toEqual([]);
    const stranger = await createBoard(member);
    expectCode(await coord.gql(RECORD, { input: { boardId: stranger, format: 'PNG', personIds: [] } }), 'NOT_FOUND');
    expectBadInput(await coord.gql(RECORD, { input: { boardId, format: 'PNG', personIds: [a], filter: { minStrength: 9 } } }), { 'filter.minStrength': 'Must be at most 5.' });
  });
});
