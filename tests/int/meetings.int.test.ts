// Weekly meetings of a board: one per date, an agenda from the data since the previous meeting
// (overdue follow-ups and commitments on the meeting's date, changes, new reports in the board's
// area), minutes as decisions and commitments, and the minutes as a PDF.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { expectCode, marker, userId } from '../support/fixtures.js';
import { pdfText } from '../support/pdf.js';

const MEETING = `query($id: ID!) { meeting(id: $id) { id date board { id } previousMeeting { id date }
  decisions { text recordedBy } commitments { what dueDate done }
  agenda { since overdue { followUps { id } commitments { what } count } changes { since } newReports { text } } } }`;
const CREATE = 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id date } }';
const DECIDE = 'mutation($input: AddMeetingDecisionInput!) { addMeetingDecision(input: $input) { text recordedBy } }';
const PDF = 'query($id: ID!) { meetingMinutesPdf(meetingId: $id) { filename contentType base64 } }';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

let server: TestServer;
let coord: TestClient;
let member: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  [coord, member] = await loginAll(server.url, 'coordinator', 'member');
});

afterAll(async () => {
  await server?.stop();
});

const pdfTextOf = (base64: string) => pdfText(Buffer.from(base64, 'base64'));

async function setUp() {
  const areaId = (await coord.ok('mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }', { input: { name: marker('Mötesområdet') } })).createArea.id;
  const boardId = (await coord.ok('mutation($input: CreateBoardInput!) { createBoard(input: $input) { id } }', { input: { title: marker('Tavlan för mötet'), areaId } })).createBoard.id;
  return { areaId, boardId };
}

describe('meetings', () => {
  test('one per board and date, only for the board’s team', async () => {
    const { boardId } = await setUp();
    const m = (await coord.ok(CREATE, { input: { boardId, date: day(-7) } })).createMeeting;
    expect(m.date).toBe(day(-7));
    const again = await coord.gql(CREATE, { input: { boardId, date: day(-7) } });
    expectCode(again, 'CONFLICT');
    expect(again.errors![0]!.message).toBe('The board already has a meeting on that date.');
    expectCode(await member.gql(CREATE, { input: { boardId, date: day(0) } }), 'NOT_FOUND');
    expect(await member.ok(MEETING, { id: m.id })).toEqual({ meeting: null });
    expectCode(await member.gql(PDF, { id: m.id }), 'NOT_FOUND');
  });

  test('the agenda: overdue on the meeting’s date, changes and new reports since the previous meeting', async () => {
    const { areaId, boardId } = await setUp();
    const first = (await coord.ok(CREATE, { input: { boardId, date: day(-7) } })).createMeeting;
    // Follow-up due two days ago, none recorded: overdue by the next meeting (today).
    const late = (await coord.ok('mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }', {
      input: { boardId, title: marker('Lektiehjälp'), level: 'INDIVIDUAL', status: 'ACTIVE', nextFollowUp: day(-2) },
    })).createIntervention.id;
    // Agreed at the first meeting, due yesterday, not done.
    const what = marker('Ring föräldrarna');
    await coord.ok('mutation($input: AddCommitmentInput!) { addCommitment(input: $input) { id } }', {
      input: { interventionId: late, what, dueDate: day(-1), agreedOn: day(-7), assigneeUserId: await userId(server.db, 'coordinator') },
    });
    const text = marker('Ny rapport om planen');
    await coord.ok('mutation($input: CreateSituationReportInput!) { createSituationReport(input: $input) { id } }', {
      input: { areaId, week: '2026-W10', level: 'ELEVATED', organisation: 'Fritid', text },
    });
    const next = (await coord.ok(CREATE, { input: { boardId, date: day(0) } })).createMeeting;

    const m = (await coord.ok(MEETING, { id: next.id })).meeting;
    expect(m.previousMeeting).toEqual({ id: first.id, date: day(-7) });
    expect(m.agenda).toEqual({
      since: day(-7),
      overdue: { followUps: [{ id: late }], commitments: [{ what }], count: 2 },
      changes: { since: day(-7) },
      newReports: [{ text }],
    });
    // At the first meeting none of it was due yet; with no meeting before, the agenda looks back a week.
    const f = (await coord.ok(MEETING, { id: first.id })).meeting;
    expect(f.agenda.since).toBe(day(-14));
    expect(f.agenda.overdue.count).toBe(0);
    expect(f.commitments).toEqual([{ what, dueDate: day(-1), done: false }]);
    expect(m.commitments).toEqual([]);
  });

  test('a past meeting’s agenda stops at its date; a coming one’s runs to today', async () => {
    const { areaId, boardId } = await setUp();
    const person = async (alias: string) =>
      (await coord.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { boardId, kind: 'YOUNG_PERSON', alias } })).createPerson.id;
    const [a, b, c] = [await person('Alva'), await person('Bror'), await person('Cleo')];
    const tie = async (s: string, t: string, validFrom?: string) =>
      (await coord.ok('mutation($input: CreateTieInput!) { createTie(input: $input) { id } }', {
        input: { boardId, sourceId: s, targetId: t, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', ...(validFrom ? { validFrom } : {}) },
      })).createTie.id;
    const before = await tie(a, b, day(-5));
    const after = await tie(b, c);
    const text = marker('Rapport efter mötet');
    await coord.ok('mutation($input: CreateSituationReportInput!) { createSituationReport(input: $input) { id } }', {
      input: { areaId, week: '2026-W11', level: 'NORMAL', organisation: 'Skolan', text },
    });
    const Q = `query($id: ID!) { meeting(id: $id) { agenda { since until changes { since until newTies { id } } newReports { text } } } }`;
    const past = (await coord.ok(CREATE, { input: { boardId, date: day(-3) } })).createMeeting;
    expect((await coord.ok(Q, { id: past.id })).meeting.agenda).toEqual({
      since: day(-10), until: day(-3), changes: { since: day(-10), until: day(-3), newTies: [{ id: before }] }, newReports: [],
    });
    const now = (await coord.ok(CREATE, { input: { boardId, date: day(0) } })).createMeeting;
    const agenda = (await coord.ok(Q, { id: now.id })).meeting.agenda;
    expect(agenda).toMatchObject({ since: day(-3), until: day(0), changes: { since: day(-3), until: day(0) }, newReports: [{ text }] });
    expect(agenda.changes.newTies.map((t: { id: string }) => t.id).sort()).toEqual([after].sort());
    const coming = (await coord.ok(CREATE, { input: { boardId, date: day(7) } })).createMeeting;
    expect((await coord.ok(Q, { id: coming.id })).meeting.agenda).toMatchObject({ since: day(0), until: day(0) });
  });

  test('minutes: decisions and commitments, exported as a PDF in the request’s language', async () => {
    const { boardId } = await setUp();
    const meeting = (await coord.ok(CREATE, { input: { boardId, date: '2026-03-03' } })).createMeeting;
    const decision = 'Klubben håller öppet fredagskvällar i fyra veckor';
    expect((await coord.ok(DECIDE, { input: { meetingId: meeting.id, text: decision } })).addMeetingDecision).toEqual({ text: decision, recordedBy: 'Kasper Holm' });
    expectCode(await member.gql(DECIDE, { input: { meetingId: meeting.id, text: 'x' } }), 'NOT_FOUND');
    const intervention = (await coord.ok('mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }', {
      input: { boardId, title: 'Fritidsgården', level: 'SPECIFIC' },
    })).createIntervention.id;
    await coord.ok('mutation($input: AddCommitmentInput!) { addCommitment(input: $input) { id } }', {
      input: { interventionId: intervention, what: 'Boka lokalen', dueDate: '2026-03-10', agreedOn: '2026-03-03', assigneeUserId: await userId(server.db, 'coordinator') },
    });
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = coord.cookie;
    const pdf = (await sv.ok(PDF, { id: meeting.id })).meetingMinutesPdf;
    expect(pdf).toMatchObject({ filename: 'minutes-2026-03-03.pdf', contentType: 'application/pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfTextOf(pdf.base64);
    for (const s of ['Protokoll', 'Veckomöte 3 mars 2026', 'Beslut', `1. ${decision}`, 'Åtaganden', 'Boka lokalen', 'Kasper Holm', 'Fritidsgården']) {
      expect(text, s).toContain(s);
    }
    expectCode(await (await new TestClient(server.url).login('reporter')).gql(PDF, { id: meeting.id }), 'FORBIDDEN');
  });
});
