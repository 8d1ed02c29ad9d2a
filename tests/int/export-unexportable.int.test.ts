// A board picture is passed on, so it may hold no tie whose legal basis the user may not export:
// besides police §115 (export-115.int.test.ts), ties shared on a consent or under another statute,
// which no policy rule lets anyone export (exportNetwork withholds them too). Tie.exportable tells
// the client which ties those are; recordExport refuses a picture holding one unless its filter
// says they were left out (withoutUnexportable, what Tavla's client sends).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { addToTeam, createBoard, createPerson, expectCode, expectNoAudit, expectOneAudit, marker } from '../support/fixtures.js';
import { seedId } from '../../seed/ids.js';

const TIE = 'mutation($input: CreateTieInput!) { createTie(input: $input) { id legalBasis consentId sourceAgency { id kind } } }';
const CONSENT = 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id version } }';
const WITHDRAW = 'mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }';
const RECORD = 'mutation($input: RecordExportInput!) { recordExport(input: $input) }';
const EXPORTABLE = 'query($id: ID!) { board(id: $id) { ties { id exportable } } }';

const GENERAL = {
  en: 'The picture would show ties shared on a consent or under another statute, which you may not pass on. Nothing was exported.',
  sv: 'Bilden skulle visa relationer som delats med samtycke eller enligt en annan lag, och dem får du inte lämna vidare. Inget exporterades.',
  da: 'Billedet ville vise relationer, der er delt med samtykke eller efter en anden lov, og dem må du ikke videregive. Intet blev eksporteret.',
};
const POLICE = 'The picture would show ties the police shared under §115, which may not be passed on. Nothing was exported.';

let server: TestServer;
let coord: TestClient; // social services
let analyst: TestClient; // police
let member: TestClient; // school
let boardId: string;
let a: string, b: string, c: string, d: string, e: string;
const ties: Record<'consent' | 'plain' | 'statute' | 'police', string> = { consent: '', plain: '', statute: '', police: '' };
let consent: { id: string; version: number };
const agency = { social: seedId('agency', 'social'), school: seedId('agency', 'school'), police: seedId('agency', 'police') };

const record = (who: TestClient, filter: Record<string, unknown> | null, board = boardId, personIds = [a, b, c, d, e]) =>
  who.gql(RECORD, { input: { boardId: board, format: 'PNG', personIds, filter } });
const newTie = async (who: TestClient, input: Record<string, unknown>) => (await who.ok(TIE, { input: { boardId, strength: 3, valence: 'SUPPORTIVE', ...input } })).createTie;

beforeAll(async () => {
  server = await startTestServer();
  [coord, analyst, member] = await loginAll(server.url, 'coordinator', 'analyst', 'member');
  boardId = await createBoard(coord, marker('unexportable picture'));
  await addToTeam(coord, server.db, boardId, 'analyst');
  await addToTeam(coord, server.db, boardId, 'member');
  [a, b, c, d, e] = [await createPerson(coord, boardId, 'Alva'), await createPerson(coord, boardId, 'Bo'), await createPerson(coord, boardId, 'Cim'), await createPerson(coord, boardId, 'Dag'), await createPerson(coord, boardId, 'Eli')];
  consent = (await coord.ok(CONSENT, { input: { personId: a, givenBy: 'mor (fiktiv)', scope: ['TIES'], agencyIds: [agency.social, agency.school, agency.police] } })).recordConsent;
  // a–b on Alva's mother's consent, b–c on no basis class, c–d under another statute (social
  // services), d–e the police's §115 information.
  const t1 = await newTie(coord, { sourceId: a, targetId: b, type: 'FRIEND', consentId: consent.id });
  expect(t1).toMatchObject({ legalBasis: 'CONSENT', consentId: consent.id, sourceAgency: { id: agency.social } });
  ties.consent = t1.id;
  ties.plain = (await newTie(coord, { sourceId: b, targetId: c, type: 'FAMILY' })).id;
  const t3 = await newTie(coord, { sourceId: c, targetId: d, type: 'CLASSMATE', legalBasis: 'OTHER_STATUTE', statuteCode: 'DK-FVL-28' });
  expect(t3).toMatchObject({ legalBasis: 'OTHER_STATUTE', sourceAgency: { id: agency.social } });
  ties.statute = t3.id;
  const t4 = await newTie(analyst, { sourceId: d, targetId: e, type: 'CO_OFFENDING', valence: 'HARMFUL', legalBasis: 'SSP_115' });
  expect(t4).toMatchObject({ legalBasis: 'SSP_115', sourceAgency: { kind: 'POLICE' } });
  ties.police = t4.id;
});

afterAll(async () => {
  await server?.stop();
});

describe('Tie.exportable', () => {
  test('is false for ties on a consent, under another statute or the police’s §115, for every team member whatever their agency', async () => {
    const want = { [ties.consent]: false, [ties.plain]: true, [ties.statute]: false, [ties.police]: false };
    for (const who of [coord, analyst, member]) {
      const got = (await who.ok(EXPORTABLE, { id: boardId })).board.ties as { id: string; exportable: boolean }[];
      expect(Object.fromEntries(got.map((t) => [t.id, t.exportable]))).toEqual(want);
    }
  });
});

describe('a board picture with consent and statute ties', () => {
  test('is refused, translated, with nothing recorded, when the filter leaves only the police ties out', async () => {
    const r = await expectNoAudit(server.db, () => record(coord, { withoutPolice115: true }));
    expectCode(r, 'FORBIDDEN');
    expect(r.errors![0]!.message).toBe(GENERAL.en);
    expect(r.data?.recordExport ?? null).toBeNull();
    for (const lang of ['sv', 'da'] as const) {
      const who = await new TestClient(server.url, lang).login('coordinator');
      expect((await record(who, { withoutPolice115: true })).errors![0]!.message).toBe(GENERAL[lang]);
    }
    // With the police tie in it too, the refusal names §115 (as before consent and statute ties were checked).
    expect((await record(coord, null)).errors![0]!.message).toBe(POLICE);
  });

  test('is refused for either kind on its own, and allowed once the filter in force hides both', async () => {
    const only = (hiddenTieTypes: string[]) => ({ withoutPolice115: true, hiddenTieTypes });
    // Only the statute tie c–d drawn.
    expect((await expectNoAudit(server.db, () => record(coord, only(['FRIEND'])))).errors![0]!.message).toBe(GENERAL.en);
    // Only the consent tie a–b drawn.
    expect((await expectNoAudit(server.db, () => record(coord, only(['CLASSMATE'])))).errors![0]!.message).toBe(GENERAL.en);
    // The focus on a, one step (a and b), holds the consent tie; on e, one step (d and e), only the police tie.
    expectCode(await record(coord, { withoutPolice115: true, focusPersonId: a, focusSteps: 1 }), 'FORBIDDEN');
    await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId, format: 'PNG', personIds: [d, e], filter: { withoutPolice115: true, focusPersonId: e, focusSteps: 1 } } }), {
      action: 'EXPORT', purpose: `Mutation.recordExport PNG {"focusPersonId":"${e}","focusSteps":1,"withoutPolice115":true}`, personIds: [d, e],
    });
    await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId, format: 'PNG', personIds: [a, b, c, d, e], filter: only(['FRIEND', 'CLASSMATE']) } }), {
      action: 'EXPORT', purpose: 'Mutation.recordExport PNG {"hiddenTieTypes":["CLASSMATE","FRIEND"],"withoutPolice115":true}', personIds: [a, b, c, d, e],
    });
  });

  test('is allowed and audited when the filter says every tie the user may not export was left out, as Tavla’s client sends it', async () => {
    for (const format of ['PNG', 'SVG', 'PDF']) {
      const r = await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId, format, personIds: [a, b, c, d, e], filter: { withoutUnexportable: true, labels: 'ALIASES' } } }), {
        action: 'EXPORT', purpose: `Mutation.recordExport ${format} {"labels":"ALIASES","withoutUnexportable":true}`, personIds: [a, b, c, d, e],
      });
      expect(r.recordExport).toBe(5);
    }
    expectCode(await record(coord, { withoutUnexportable: false, withoutPolice115: true }), 'FORBIDDEN');
  });

  test('a consent tie not shared with the user’s agency is not on their board, so not in their picture', async () => {
    const board = await createBoard(coord, marker('school consent'));
    await addToTeam(coord, server.db, board, 'member');
    const f = await createPerson(coord, board, 'Fia');
    const g = await createPerson(coord, board, 'Gus');
    const schoolOnly = (await member.ok(CONSENT, { input: { personId: f, givenBy: 'far (fiktiv)', scope: ['TIES'], agencyIds: [agency.school] } })).recordConsent;
    await member.ok(TIE, { input: { boardId: board, sourceId: f, targetId: g, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', consentId: schoolOnly.id } });
    // The school's member sees it and may not export it; the coordinator (social services) does not see it.
    expect((await member.ok(EXPORTABLE, { id: board })).board.ties.map((t: { exportable: boolean }) => t.exportable)).toEqual([false]);
    expect((await coord.ok(EXPORTABLE, { id: board })).board.ties).toEqual([]);
    await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId: board, format: 'PNG', personIds: [f, g] } }), {
      action: 'EXPORT', purpose: 'Mutation.recordExport PNG', personIds: [f, g],
    });
  });

  test('once the consent is withdrawn its tie is gone from the board and from the picture', async () => {
    await coord.ok(WITHDRAW, { input: { id: consent.id, version: consent.version, withdrawnBy: 'mor (fiktiv)' } });
    const left = (await coord.ok(EXPORTABLE, { id: boardId })).board.ties.map((t: { id: string }) => t.id);
    expect(left).not.toContain(ties.consent);
    await expectOneAudit(server.db, () => coord.ok(RECORD, { input: { boardId, format: 'SVG', personIds: [a, b, c, d, e], filter: { withoutPolice115: true, hiddenTieTypes: ['CLASSMATE'] } } }), {
      action: 'EXPORT', purpose: 'Mutation.recordExport SVG {"hiddenTieTypes":["CLASSMATE"],"withoutPolice115":true}', personIds: [a, b, c, d, e],
    });
  });
});
