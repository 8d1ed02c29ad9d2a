// What the police shared under §115 never leaves Tavla in a board picture either: recordExport
// works out from the database which ties the picture draws under the filter in force and refuses,
// translated and with nothing recorded, when one is a police §115 tie the user sees. (The client
// leaves them out of every picture, with every other tie the user may not pass on, and says so in
// the filter: withoutUnexportable; older clients said withoutPolice115. Consent and statute ties:
// export-unexportable.int.test.ts.)
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { addToTeam, createBoard, createPerson, expectCode, expectNoAudit, expectOneAudit, marker } from '../support/fixtures.js';

const TIE = 'mutation($input: CreateTieInput!) { createTie(input: $input) { id version legalBasis sourceAgency { id kind } } }';
const END_TIE = 'mutation($input: EndTieInput!) { endTie(input: $input) { id } }';
const RECORD = 'mutation($input: RecordExportInput!) { recordExport(input: $input) }';

let server: TestServer;
let coord: TestClient; // social services
let analyst: TestClient; // police
let boardId: string;
let policeId: string;
let a: string, b: string, c: string, d: string;
let police115: string;

const record = (who: TestClient, filter: Record<string, unknown> | null, format = 'PNG', board = boardId) =>
  who.gql(RECORD, { input: { boardId: board, format, personIds: [a, b, c, d], filter } });

beforeAll(async () => {
  server = await startTestServer();
  [coord, analyst] = await loginAll(server.url, 'coordinator', 'analyst');
  boardId = await createBoard(coord, marker('§115 picture'));
  await addToTeam(coord, server.db, boardId, 'analyst');
  [a, b, c, d] = [await createPerson(coord, boardId, 'Aron'), await createPerson(coord, boardId, 'Bea'), await createPerson(coord, boardId, 'Cleo'), await createPerson(coord, boardId, 'Dino')];
  // The police analyst shares a §115 tie a–b from March; the coordinator records c–d on consent.
  const t = (await analyst.ok(TIE, { input: { boardId, sourceId: a, targetId: b, type: 'CO_OFFENDING', strength: 4, valence: 'HARMFUL', legalBasis: 'SSP_115', validFrom: '2026-03-01' } })).createTie;
  expect(t).toMatchObject({ legalBasis: 'SSP_115', sourceAgency: { kind: 'POLICE' } });
  police115 = t.id;
  policeId = t.sourceAgency.id;
  await coord.ok(TIE, { input: { boardId, sourceId: c, targetId: d, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', validFrom: '2026-01-10' } });
});

afterAll(async () => {
  await server?.stop();
});

describe('a board picture with a police §115 tie', () => {
  test('is refused, translated, with nothing recorded, in every format', async () => {
    for (const format of ['PNG', 'SVG', 'PDF']) {
      const r = await expectNoAudit(server.db, () => record(coord, null, format));
      expectCode(r, 'FORBIDDEN');
      expect(r.errors![0]!.message).toBe('The picture would show ties the police shared under §115, which may not be passed on. Nothing was exported.');
      expect(r.data?.recordExport ?? null).toBeNull();
    }
    const sv = await new TestClient(server.url, 'sv').login('coordinator');
    const da = await new TestClient(server.url, 'da').login('coordinator');
    expect((await record(sv, {})).errors![0]!.message).toBe('Bilden skulle visa relationer som polisen delat enligt §115, och de får inte lämnas vidare. Inget exporterades.');
    expect((await record(da, {})).errors![0]!.message).toBe('Billedet ville vise relationer, som politiet har delt efter §115, og de må ikke videregives. Intet blev eksporteret.');
    // A filter that leaves the tie in the picture changes nothing.
    for (const filter of [{ hiddenAgencies: ['none'] }, { hiddenTieTypes: ['FRIEND'] }, { minStrength: 4 }, { focusPersonId: a, focusSteps: 1 }, { withoutPolice115: false }]) {
      expectCode(await expectNoAudit(server.db, () => record(coord, filter)), 'FORBIDDEN');
    }
  });

  test('is allowed and audited when the filter in force hides the tie', async () => {
    const hidden: [Record<string, unknown>, string][] = [
      [{ hiddenAgencies: [policeId] }, `{"hiddenAgencies":["${policeId}"]}`],
      [{ hiddenTieTypes: ['CO_OFFENDING'] }, '{"hiddenTieTypes":["CO_OFFENDING"]}'],
      [{ hiddenValences: ['HARMFUL'] }, '{"hiddenValences":["HARMFUL"]}'],
      [{ minStrength: 5 }, '{"minStrength":5}'],
      // c's neighbourhood (c and d) does not hold a–b.
      [{ focusPersonId: c, focusSteps: 2 }, `{"focusPersonId":"${c}","focusSteps":2}`],
      // The board as it was before the tie began.
      [{ asOf: '2026-02-01' }, '{"asOf":"2026-02-01"}'],
      // Left out, as Tavla's client leaves them out of every picture (and the log says so).
      [{ withoutPolice115: true, labels: 'ALIASES' }, '{"labels":"ALIASES","withoutPolice115":true}'],
      [{ withoutUnexportable: true }, '{"withoutUnexportable":true}'],
    ];
    for (const [filter, logged] of hidden) {
      const r = await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId, format: 'SVG', personIds: [a, b, c, d], filter } }), {
        action: 'EXPORT', purpose: `Mutation.recordExport SVG ${logged}`, personIds: [a, b, c, d],
      });
      expect(r.recordExport).toBe(4);
    }
  });
});

describe('ties that are not police §115 data the user sees', () => {
  test('§115 data from social services is not police information: not refused', async () => {
    const board = await createBoard(coord, marker('social §115'));
    const e = await createPerson(coord, board, 'Ebbe');
    const f = await createPerson(coord, board, 'Frida');
    const t = (await coord.ok(TIE, { input: { boardId: board, sourceId: e, targetId: f, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', legalBasis: 'SSP_115' } })).createTie;
    expect(t.sourceAgency.kind).not.toBe('POLICE');
    await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId: board, format: 'PNG', personIds: [e, f] } }), {
      action: 'EXPORT', purpose: 'Mutation.recordExport PNG', personIds: [e, f],
    });
  });

  test('a police §115 tie between people not both on the exported board is not in its picture', async () => {
    // a is also on the coordinator's other board, b is not: there the tie a–b is not drawn.
    const other = await createBoard(coord, marker('without b'));
    const e = await createPerson(coord, other, 'Gorm');
    await coord.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { boardId: other, kind: 'YOUNG_PERSON', alias: 'Aron', existingPersonId: a } });
    await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId: other, format: 'PNG', personIds: [e, a, b] } }), {
      action: 'EXPORT', purpose: 'Mutation.recordExport PNG', personIds: [e, a],
    });
    // Once b is on it too, the tie is on that board and in its picture.
    await coord.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { boardId: other, kind: 'YOUNG_PERSON', alias: 'Bea', existingPersonId: b } });
    expectCode(await expectNoAudit(server.db, () => coord.gql(RECORD, { input: { boardId: other, format: 'PNG', personIds: [e, a, b] } })), 'FORBIDDEN');
  });

  test('an ended police §115 tie counts only while changes are shown (the picture draws it as ended)', async () => {
    const board = await createBoard(coord, marker('ended §115'));
    await addToTeam(coord, server.db, board, 'analyst');
    const g = await createPerson(coord, board, 'Hugo');
    const h = await createPerson(coord, board, 'Ines');
    const t = (await analyst.ok(TIE, { input: { boardId: board, sourceId: g, targetId: h, type: 'CONFLICT', strength: 2, valence: 'HARMFUL', legalBasis: 'SSP_115', validFrom: '2026-01-05' } })).createTie;
    await analyst.ok(END_TIE, { input: { id: t.id, version: t.version } });
    await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId: board, format: 'PNG', personIds: [g, h], filter: { hiddenAgencies: [policeId] } } }), {
      action: 'EXPORT', purpose: `Mutation.recordExport PNG {"hiddenAgencies":["${policeId}"]}`, personIds: [g, h],
    });
    const r = await expectNoAudit(server.db, () => coord.gql(RECORD, { input: { boardId: board, format: 'PNG', personIds: [g, h], filter: { hiddenAgencies: [policeId], changesSince: '2026-01-01' } } }));
    expectCode(r, 'FORBIDDEN');
  });

  test('the §115 tie is still on the board for everyone on the team (the refusal hides nothing)', async () => {
    const ties = (await coord.ok('query($id: ID!) { board(id: $id) { ties { id } } }', { id: boardId })).board.ties.map((x: { id: string }) => x.id);
    expect(ties).toContain(police115);
  });
});
