import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { auditSince, now } from '../support/audit.js';

let server: TestServer;
let coord: TestClient;
let boardId: string;

const createPerson = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id alias kind version toneSetter } }`;
const createTie = `mutation($input: CreateTieInput!) { createTie(input: $input) { id type strength valence directed version source { id } target { id } } }`;

async function person(alias: string, kind = 'YOUNG_PERSON'): Promise<{ id: string; version: number }> {
  return (await coord.ok(createPerson, { input: { boardId, kind, alias } })).createPerson;
}

beforeAll(async () => {
  server = await startTestServer();
  coord = await new TestClient(server.url).login('coordinator');
  boardId = (await coord.ok('mutation { createBoard(input: { title: "People and ties test" }) { id } }')).createBoard.id;
});
afterAll(async () => {
  await server.stop();
});

describe('people', () => {
  it('creates a person on a board, with one CREATE audit row naming them and holding no data', async () => {
    const since = await now(server);
    const p = (await coord.ok(createPerson, { input: { boardId, kind: 'YOUNG_PERSON', alias: 'Testo', name: 'Testo Fiktiv', birthYear: 2011 } })).createPerson;
    expect(p).toMatchObject({ alias: 'Testo', kind: 'YOUNG_PERSON', version: 1, toneSetter: false });
    const rows = await auditSince(server, since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'CREATE', purpose: 'Mutation.createPerson', username: 'coordinator', role: 'COORDINATOR', personIds: [p.id] });
    expect(JSON.stringify(rows[0])).not.toMatch(/Testo|Fiktiv|2011/);
  });

  it('reading a person is audited as READ', async () => {
    const p = await person('Readme');
    const since = await now(server);
    const { person: read } = await coord.ok('query($id: ID!) { person(id: $id) { id alias name } }', { id: p.id });
    expect(read).toEqual({ id: p.id, alias: 'Readme', name: null });
    const rows = await auditSince(server, since);
    expect(rows.map((r) => [r.action, r.purpose, r.personIds])).toEqual([['READ', 'Query.person', [p.id]]]);
  });

  it('refuses invalid input per field, translated, and writes nothing', async () => {
    const alias = `Invalid-${Date.now()}`;
    const r = await coord.gql(createPerson, { input: { boardId: 'grp_00000000-0000-4000-8000-000000000000', kind: 'YOUNG_PERSON', alias, birthYear: 1200 } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors?.[0]?.extensions?.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['birthYear', 'boardId']);
    expect(fields.find((f) => f.field === 'boardId')?.message).toBe('Not a valid id of the right kind.');
    const n = await server.db.read((tx) => tx.one<{ n: number }>('test/count-people-by-alias', { alias }));
    expect(n?.n).toBe(0);
  });

  it('answers in Swedish and Danish', async () => {
    const sv = await new TestClient(server.url, 'sv').login('coordinator');
    const r = await sv.gql(createPerson, { input: { boardId, kind: 'YOUNG_PERSON', alias: '' } });
    expect(r.errors?.[0]?.message).toBe('En del av det du angett är inte giltigt.');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([{ field: 'alias', message: 'Obligatoriskt.' }]);
    const da = await new TestClient(server.url, 'da').login('coordinator');
    const r2 = await da.gql('query { person(id: "per_00000000-0000-4000-8000-000000000000") { id } }');
    expect(r2.data?.person).toBeNull();
    const r3 = await da.gql(createPerson, { input: { boardId, kind: 'YOUNG_PERSON', alias: '' } });
    expect(r3.errors?.[0]?.extensions?.fields).toEqual([{ field: 'alias', message: 'Skal udfyldes.' }]);
  });

  it('refuses a stale version and keeps the newer edit', async () => {
    const p = await person('Stale');
    const upd = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { alias version } }';
    expect((await coord.ok(upd, { input: { id: p.id, version: 1, alias: 'First' } })).updatePerson).toEqual({ alias: 'First', version: 2 });
    const stale = await coord.gql(upd, { input: { id: p.id, version: 1, alias: 'Second' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('STALE_VERSION');
    expect(stale.errors?.[0]?.message).toMatch(/Someone else changed this first/);
    const { person: now2 } = await coord.ok('query($id: ID!) { person(id: $id) { alias version } }', { id: p.id });
    expect(now2).toEqual({ alias: 'First', version: 2 });
  });

  it('a user not on the board gets the same answer as for a missing person', async () => {
    const p = await person('Hidden');
    const other = await new TestClient(server.url).login('analyst');
    const denied = await other.gql('query($id: ID!) { person(id: $id) { id alias } }', { id: p.id });
    const missing = await other.gql('query($id: ID!) { person(id: $id) { id alias } }', { id: 'per_00000000-0000-4000-8000-000000000001' });
    expect(denied.data).toEqual({ person: null });
    expect(denied.data).toEqual(missing.data);
    expect(denied.errors).toEqual(missing.errors);
    const upd = await other.gql('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }', { input: { id: p.id, version: 1, alias: 'X' } });
    const updMissing = await other.gql('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }', { input: { id: 'per_00000000-0000-4000-8000-000000000001', version: 1, alias: 'X' } });
    expect(upd.errors).toEqual(updMissing.errors);
    expect(upd.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a manager sees pseudonyms, never names', async () => {
    const mgr = await new TestClient(server.url).login('manager');
    const { boards } = await mgr.ok<{ boards: { id: string }[] }>('{ boards { id } }');
    for (const b of boards) {
      const { board } = await mgr.ok('query($id: ID!) { board(id: $id) { people { id alias name birthYear initials pseudonym } } }', { id: b.id });
      for (const p of board.people) {
        expect(p.name).toBeNull();
        expect(p.birthYear).toBeNull();
        expect(p.alias).toBe(p.pseudonym);
        expect(p.alias).toMatch(/^P-[0-9A-F]{6}$/);
      }
    }
    const r = await mgr.gql(createPerson, { input: { boardId, kind: 'YOUNG_PERSON', alias: 'Nope' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an existing person put on a second board is the same node', async () => {
    const p = await person('Shared');
    const b2 = (await coord.ok('mutation { createBoard(input: { title: "Second board" }) { id } }')).createBoard.id;
    const again = (await coord.ok(createPerson, { input: { boardId: b2, kind: 'YOUNG_PERSON', alias: 'ignored', existingPersonId: p.id } })).createPerson;
    expect(again.id).toBe(p.id);
    expect(again.alias).toBe('Shared');
  });
});

describe('ties', () => {
  it('creates, updates (keeping a revision), ends a tie; ending hides it from today but not from before', async () => {
    const a = await person('TieA');
    const b = await person('TieB');
    const since = await now(server);
    const t = (await coord.ok(createTie, { input: { boardId, sourceId: a.id, targetId: b.id, type: 'LOOKS_UP_TO', strength: 3, valence: 'HARMFUL', directed: true, validFrom: '2026-01-05' } })).createTie;
    expect(t).toMatchObject({ type: 'LOOKS_UP_TO', strength: 3, valence: 'HARMFUL', directed: true, version: 1, source: { id: a.id }, target: { id: b.id } });
    const audit = await auditSince(server, since);
    expect(audit.map((r) => [r.action, r.purpose, r.personIds])).toEqual([['CREATE', 'Mutation.createTie', [a.id, b.id].sort()]]);

    const upd = (await coord.ok('mutation($input: UpdateTieInput!) { updateTie(input: $input) { strength version } }', { input: { id: t.id, version: 1, strength: 5 } })).updateTie;
    expect(upd).toEqual({ strength: 5, version: 2 });
    const revs = await server.db.read((tx) => tx.rows<{ revision: { strength: number; version: number } }>('test/revisions-of-tie', { id: t.id }));
    expect(revs.map((r) => [r.revision.strength, r.revision.version])).toEqual([[3, 1]]);

    const ended = (await coord.ok('mutation($input: EndTieInput!) { endTie(input: $input) { validTo version } }', { input: { id: t.id, version: 2, validTo: '2026-03-01' } })).endTie;
    expect(ended).toEqual({ validTo: '2026-03-01', version: 3 });
    const ties = async (asOf?: string) =>
      (await coord.ok('query($id: ID!, $asOf: Date) { board(id: $id) { ties(asOf: $asOf) { id } } }', { id: boardId, asOf })).board.ties.map((x: { id: string }) => x.id);
    expect(await ties()).not.toContain(t.id);
    expect(await ties('2026-02-01')).toContain(t.id);
    expect(await ties('2026-01-04')).not.toContain(t.id);
  });

  it('refuses a tie to oneself, a bad strength, and a person not on the board; nothing written', async () => {
    const a = await person('Solo');
    const r1 = await coord.gql(createTie, { input: { boardId, sourceId: a.id, targetId: a.id, type: 'FRIEND', strength: 6, valence: 'SUPPORTIVE' } });
    expect(r1.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field).sort()).toEqual(['strength', 'targetId']);
    const outsider = (await new TestClient(server.url).login('member').then(async (m) => {
      const b = (await m.ok('mutation { createBoard(input: { title: "Elsewhere" }) { id } }')).createBoard.id;
      return (await m.ok(createPerson, { input: { boardId: b, kind: 'YOUNG_PERSON', alias: 'Elsewhere' } })).createPerson;
    }));
    const r2 = await coord.gql(createTie, { input: { boardId, sourceId: a.id, targetId: outsider.id, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE' } });
    expect(r2.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { person: p } = await coord.ok('query($id: ID!) { person(id: $id) { ties { id } } }', { id: a.id });
    expect(p.ties).toEqual([]);
  });

  it('refuses ending a tie before it began', async () => {
    const a = await person('EndA');
    const b = await person('EndB');
    const t = (await coord.ok(createTie, { input: { boardId, sourceId: a.id, targetId: b.id, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', validFrom: '2026-05-01' } })).createTie;
    const r = await coord.gql('mutation($input: EndTieInput!) { endTie(input: $input) { id } }', { input: { id: t.id, version: 1, validTo: '2026-04-01' } });
    expect(r.errors?.[0]?.extensions?.fields).toEqual([{ field: 'validTo', message: 'The end date must be after the start date.' }]);
    const tie = await server.db.read((tx) => tx.one<{ tie: { validTo: unknown; version: number } }>('test/tie-by-id', { id: t.id }));
    expect(tie?.tie.validTo ?? null).toBeNull();
    expect(tie?.tie.version).toBe(1);
  });
});

describe('boards', () => {
  it('the board query is one audited read naming exactly the board\'s people', async () => {
    const since = await now(server);
    const { board } = await coord.ok('query($id: ID!) { board(id: $id) { people { id } ties { id source { id } } groups { id } } }', { id: boardId });
    const rows = await auditSince(server, since);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.personIds).toEqual(board.people.map((p: { id: string }) => p.id).sort());
  });

  it('tone-setter marking and layout are saved per board', async () => {
    const p = await person('Tone');
    const r = await coord.ok('mutation($input: SetToneSetterInput!) { setToneSetter(input: $input) { id toneSetter } }', { input: { boardId, personId: p.id, toneSetter: true } });
    expect(r.setToneSetter).toEqual({ id: p.id, toneSetter: true });
    await coord.ok('mutation($b: ID!, $pos: [NodePositionInput!]!) { saveLayout(boardId: $b, positions: $pos) { nodeId } }', { b: boardId, pos: [{ nodeId: p.id, x: 12.5, y: -40 }] });
    const { board } = await coord.ok('query($id: ID!) { board(id: $id) { layout { nodeId x y } people { id toneSetter } } }', { id: boardId });
    expect(board.layout).toContainEqual({ nodeId: p.id, x: 12.5, y: -40 });
    expect(board.people.find((x: { id: string }) => x.id === p.id).toneSetter).toBe(true);
  });

  it('a board\'s layout, read with its people in one audited read, is what boards/layout holds', async () => {
    const a = await person('Placed A');
    const b = await person('Placed B');
    await person('Never placed');
    const g = (await coord.ok('mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }', { input: { boardId, name: 'Placed group' } })).createGroup;
    const pos = [{ nodeId: a.id, x: 0, y: 7 }, { nodeId: b.id, x: -3.25, y: 1e4 }, { nodeId: g.id, x: 50, y: -50 }];
    await coord.ok('mutation($b: ID!, $pos: [NodePositionInput!]!) { saveLayout(boardId: $b, positions: $pos) { nodeId } }', { b: boardId, pos });
    const userId = (await coord.ok('{ me { id } }')).me.id;
    const stored = await server.db.read((tx) => tx.rows('boards/layout', { boardId, userId }));
    const since = await now(server);
    const { board } = await coord.ok('query($id: ID!) { board(id: $id) { layout { nodeId x y } } }', { id: boardId });
    expect(board.layout).toEqual(stored);
    for (const p of pos) expect(board.layout).toContainEqual(p);
    // The positions are people's data on this board: the read is audited, once.
    const rows = await auditSince(server, since);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.personIds).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('updateBoard refuses a stale version', async () => {
    const b = (await coord.ok('mutation { createBoard(input: { title: "Versioned" }) { id version } }')).createBoard;
    const upd = 'mutation($input: UpdateBoardInput!) { updateBoard(input: $input) { title version } }';
    expect((await coord.ok(upd, { input: { id: b.id, version: 1, title: 'V2' } })).updateBoard).toEqual({ title: 'V2', version: 2 });
    expect((await coord.gql(upd, { input: { id: b.id, version: 1, title: 'V3' } })).errors?.[0]?.extensions?.code).toBe('STALE_VERSION');
  });

  it('team members can be added and removed; a removed member loses access', async () => {
    const b = (await coord.ok('mutation { createBoard(input: { title: "Team" }) { id } }')).createBoard.id;
    const users = (await coord.ok('{ users(first: 50) { nodes { id username } } }')).users.nodes;
    const memberId = users.find((u: { username: string }) => u.username === 'member').id;
    await coord.ok('mutation($b: ID!, $u: ID!) { addTeamMember(boardId: $b, userId: $u) { id } }', { b, u: memberId });
    const m = await new TestClient(server.url).login('member');
    expect((await m.ok('query($id: ID!) { board(id: $id) { id } }', { id: b })).board).toEqual({ id: b });
    await coord.ok('mutation($b: ID!, $u: ID!) { removeTeamMember(boardId: $b, userId: $u) { id } }', { b, u: memberId });
    expect((await m.ok('query($id: ID!) { board(id: $id) { id } }', { id: b })).board).toBeNull();
  });
});
