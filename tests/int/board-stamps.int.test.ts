// The board's read leaves out the record-keeping timestamps (createdAt, updatedAt) unless the
// operation asks for them (cypher/boards/get.cypher, $withStamps): the board never shows them and a
// large board carries thousands. Asked for anywhere in the operation, they come back as stored.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { createBoard, createPerson, node, rel, userId } from '../support/fixtures.js';

const CREATE_TIE = 'mutation($input: CreateTieInput!) { createTie(input: $input) { id } }';

let server: TestServer;
let coord: TestClient;
let boardId: string;
let alice: string;
let bob: string;
let tieId: string;

/** The stored DateTime as the API writes it (ISO, UTC). */
const iso = (v: unknown) => new Date(String(v)).toISOString();

beforeAll(async () => {
  server = await startTestServer();
  [coord] = await loginAll(server.url, 'coordinator');
  boardId = await createBoard(coord);
  alice = await createPerson(coord, boardId, 'Alva Stämpel');
  bob = await createPerson(coord, boardId, 'Bo Stämpel');
  tieId = (await coord.ok(CREATE_TIE, { input: { boardId, sourceId: alice, targetId: bob, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE' } })).createTie.id;
});

afterAll(async () => {
  await server?.stop();
});

describe('the board read and record-keeping timestamps', () => {
  test('boards/get reads them only with $withStamps, and the rest of each person and tie either way', async () => {
    const read = (withStamps: boolean) =>
      server.db.read(async (tx) => tx.one<{ people: Record<string, unknown>[]; ties: Record<string, unknown>[] }>('boards/get', {
        boardId, userId: await userId(server.db, 'coordinator'), asOf: new Date().toISOString().slice(0, 10),
        withPeople: true, withGroups: true, withTies: true, withMemberships: true, withGroupLinks: true, withStamps,
      }));
    const lean = (await read(false))!;
    const full = (await read(true))!;
    const person = (rows: Record<string, unknown>[]) => rows.find((p) => p.id === alice)!;
    expect(person(lean.people).createdAt).toBeNull();
    expect(person(lean.people).updatedAt).toBeNull();
    expect(lean.ties[0]!.createdAt).toBeNull();
    const stored = (await node(server.db, alice))!;
    expect(iso(person(full.people).createdAt)).toBe(iso(stored.createdAt));
    expect(iso(full.ties[0]!.updatedAt)).toBe(iso((await rel(server.db, tieId))!.updatedAt));
    const { createdAt: _c, updatedAt: _u, ...rest } = person(full.people);
    expect(person(lean.people)).toEqual({ ...rest, createdAt: null, updatedAt: null });
  });

  test('the page’s board query answers without them, unchanged', async () => {
    const r = await coord.ok('query($id: ID!) { board(id: $id) { people { id alias version } ties { id strength source { id } target { id } } } }', { id: boardId });
    expect(r.board.people.map((p: { id: string }) => p.id).sort()).toEqual([alice, bob].sort());
    expect(r.board.ties).toEqual([{ id: tieId, strength: 2, source: { id: alice }, target: { id: bob } }]);
  });

  test('asked for on the board’s people and ties, they are the stored values', async () => {
    const r = await coord.ok('query($id: ID!) { board(id: $id) { people { id createdAt updatedAt } ties { id createdAt } } }', { id: boardId });
    const stored = (await node(server.db, alice))!;
    const a = r.board.people.find((p: { id: string }) => p.id === alice);
    expect(a).toEqual({ id: alice, createdAt: iso(stored.createdAt), updatedAt: iso(stored.updatedAt) });
    expect(r.board.ties[0].createdAt).toBe(iso((await rel(server.db, tieId))!.createdAt));
  });

  test('asked for through a tie’s ends (served from the request cache the read fills), they are there', async () => {
    const r = await coord.ok('query($id: ID!) { board(id: $id) { ties { source { id createdAt } } } }', { id: boardId });
    expect(r.board.ties[0].source).toEqual({ id: alice, createdAt: iso((await node(server.db, alice))!.createdAt) });
  });

  test('asked for under another root field of the same operation, the person read there has them', async () => {
    const r = await coord.ok('query($id: ID!, $p: ID!) { board(id: $id) { people { id } } person(id: $p) { id createdAt } }', { id: boardId, p: alice });
    expect(r.person).toEqual({ id: alice, createdAt: iso((await node(server.db, alice))!.createdAt) });
  });
});
