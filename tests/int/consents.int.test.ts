// Consents (issue 6): recording and withdrawing them, and what rests on them. A tie, an assessment
// or a piece of information shared on a consent is shown, in every read, only while that consent
// is live and names the reader's agency; withdrawal or expiry hides it at once for every role, in
// the board load, the person panel, analysis, export and "what changed", like a missing record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { seedId } from '../../seed/ids.js';
import {
  addToTeam, auditMark, auditSince, countMarked, createBoard, createPerson, expectBadInput, expectCode, marker,
} from '../support/fixtures.js';

let server: TestServer;
let coord: TestClient; // social services
let member: TestClient; // school
let analyst: TestClient; // police
let manager: TestClient; // social services, pseudonyms only
let boardId: string;
let ann: string;
let ben: string;
let cai: string;
const agency: Record<string, string> = {};
const today = new Date().toISOString().slice(0, 10);
const dayOffset = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) {
  id version givenBy scope givenOn expiresOn live recordedBy person { id } agencies { id } withdrawal { at withdrawnBy recordedBy } } }`;
const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) {
  id version live withdrawal { at withdrawnBy recordedBy } } }`;
const CONSENTS = `query($id: ID!) { person(id: $id) { consents { id live givenBy withdrawal { withdrawnBy } } } }`;
const TIE = `mutation($input: CreateTieInput!) { createTie(input: $input) { id consentId legalBasis sourceAgency { id } version } }`;
const ASSESS = `mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id consentId } }`;
const SHARE = `mutation($input: ShareInformationInput!) { shareInformation(input: $input) { id consentId legalBasis class } }`;


async function record(c: TestClient, input: Record<string, unknown>) {
  return (await c.ok(RECORD, { input })).recordConsent as { id: string; version: number; live: boolean };
}

/** Everything a role can see of one tie id, through every read that shows ties. */
async function tieSightings(c: TestClient, tieId: string, opts: { analysis: boolean; changes: boolean; person: string }) {
  const seen: string[] = [];
  const board = await c.ok(`query($id: ID!) { board(id: $id) { ties { id } } }`, { id: boardId });
  if (board.board.ties.some((t: { id: string }) => t.id === tieId)) seen.push('board');
  const panel = await c.ok(`query($id: ID!) { person(id: $id) { ties { id } } }`, { id: opts.person });
  if (panel.person.ties.some((t: { id: string }) => t.id === tieId)) seen.push('person');
  const one = await c.ok(`query($id: ID!) { tie(id: $id) { id } }`, { id: tieId });
  if (one.tie) seen.push('tie');
  if (opts.analysis) {
    // The analysis loads count every tie they are given: the ego network lists them by id.
    const a = await c.ok(`query($b: ID!, $p: ID!) { egoNetwork(boardId: $b, personId: $p) { ties { id } } }`, { b: boardId, p: opts.person });
    if (a.egoNetwork.ties.some((t: { id: string }) => t.id === tieId)) seen.push('analysis');
  }
  if (opts.changes) {
    const ch = await c.ok(`query($id: ID!, $s: Date!) { board(id: $id) { changes(since: $s) { newTies { id } } } }`, { id: boardId, s: dayOffset(-1) });
    if (ch.board.changes.newTies.some((t: { id: string }) => t.id === tieId)) seen.push('changes');
  }
  return seen;
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, analyst, manager] = await loginAll(server.url, 'coordinator', 'member', 'analyst', 'manager');
  boardId = await createBoard(coord, marker('Consent board'));
  for (const u of ['member', 'analyst', 'manager']) await addToTeam(coord, server.db, boardId, u);
  ann = await createPerson(coord, boardId, 'Ann');
  ben = await createPerson(coord, boardId, 'Ben');
  cai = await createPerson(coord, boardId, 'Cai');
  // The demo users' agencies: coordinator and manager social services, member school, analyst police.
  agency.social = seedId('agency', 'social');
  agency.school = seedId('agency', 'school');
  agency.police = seedId('agency', 'police');
});
afterAll(async () => {
  await server.stop();
});

describe('recording consents', () => {
  it('records a consent (who gave it in words, scope, agencies, dates), audited as a write about the person', async () => {
    const since = await auditMark(server.db);
    const c = (await member.ok(RECORD, { input: {
      personId: ann, givenBy: 'mother', scope: ['TIES', 'FACTORS', 'TIES'], agencyIds: [agency.school, agency.social], expiresOn: dayOffset(90),
    } })).recordConsent;
    expect(c).toMatchObject({
      version: 1, givenBy: 'mother', scope: ['FACTORS', 'TIES'], givenOn: today, expiresOn: dayOffset(90), live: true, recordedBy: 'Mette Kragh',
      person: { id: ann }, withdrawal: null,
    });
    expect(c.agencies.map((a: { id: string }) => a.id).sort()).toEqual([agency.school, agency.social].sort());
    const rows = await auditSince(server.db, since);
    expect(rows.map((r) => [r.action, r.purpose, r.personIds, r.username])).toEqual([['CREATE', 'Mutation.recordConsent', [ann], 'member']]);
    expect(JSON.stringify(rows)).not.toContain('mother');
    const list = await coord.ok(CONSENTS, { id: ann });
    expect(list.person.consents).toContainEqual({ id: c.id, live: true, givenBy: 'mother', withdrawal: null });
  });

  it('refuses bad consents with translated messages and writes nothing', async () => {
    const givenBy = marker('refused');
    expectBadInput(await coord.gql(RECORD, { input: { personId: ann, givenBy, scope: [], agencyIds: [agency.social] } }), { scope: 'Choose at least 1.' });
    expectBadInput(await coord.gql(RECORD, { input: { personId: ann, givenBy, scope: ['TIES'], agencyIds: [agency.social], givenOn: today, expiresOn: today } }), {
      expiresOn: 'The expiry date must be after the day the consent was given.',
    });
    expectBadInput(await coord.gql(RECORD, { input: { personId: ann, givenBy, scope: ['TIES'], agencyIds: ['agy_00000000-0000-4000-8000-000000000000'] } }), {
      agencyIds: 'Refers to something that does not exist or that you cannot see.',
    });
    const sv = await new TestClient(server.url, 'sv').login('coordinator');
    expectBadInput(await sv.gql(RECORD, { input: { personId: ann, givenBy, scope: ['TIES'], agencyIds: [agency.social], givenOn: dayOffset(-5), expiresOn: dayOffset(-6) } }), {
      expiresOn: 'Slutdatumet måste vara efter dagen då samtycket gavs.',
    });
    expect(await countMarked(server.db, givenBy)).toBe(0);
  });

  it('lets only the case team record, and a person off the user’s boards does not exist', async () => {
    const input = { personId: ann, givenBy: 'father', scope: ['TIES'], agencyIds: [agency.police] };
    expectCode(await analyst.gql(RECORD, { input }), 'FORBIDDEN');
    expectCode(await manager.gql(RECORD, { input }), 'FORBIDDEN');
    expectCode(await manager.gql(CONSENTS, { id: ann }), 'FORBIDDEN');
    // Analysts see the consents of the people on their boards (what they are shown rests on them).
    expect((await analyst.ok(CONSENTS, { id: ann })).person.consents.length).toBeGreaterThan(0);
    const elsewhere = await createBoard(coord, marker('Not the member’s board'));
    const stranger = await createPerson(coord, elsewhere, 'Stranger');
    expectBadInput(await member.gql(RECORD, { input: { ...input, personId: stranger } }), { personId: 'Refers to something that does not exist or that you cannot see.' });
  });
});

describe('what rests on a consent', () => {
  it('is checked when it is shared: about one of its people, live, covering its scope and source agency', async () => {
    const narrow = await record(coord, { personId: ann, givenBy: 'mother', scope: ['FACTORS'], agencyIds: [agency.social] });
    const wide = await record(coord, { personId: ann, givenBy: 'mother', scope: ['TIES', 'FACTORS', 'INFORMATION'], agencyIds: [agency.social] });
    const aboutCai = await record(coord, { personId: cai, givenBy: 'guardian', scope: ['TIES'], agencyIds: [agency.social] });
    const note = marker('refused tie');
    const base = { boardId, sourceId: ann, targetId: ben, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', note };
    expectBadInput(await coord.gql(TIE, { input: { ...base, consentId: narrow.id } }), { consentId: 'This consent does not cover this kind of data.' });
    expectBadInput(await coord.gql(TIE, { input: { ...base, consentId: aboutCai.id } }), { consentId: 'Refers to something that does not exist or that you cannot see.' });
    expectBadInput(await coord.gql(TIE, { input: { ...base, consentId: wide.id, sourceAgencyId: agency.police } }), { sourceAgencyId: 'This consent does not name this agency.' });
    expectBadInput(await coord.gql(TIE, { input: { ...base, consentId: wide.id, legalBasis: 'SSP_115' } }), { consentId: 'Only data shared on consent can name a consent.' });
    const gone = await record(coord, { personId: ann, givenBy: 'mother', scope: ['TIES'], agencyIds: [agency.social] });
    await coord.ok(WITHDRAW, { input: { id: gone.id, version: 1 } });
    expectBadInput(await coord.gql(TIE, { input: { ...base, consentId: gone.id } }), { consentId: 'This consent has been withdrawn or has expired.' });
    expect(await countMarked(server.db, note)).toBe(0);
    // The member (school) may not hang data on a consent that does not name the school.
    expectBadInput(await member.gql(TIE, { input: { ...base, consentId: wide.id } }), { sourceAgencyId: 'This consent does not name this agency.' });
    // A tie on a live consent covering it, for the coordinator's own agency by default.
    const ok = (await coord.ok(TIE, { input: { ...base, note: null, consentId: wide.id } })).createTie;
    expect(ok).toMatchObject({ consentId: wide.id, legalBasis: 'CONSENT', sourceAgency: { id: agency.social } });
  });

  it('withdrawal hides a consent-based tie, assessment and information from every read, for every role, at once', async () => {
    const consent = await record(member, {
      personId: ann, givenBy: 'both guardians', scope: ['TIES', 'FACTORS', 'INFORMATION'],
      agencyIds: [agency.social, agency.school, agency.police],
    });
    const plain = (await coord.ok(TIE, { input: { boardId, sourceId: ann, targetId: cai, type: 'CLASSMATE', strength: 3, valence: 'SUPPORTIVE' } })).createTie;
    const tie = (await member.ok(TIE, { input: { boardId, sourceId: ann, targetId: ben, type: 'FRIEND', strength: 4, valence: 'SUPPORTIVE', consentId: consent.id } })).createTie;
    expect(tie.sourceAgency.id).toBe(agency.school);
    const factorId = (await member.ok('{ factors { id } }')).factors[0].id;
    const fa = (await member.ok(ASSESS, { input: { personId: ann, factorId, level: 2, consentId: consent.id } })).assessFactor;
    const info = (await member.ok(SHARE, { input: { personId: ann, class: 'CONSENT_GATED', text: 'Doing better at school.', consentId: consent.id } })).shareInformation;
    expect(info).toMatchObject({ consentId: consent.id, legalBasis: 'CONSENT', class: 'CONSENT_GATED' });

    const roles = [
      { name: 'coordinator', c: coord, analysis: true, changes: true },
      { name: 'member', c: member, analysis: true, changes: true },
      { name: 'analyst', c: analyst, analysis: true, changes: true },
      // Managers never see data resting on a consent (policy: managers-never-see-identity denies consentGated).
      { name: 'manager', c: manager, analysis: true, changes: false, sees: false },
    ];
    const assessmentsOf = async (c: TestClient) => (await c.ok(`query($id: ID!) { person(id: $id) { assessments { id } factorHistory { assessments { id } } } }`, { id: ann })).person;
    const informationOf = async (c: TestClient) => (await c.ok(`query($id: ID!) { person(id: $id) { information { id } } }`, { id: ann })).person.information.map((i: { id: string }) => i.id);
    const exportOf = async () => (await coord.ok(`query($b: ID!) { exportNetwork(boardId: $b, format: CSV) { ties tiesWithheld content } }`, { b: boardId })).exportNetwork;

    const tieCount = async () => (await member.ok(`query($b: ID!) { boardAnalysis(boardId: $b) { tieCount } }`, { b: boardId })).boardAnalysis.tieCount;

    // Before: everyone on the team but the manager sees it.
    for (const r of roles) {
      const seen = await tieSightings(r.c, tie.id, { analysis: r.analysis, changes: r.changes, person: ann });
      expect(seen, r.name).toEqual('sees' in r ? [] : ['board', 'person', 'tie', 'analysis', ...(r.changes ? ['changes'] : [])]);
    }
    // The school sees Ann–Cai and the consent tie (the first test's tie rests on a consent naming
    // social services only).
    expect(await tieCount()).toBe(2);
    for (const c of [coord, member, analyst]) {
      const a = await assessmentsOf(c);
      expect(a.assessments.map((x: { id: string }) => x.id)).toContain(fa.id);
    }
    expect((await assessmentsOf(manager)).assessments.map((x: { id: string }) => x.id)).not.toContain(fa.id);
    for (const c of [coord, member, analyst]) expect(await informationOf(c)).toContain(info.id);
    // A consent-based tie never leaves Tavla in a file (it could not be recalled): withheld, counted.
    const before = await exportOf();
    expect(before).toMatchObject({ ties: 1, tiesWithheld: 2 });

    const since = await auditMark(server.db);
    const w = (await coord.ok(WITHDRAW, { input: { id: consent.id, version: 1, withdrawnBy: 'mother' } })).withdrawConsent;
    expect(w).toMatchObject({ id: consent.id, version: 2, live: false, withdrawal: { withdrawnBy: 'mother', recordedBy: 'Kasper Holm' } });
    expect((await auditSince(server.db, since)).map((r) => [r.action, r.purpose, r.personIds])).toEqual([['UPDATE', 'Mutation.withdrawConsent', [ann]]]);

    // After: gone everywhere, for everyone; what does not rest on it is untouched.
    for (const r of roles) {
      const seen = await tieSightings(r.c, tie.id, { analysis: r.analysis, changes: r.changes, person: ann });
      expect(seen, r.name).toEqual([]);
      expect((await r.c.ok(`query($id: ID!) { board(id: $id) { ties { id } } }`, { id: boardId })).board.ties.map((t: { id: string }) => t.id)).toContain(plain.id);
    }
    for (const c of [coord, member, analyst, manager]) {
      const a = await assessmentsOf(c);
      expect(a.assessments.map((x: { id: string }) => x.id)).not.toContain(fa.id);
      expect(a.factorHistory.flatMap((h: { assessments: { id: string }[] }) => h.assessments.map((x) => x.id))).not.toContain(fa.id);
    }
    for (const c of [coord, member, analyst]) expect(await informationOf(c)).not.toContain(info.id);
    expect(await tieCount()).toBe(1);
    expect(await exportOf()).toMatchObject({ ties: 1, tiesWithheld: 1 });
    // Hidden data cannot be edited either: it looks exactly like a missing tie.
    const edit = await member.gql('mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }', { input: { id: tie.id, version: 1, strength: 5 } });
    const missing = await member.gql('mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }', { input: { id: 'tie_00000000-0000-4000-8000-000000000000', version: 1, strength: 5 } });
    expectCode(edit, 'NOT_FOUND');
    expect(edit.errors).toEqual(missing.errors);
    // The consent itself stays on record, withdrawn.
    expect((await coord.ok(CONSENTS, { id: ann })).person.consents).toContainEqual({ id: consent.id, live: false, givenBy: 'both guardians', withdrawal: { withdrawnBy: 'mother' } });
  });

  it('cannot be withdrawn twice, nor with a stale version', async () => {
    const c = await record(coord, { personId: ben, givenBy: 'father', scope: ['TIES'], agencyIds: [agency.social] });
    await coord.ok(WITHDRAW, { input: { id: c.id, version: 1 } });
    expectCode(await coord.gql(WITHDRAW, { input: { id: c.id, version: 1 } }), 'STALE_VERSION');
    expectBadInput(await coord.gql(WITHDRAW, { input: { id: c.id, version: 2 } }), { id: 'This consent has already been withdrawn.' });
    expectCode(await analyst.gql(WITHDRAW, { input: { id: c.id, version: 2 } }), 'FORBIDDEN');
  });

  it('expiry hides what rests on the consent from every read, for every role, the day it comes', async () => {
    const consent = await record(coord, {
      personId: cai, givenBy: 'guardian', scope: ['TIES'], agencyIds: [agency.social, agency.school, agency.police], expiresOn: dayOffset(30),
    });
    const tie = (await coord.ok(TIE, { input: { boardId, sourceId: cai, targetId: ben, type: 'FAMILY', strength: 5, valence: 'SUPPORTIVE', consentId: consent.id } })).createTie;
    const roles = [coord, member, analyst, manager];
    for (const c of [coord, member, analyst]) expect(await tieSightings(c, tie.id, { analysis: false, changes: false, person: cai })).toEqual(['board', 'person', 'tie']);
    expect(await tieSightings(manager, tie.id, { analysis: false, changes: false, person: cai })).toEqual([]);
    await server.db.write((tx) => tx.rows('test/consent-lapse', { id: consent.id }));
    for (const c of roles) expect(await tieSightings(c, tie.id, { analysis: false, changes: false, person: cai })).toEqual([]);
    const listed = (await coord.ok(CONSENTS, { id: cai })).person.consents.find((x: { id: string }) => x.id === consent.id);
    expect(listed).toEqual({ id: consent.id, live: false, givenBy: 'guardian', withdrawal: null });
  });

  it('a finished analysis job built on the consent is not shown once the consent is withdrawn', async () => {
    const consent = await record(coord, { personId: ben, givenBy: 'grandmother', scope: ['TIES'], agencyIds: [agency.social, agency.school] });
    await coord.ok(TIE, { input: { boardId, sourceId: ben, targetId: ann, type: 'FAMILY', strength: 2, valence: 'SUPPORTIVE', consentId: consent.id } });
    const job = (await member.ok(`mutation($b: ID!) { startBoardAnalysis(boardId: $b) { id } }`, { b: boardId })).startBoardAnalysis;
    const read = async () => (await member.ok(`query($id: ID!) { analysisJob(id: $id) { state analysis { tieCount } } }`, { id: job.id })).analysisJob;
    let j = await read();
    for (let i = 0; i < 300 && j.state !== 'DONE' && j.state !== 'FAILED'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      j = await read();
    }
    expect(j.state).toBe('DONE');
    expect(j.analysis).not.toBeNull();
    await member.ok(WITHDRAW, { input: { id: consent.id, version: 1 } });
    expect(await read()).toEqual({ state: 'DONE', analysis: null });
  });

  it('an edit keeps a consent-based tie within the consent, and a new legal basis detaches it from the consent', async () => {
    const board = await createBoard(coord, marker('Consent edits'));
    const dan = await createPerson(coord, board, 'Dan');
    const eva = await createPerson(coord, board, 'Eva');
    const consent = await record(coord, { personId: dan, givenBy: 'father', scope: ['TIES'], agencyIds: [agency.social] });
    const UPDATE = 'mutation($input: UpdateTieInput!) { updateTie(input: $input) { id version legalBasis consentId } }';
    const tie = (await coord.ok(TIE, { input: { boardId: board, sourceId: dan, targetId: eva, type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', consentId: consent.id } })).createTie;
    expectBadInput(await coord.gql(UPDATE, { input: { id: tie.id, version: 1, sourceAgencyId: agency.police } }), { sourceAgencyId: 'This consent does not name this agency.' });
    // Now shared under §115 instead: it no longer rests on the consent, so withdrawing it leaves the tie.
    expect((await coord.ok(UPDATE, { input: { id: tie.id, version: 1, legalBasis: 'SSP_115' } })).updateTie).toMatchObject({ version: 2, legalBasis: 'SSP_115', consentId: null });
    await coord.ok(WITHDRAW, { input: { id: consent.id, version: 1 } });
    expect((await coord.ok(`query($id: ID!) { tie(id: $id) { id } }`, { id: tie.id })).tie).toEqual({ id: tie.id });
  });

  it('shows it only to users of the agencies the consent names', async () => {
    const consent = await record(coord, { personId: ben, givenBy: 'mother', scope: ['TIES', 'INFORMATION'], agencyIds: [agency.social, agency.school] });
    const tie = (await coord.ok(TIE, { input: { boardId, sourceId: ben, targetId: cai, type: 'FRIEND', strength: 1, valence: 'AMBIVALENT', consentId: consent.id } })).createTie;
    const info = (await member.ok(SHARE, { input: { personId: ben, class: 'CONSENT_GATED', text: 'Shared with school and social services.', consentId: consent.id } })).shareInformation;
    for (const c of [coord, member]) expect(await tieSightings(c, tie.id, { analysis: false, changes: false, person: ben })).toEqual(['board', 'person', 'tie']);
    // The police are not named: for the analyst the tie and the information do not exist.
    expect(await tieSightings(analyst, tie.id, { analysis: false, changes: false, person: ben })).toEqual([]);
    const infoIds = async (c: TestClient) => (await c.ok(`query($id: ID!) { person(id: $id) { information { id } } }`, { id: ben })).person.information.map((i: { id: string }) => i.id);
    expect(await infoIds(member)).toContain(info.id);
    expect(await infoIds(analyst)).not.toContain(info.id);
  });
});
