// Information shared about a person (issue 6): an agency's internal notes are for that agency's
// users only (another agency's note looks exactly like no note); §115 information is shared only
// by police analysts, carries the "crime prevention only" flag and is never returned or exported
// for an investigation; another statute must be one the server is configured with; the access
// purpose is written to the access log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  addToTeam, auditMark, auditSince, countMarked, createBoard, createPerson, expectBadInput, expectCode, expectOneAudit, marker,
} from '../support/fixtures.js';

let server: TestServer;
let coord: TestClient; // social services
let member: TestClient; // school
let analyst: TestClient; // police
let manager: TestClient;
let boardId: string;

const SHARE = `mutation($input: ShareInformationInput!) { shareInformation(input: $input) {
  id class text legalBasis consentId purposeRestriction recordedBy sharedOn sourceAgency { id } statute { code label } person { id } } }`;
const INFO = `query($id: ID!, $p: AccessPurpose) { person(id: $id) { information(purpose: $p) { id class text purposeRestriction } } }`;
const TIE = `mutation($input: CreateTieInput!) { createTie(input: $input) { id legalBasis statute { code label } purposeRestriction } }`;

/** Reads a person's information and checks the one access-log row of that read (besides Query.person's own). */
async function infoLogged(c: TestClient, personId: string, purpose: string | undefined, logged: string) {
  const since = await auditMark(server.db);
  const list = await info(c, personId, purpose);
  const rows = (await auditSince(server.db, since)).filter((r) => r.purpose !== 'Query.person');
  expect(rows.map((r) => [r.action, r.purpose, r.personIds])).toEqual([['READ', logged, [personId]]]);
  return list;
}

async function info(c: TestClient, personId: string, purpose?: string): Promise<{ id: string; class: string; text: string; purposeRestriction: string | null }[]> {
  return (await c.ok(INFO, { id: personId, p: purpose ?? null })).person.information;
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, analyst, manager] = await loginAll(server.url, 'coordinator', 'member', 'analyst', 'manager');
  boardId = await createBoard(coord, marker('Information board'));
  for (const u of ['member', 'analyst', 'manager']) await addToTeam(coord, server.db, boardId, u);
});
afterAll(async () => {
  await server.stop();
});

describe('agencies’ internal notes', () => {
  it('are seen by users of the source agency only; to anyone else the note does not exist', async () => {
    const person = await createPerson(coord, boardId, 'Nora');
    const empty = await createPerson(coord, boardId, 'Otto');
    const police = (await analyst.ok(SHARE, { input: { personId: person, class: 'AGENCY_NOTE', text: 'Police: seen at the square twice.' } })).shareInformation;
    expect(police).toMatchObject({ class: 'AGENCY_NOTE', legalBasis: null, purposeRestriction: null, recordedBy: 'Anders Lund', person: { id: person } });
    const school = (await member.ok(SHARE, { input: { personId: person, class: 'AGENCY_NOTE', text: 'School: asked to sit elsewhere.' } })).shareInformation;

    expect((await info(analyst, person)).map((i) => i.id)).toEqual([police.id]);
    expect((await info(member, person)).map((i) => i.id)).toEqual([school.id]);
    // Social services (the coordinator) see neither, exactly as for a person without notes.
    expect(await info(coord, person)).toEqual([]);
    expect(await info(coord, person)).toEqual(await info(coord, empty));
    // The analyst's answer is the same as if the school's note had never been written.
    const analystView = await analyst.gql(INFO, { id: person, p: null });
    expect(JSON.stringify(analystView)).not.toContain('School: asked');
    expectCode(await manager.gql(INFO, { id: person, p: null }), 'FORBIDDEN');
  });

  it('are refused to a note-less role and for people off the user’s boards, and audited as a read of the person', async () => {
    const person = await createPerson(coord, boardId, 'Pia');
    expectCode(await manager.gql(SHARE, { input: { personId: person, class: 'AGENCY_NOTE', text: 'x' } }), 'FORBIDDEN');
    const elsewhere = await createBoard(coord, marker('Not the analyst’s'));
    const stranger = await createPerson(coord, elsewhere, 'Stranger');
    const text = marker('note');
    expectBadInput(await analyst.gql(SHARE, { input: { personId: stranger, class: 'AGENCY_NOTE', text } }), {
      personId: 'Refers to something that does not exist or that you cannot see.',
    });
    expect(await countMarked(server.db, text)).toBe(0);
    await infoLogged(member, person, undefined, 'Person.information:PREVENTION');
  });
});

describe('§115 information', () => {
  it('is shared only by police analysts, flagged for crime prevention only, and seen by the whole team', async () => {
    const person = await createPerson(coord, boardId, 'Rasmus');
    const text = marker('115');
    for (const c of [coord, member]) expectCode(await c.gql(SHARE, { input: { personId: person, class: 'POLICE_115', text } }), 'FORBIDDEN');
    expect(await countMarked(server.db, text)).toBe(0);
    const since = await auditMark(server.db);
    const p = (await analyst.ok(SHARE, { input: { personId: person, class: 'POLICE_115', text } })).shareInformation;
    expect(p).toMatchObject({ class: 'POLICE_115', legalBasis: 'SSP_115', purposeRestriction: 'CRIME_PREVENTION_ONLY', consentId: null, statute: null });
    expect((await auditSince(server.db, since)).map((r) => [r.action, r.purpose, r.personIds])).toEqual([['CREATE', 'Mutation.shareInformation', [person]]]);
    for (const c of [coord, member, analyst]) {
      expect(await info(c, person)).toEqual([{ id: p.id, class: 'POLICE_115', text, purposeRestriction: 'CRIME_PREVENTION_ONLY' }]);
    }
  });

  it('is never returned for an investigation, and the purpose is in the access log', async () => {
    const person = await createPerson(coord, boardId, 'Sune');
    const p115 = (await analyst.ok(SHARE, { input: { personId: person, class: 'POLICE_115', text: 'Shared under §115.' } })).shareInformation;
    const own = (await analyst.ok(SHARE, { input: { personId: person, class: 'AGENCY_NOTE', text: 'Own note.' } })).shareInformation;
    const statute = (await coord.ok(SHARE, { input: { personId: person, class: 'STATUTE', statuteCode: 'DK-FVL-28', text: 'Under another statute.' } })).shareInformation;
    expect((await info(analyst, person, 'PREVENTION')).map((i) => i.id).sort()).toEqual([p115.id, own.id, statute.id].sort());
    for (const c of [coord, member, analyst]) {
      const rows = await infoLogged(c, person, 'INVESTIGATION', 'Person.information:INVESTIGATION');
      expect(rows.map((i) => i.id)).not.toContain(p115.id);
      expect(rows.map((i) => i.class)).not.toContain('POLICE_115');
    }
    expect((await info(analyst, person, 'INVESTIGATION')).map((i) => i.id).sort()).toEqual([own.id, statute.id].sort());
  });

  it('never leaves Tavla in an export, and an export for an investigation says so in the access log', async () => {
    const board = await createBoard(coord, marker('Export purpose'));
    const a = await createPerson(coord, board, 'Tor');
    const b = await createPerson(coord, board, 'Ulf');
    const c = await createPerson(coord, board, 'Vera');
    await coord.ok(TIE, { input: { boardId: board, sourceId: a, targetId: b, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' } });
    const t115 = (await coord.ok(TIE, { input: { boardId: board, sourceId: b, targetId: c, type: 'CO_OFFENDING', strength: 4, valence: 'HARMFUL', legalBasis: 'SSP_115' } })).createTie;
    expect(t115.purposeRestriction).toBe('CRIME_PREVENTION_ONLY');
    const q = `query($b: ID!, $p: AccessPurpose) { exportNetwork(boardId: $b, format: GRAPHML, purpose: $p) { ties tiesWithheld content } }`;
    for (const purpose of ['PREVENTION', 'INVESTIGATION']) {
      const x = (await expectOneAudit(server.db, () => coord.ok(q, { b: board, p: purpose }), { action: 'EXPORT', purpose: `Query.exportNetwork:${purpose}`, personIds: [a, b, c] })).exportNetwork;
      expect(x).toMatchObject({ ties: 1, tiesWithheld: 1 });
      expect(x.content).not.toContain(t115.id);
      expect((x.content.match(/<edge /g) ?? []).length).toBe(1);
    }
    // Without a purpose, crime prevention is assumed (and logged).
    await expectOneAudit(server.db, () => coord.ok(q, { b: board }), { action: 'EXPORT', purpose: 'Query.exportNetwork:PREVENTION', personIds: [a, b, c] });
  });
});

describe('other statutes', () => {
  it('must be one the server is configured with: an unknown code is refused, translated, and nothing is written', async () => {
    const person = await createPerson(coord, boardId, 'Wilma');
    const other = await createPerson(coord, boardId, 'Xena');
    const text = marker('statute');
    const share = { personId: person, class: 'STATUTE', text, statuteCode: 'XX-NOT-A-LAW' };
    expectBadInput(await coord.gql(SHARE, { input: share }), { statuteCode: 'Not one of the statutes Tavla is set up with. Choose one from the list.' });
    expectBadInput(await coord.gql(SHARE, { input: { ...share, statuteCode: null } }), { statuteCode: 'Choose the statute it is shared under.' });
    const sv = await new TestClient(server.url, 'sv').login('coordinator');
    const da = await new TestClient(server.url, 'da').login('coordinator');
    expectBadInput(await sv.gql(SHARE, { input: share }), { statuteCode: 'Inte ett av de lagrum Tavla är inställd med. Välj ett i listan.' });
    expectBadInput(await da.gql(SHARE, { input: share }), { statuteCode: 'Ikke en af de lovhjemler, Tavla er sat op med. Vælg en fra listen.' });
    const tie = { boardId, sourceId: person, targetId: other, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', legalBasis: 'OTHER_STATUTE', note: text };
    expectBadInput(await coord.gql(TIE, { input: { ...tie, statuteCode: 'XX-NOT-A-LAW' } }), { statuteCode: 'Not one of the statutes Tavla is set up with. Choose one from the list.' });
    expectBadInput(await coord.gql(TIE, { input: { ...tie, legalBasis: 'CONSENT', statuteCode: 'DK-FVL-28' } }), {
      statuteCode: 'A statute can only be named when the legal basis is another statute.',
    });
    expectBadInput(await coord.gql('mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id } }', {
      input: { personId: person, factorId: (await coord.ok('{ factors { id } }')).factors[0].id, level: 1, legalBasis: 'OTHER_STATUTE', statuteCode: 'XX-NOT-A-LAW', note: text },
    }), { statuteCode: 'Not one of the statutes Tavla is set up with. Choose one from the list.' });
    expect(await countMarked(server.db, text)).toBe(0);
    // A configured one is accepted and shown with its label in the reader's language.
    const ok = (await da.ok(TIE, { input: { ...tie, note: null, statuteCode: 'DK-FVL-28' } })).createTie;
    expect(ok).toMatchObject({ legalBasis: 'OTHER_STATUTE', statute: { code: 'DK-FVL-28', label: 'Forvaltningslovens § 28' }, purposeRestriction: null });
  });

  it('come from LEGAL_STATUTES, validated at start', async () => {
    const custom = [{ code: 'SE-SOL-12-10', label: { sv: 'Socialtjänstlagen 12 kap. 10 §', da: 'Den svenske socialtjenestelov kap. 12 § 10', en: 'Swedish Social Services Act, ch. 12 s. 10' } }];
    const other = await startTestServer({ LEGAL_STATUTES: JSON.stringify(custom) });
    try {
      const sv = await new TestClient(other.url, 'sv').login('coordinator');
      expect((await sv.ok('{ legalStatutes { code label } }')).legalStatutes).toEqual([{ code: 'SE-SOL-12-10', label: 'Socialtjänstlagen 12 kap. 10 §' }]);
      const person = await createPerson(sv, boardId, 'Yrsa');
      const shared = (await sv.ok(SHARE, { input: { personId: person, class: 'STATUTE', statuteCode: 'SE-SOL-12-10', text: 'Enligt konfigurerat lagrum.' } })).shareInformation;
      expect(shared.statute).toEqual({ code: 'SE-SOL-12-10', label: 'Socialtjänstlagen 12 kap. 10 §' });
      // The default list's code is unknown to this server.
      expectBadInput(await sv.gql(SHARE, { input: { personId: person, class: 'STATUTE', statuteCode: 'DK-FVL-28', text: 'x' } }), {
        statuteCode: 'Inte ett av de lagrum Tavla är inställd med. Välj ett i listan.',
      });
    } finally {
      await other.stop();
    }
    expect((await coord.ok('{ legalStatutes { code } }')).legalStatutes.map((s: { code: string }) => s.code)).toEqual(['SE-OSL-10-18A', 'DK-FVL-28']);
    await expect(startTestServer({ LEGAL_STATUTES: '[{"code": "bad code", "label": {"sv": "x", "da": "x", "en": "x"}}]' })).rejects.toThrow(/LEGAL_STATUTES/);
  });
});
