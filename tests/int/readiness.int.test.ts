// The readiness alert against the real server: who may raise, convene, log and close (team
// membership, not just role), the 24-hour clock, the team told in the app, decisions and actions,
// and the area's level history. Time-to-convene statistics: tests/int/readiness-stats.int.test.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { expectBadInput, expectCode, marker, missingId, userId } from '../support/fixtures.js';
import { createTestUser, testPassword } from '../support/users.js';
import { seedId } from '../../seed/ids.js';

const ALERT = `id status level reason raisedBy area { id level }
  clock { raisedAt deadline state secondsRemaining minutesToConvene }
  convening { convenedAt recordedBy attendees { username } otherAttendees note }
  decisions { text recordedBy } actions { id what who due done overdue agency { id } intervention { id title } }
  closedAt closedBy summary`;
const RAISE = `mutation($input: RaiseAlertInput!) { raiseAlert(input: $input) { ${ALERT} } }`;
const CONVENE = `mutation($input: RecordConveningInput!) { recordConvening(input: $input) { ${ALERT} } }`;
const DECIDE = 'mutation($input: LogAlertDecisionInput!) { logAlertDecision(input: $input) { text recordedBy } }';
const ACT = 'mutation($input: LogAlertActionInput!) { logAlertAction(input: $input) { id what who due done overdue intervention { id } } }';
const CLOSE = `mutation($input: CloseAlertInput!) { closeAlert(input: $input) { ${ALERT} } }`;
const AREA = 'mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }';
const HISTORY = 'query($id: ID!) { area(id: $id) { level levelHistory { level previous reason changedBy alert { id } } } }';
const TEAM = 'mutation($u: ID!, $m: Boolean!, $e: String) { setReadinessTeamMember(userId: $u, member: $m, email: $e) { user { username } email } }';
const NOTIFS = '{ notifications { unread items { kind read alert { id } } } }';

let server: TestServer;
let coord: TestClient; // on the demo readiness team
let analyst: TestClient; // on it
let manager: TestClient; // on it
let member: TestClient; // not on it
let reporter: TestClient;
let admin: TestClient;

const HOUR = 3_600_000;
const newArea = async () => (await coord.ok(AREA, { input: { name: marker('Beredskapsområdet') } })).createArea.id as string;
const raise = async (areaId: string, level = 'CRITICAL', by = analyst) =>
  (await by.ok(RAISE, { input: { areaId, level, reason: marker('Brand i en container') } })).raiseAlert;

beforeAll(async () => {
  server = await startTestServer();
  const as = (u: string) => new TestClient(server.url).login(u);
  [coord, analyst, manager, member, reporter, admin] = [await as('coordinator'), await as('analyst'), await as('manager'), await as('member'), await as('reporter'), await as('admin')];
});

afterAll(async () => {
  await server?.stop();
});

describe('the readiness team', () => {
  test('an admin keeps it; members are shown to staff, each e-mail only to its owner and the admin', async () => {
    const u = await createTestUser(admin, 'MEMBER', 'beredskab');
    const email = `${u.username}@kommune.example`;
    expect((await admin.ok(TEAM, { u: u.id, m: true, e: email })).setReadinessTeamMember).toContainEqual({ user: { username: u.username }, email });
    const fresh = await new TestClient(server.url).login(u.username, testPassword);
    const seenBy = async (c: TestClient) => ((await c.ok('{ readinessTeam { user { username } email } }')).readinessTeam as { user: { username: string }; email: string | null }[]);
    expect((await seenBy(member)).find((m) => m.user.username === u.username)).toEqual({ user: { username: u.username }, email: null });
    expect((await seenBy(fresh)).find((m) => m.user.username === u.username)!.email).toBe(email);
    expect((await seenBy(member)).map((m) => m.user.username)).toEqual(expect.arrayContaining(['coordinator', 'analyst', 'manager']));
    // Now on the team, the fresh account may raise; removed, it may not.
    const areaId = await newArea();
    await raise(areaId, 'ELEVATED', fresh);
    await admin.ok(TEAM, { u: u.id, m: false });
    expectCode(await fresh.gql(RAISE, { input: { areaId, level: 'CRITICAL', reason: 'x' } }), 'FORBIDDEN');
  });

  test('only an admin changes it, and an outside reporter can never join', async () => {
    const reporterId = await userId(server.db, 'reporter');
    expectCode(await coord.gql(TEAM, { u: await userId(server.db, 'member'), m: true }), 'FORBIDDEN');
    expectBadInput(await admin.gql(TEAM, { u: reporterId, m: true }), { userId: 'Refers to something that does not exist or that you cannot see.' });
    expectCode(await reporter.gql('{ readinessTeam { email } }'), 'FORBIDDEN');
  });
});

describe('raising an alert', () => {
  test('only readiness-team members raise, whatever their role; an alert needs a level above normal', async () => {
    const areaId = await newArea();
    const input = { areaId, level: 'CRITICAL', reason: marker('Uro') };
    const refused = await member.gql(RAISE, { input });
    expectCode(refused, 'FORBIDDEN');
    expect(refused.errors![0]!.message).toBe('Only members of the readiness team can do that.');
    expectCode(await reporter.gql(RAISE, { input }), 'FORBIDDEN');
    expectCode(await admin.gql(RAISE, { input }), 'FORBIDDEN');
    expectBadInput(await manager.gql(RAISE, { input: { ...input, level: 'NORMAL' } }), {
      level: 'An alert is for an area that has left normal level: choose elevated or critical.',
    });
    expectBadInput(await manager.gql(RAISE, { input: { ...input, areaId: missingId('are') } }), {
      areaId: 'Refers to something that does not exist or that you cannot see.',
    });
    expectBadInput(await manager.gql(RAISE, { input: { ...input, reason: 'CPR 010185-1234 set' } }), {
      reason: 'Remove the personal identity number: reports are about places and events, never about people.',
    });
    // A manager on the team may: the team is leaders with a mandate, whatever their role.
    expect((await manager.ok(RAISE, { input })).raiseAlert.status).toBe('RAISED');
  });

  test('starts a 24-hour clock, sets the area level with the alert in its history', async () => {
    const areaId = await newArea();
    const before = Date.now();
    const a = await raise(areaId);
    const raisedAt = Date.parse(a.clock.raisedAt);
    expect(Date.parse(a.clock.deadline) - raisedAt).toBe(24 * HOUR);
    expect(raisedAt).toBeGreaterThanOrEqual(before - 5000);
    expect(a.clock).toMatchObject({ state: 'RUNNING', minutesToConvene: null });
    // Seconds left when the server answered: 24 h less the moments since raising.
    expect(a.clock.secondsRemaining).toBeLessThanOrEqual(86_400);
    expect(a.clock.secondsRemaining).toBeGreaterThan(86_400 - 60);
    expect(a).toMatchObject({ status: 'RAISED', raisedBy: 'Anders Lund', convening: null, area: { id: areaId, level: 'CRITICAL' } });
    const h = (await member.ok(HISTORY, { id: areaId })).area;
    expect(h.levelHistory).toEqual([{ level: 'CRITICAL', previous: 'NORMAL', reason: a.reason, changedBy: 'Anders Lund', alert: { id: a.id } }]);
  });

  test('tells the rest of the team in the app, not the one who raised it', async () => {
    const unread = async (c: TestClient) => (await c.ok(NOTIFS)).notifications;
    const coordBefore = (await unread(coord)).unread;
    const a = await raise(await newArea());
    const c = await unread(coord);
    expect(c.unread).toBe(coordBefore + 1);
    expect(c.items[0]).toEqual({ kind: 'ALERT_RAISED', read: false, alert: { id: a.id } });
    expect((await unread(manager)).items[0].alert.id).toBe(a.id);
    expect((await unread(analyst)).items.some((n: { alert: { id: string } }) => n.alert.id === a.id)).toBe(false);
    expect((await unread(member)).items).toEqual([]);
    const after = (await coord.ok('mutation { markNotificationsRead { unread } }')).markNotificationsRead;
    expect(after.unread).toBe(0);
    expect((await unread(manager)).unread).toBeGreaterThan(0);
  });
});

describe('convening, the log and closing', () => {
  test('convening is checked: not before the alert, not in the future, staff attendees, team members only, once', async () => {
    const a = await raise(await newArea());
    const input = { alertId: a.id, attendeeIds: [await userId(server.db, 'coordinator')] };
    expectBadInput(await coord.gql(CONVENE, { input: { ...input, convenedAt: new Date(Date.parse(a.clock.raisedAt) - 60_000).toISOString() } }), {
      convenedAt: 'The team cannot have convened before the alert was raised.',
    });
    expectBadInput(await coord.gql(CONVENE, { input: { ...input, convenedAt: new Date(Date.now() + 2 * HOUR).toISOString() } }), { convenedAt: 'Cannot be in the future.' });
    expectBadInput(await coord.gql(CONVENE, { input: { ...input, attendeeIds: [await userId(server.db, 'reporter')] } }), {
      attendeeIds: 'Refers to something that does not exist or that you cannot see.',
    });
    expectCode(await member.gql(CONVENE, { input }), 'FORBIDDEN');
    expectCode(await coord.gql(CONVENE, { input: { ...input, alertId: missingId('ral') } }), 'NOT_FOUND');
    expectCode(await coord.gql(DECIDE, { input: { alertId: a.id, text: 'För tidigt' } }), 'CONFLICT');
    const c = (await coord.ok(CONVENE, { input: { ...input, otherAttendees: ['Bostadsbolagets förvaltare'], note: 'Rådhuset' } })).recordConvening;
    expect(c).toMatchObject({
      status: 'CONVENED',
      clock: { state: 'MET', secondsRemaining: null },
      convening: { recordedBy: 'Kasper Holm', attendees: [{ username: 'coordinator' }], otherAttendees: ['Bostadsbolagets förvaltare'], note: 'Rådhuset' },
    });
    expect(c.clock.minutesToConvene).toBeGreaterThanOrEqual(0);
    expect(c.clock.minutesToConvene).toBeLessThan(5);
    const again = await analyst.gql(CONVENE, { input });
    expectCode(again, 'CONFLICT');
    expect(again.errors![0]!.message).toBe('This alert has already been convened.');
  });

  test('decisions and who-does-what-by-when, linked to an intervention the writer may see; overdue until done', async () => {
    const a = await raise(await newArea());
    await coord.ok(CONVENE, { input: { alertId: a.id, attendeeIds: [] } });
    expect((await analyst.ok(DECIDE, { input: { alertId: a.id, text: 'Fast patrulje fredag och lördag' } })).logAlertDecision).toEqual({
      text: 'Fast patrulje fredag och lördag', recordedBy: 'Anders Lund',
    });
    expectCode(await member.gql(DECIDE, { input: { alertId: a.id, text: 'x' } }), 'FORBIDDEN');
    const yesterday = new Date(Date.now() - 24 * HOUR).toISOString().slice(0, 10);
    const intervention = seedId('intervention', 'police_presence');
    const action = { what: 'Patrull vid planen', who: 'Närpolisen', due: yesterday, agencyId: seedId('agency', 'police'), interventionId: intervention };
    const x = (await analyst.ok(ACT, { input: { alertId: a.id, action } })).logAlertAction;
    expect(x).toMatchObject({ what: 'Patrull vid planen', due: yesterday, done: false, overdue: true, intervention: { id: intervention } });
    expectBadInput(await analyst.gql(ACT, { input: { alertId: a.id, action: { ...action, interventionId: missingId('int') } } }), {
      'action.interventionId': 'Refers to something that does not exist or that you cannot see.',
    });
    // The manager is on the readiness team but not on the intervention's board: the link stays, hidden.
    const seen = (await manager.ok(`query($id: ID!) { readinessAlert(id: $id) { actions { what intervention { id } } decisions { text } } }`, { id: a.id })).readinessAlert;
    expect(seen.actions).toEqual([{ what: 'Patrull vid planen', intervention: null }]);
    const done = await manager.ok('mutation($id: ID!) { setAlertActionDone(id: $id, done: true) { done overdue } }', { id: x.id });
    expect(done.setAlertActionDone).toEqual({ done: true, overdue: false });
  });

  test('closing records who, the summary and the area’s new level; a closed alert takes nothing more', async () => {
    const areaId = await newArea();
    const a = await raise(areaId);
    await coord.ok(CONVENE, { input: { alertId: a.id, attendeeIds: [] } });
    const input = { alertId: a.id, summary: marker('Lugnt igen efter två veckor'), areaLevel: 'ELEVATED' };
    expectCode(await member.gql(CLOSE, { input }), 'FORBIDDEN');
    const c = (await manager.ok(CLOSE, { input })).closeAlert;
    expect(c).toMatchObject({ status: 'CLOSED', closedBy: 'Birgitte Winther', summary: input.summary, clock: { state: 'MET' }, area: { level: 'ELEVATED' } });
    const h = (await coord.ok(HISTORY, { id: areaId })).area.levelHistory;
    expect(h.map((x: { previous: string; level: string }) => `${x.previous}>${x.level}`)).toEqual(['CRITICAL>ELEVATED', 'NORMAL>CRITICAL']);
    const closed = await coord.gql(DECIDE, { input: { alertId: a.id, text: 'Sent' } });
    expectCode(closed, 'CONFLICT');
    expect(closed.errors![0]!.message).toBe('This alert is closed.');
    expectCode(await coord.gql(CLOSE, { input }), 'CONFLICT');
  });

  test('an alert closed before its deadline without convening was called off', async () => {
    const a = await raise(await newArea());
    const c = (await coord.ok(CLOSE, { input: { alertId: a.id, summary: 'Falsklarm', areaLevel: 'NORMAL' } })).closeAlert;
    expect(c.clock).toMatchObject({ state: 'CALLED_OFF', minutesToConvene: null, secondsRemaining: null });
  });

  test('setAreaLevel is for team members, records why, and refuses a non-change', async () => {
    const areaId = await newArea();
    const SET = 'mutation($input: SetAreaLevelInput!) { setAreaLevel(input: $input) { level } }';
    expectCode(await member.gql(SET, { input: { areaId, level: 'ELEVATED', reason: 'x' } }), 'FORBIDDEN');
    expect((await coord.ok(SET, { input: { areaId, level: 'ELEVATED', reason: 'Tre veckors oro vid planen' } })).setAreaLevel).toEqual({ level: 'ELEVATED' });
    expectBadInput(await coord.gql(SET, { input: { areaId, level: 'ELEVATED', reason: 'igen' } }), { level: 'The area is already at this level.' });
    expect((await member.ok(HISTORY, { id: areaId })).area.levelHistory).toEqual([
      { level: 'ELEVATED', previous: 'NORMAL', reason: 'Tre veckors oro vid planen', changedBy: 'Kasper Holm', alert: null },
    ]);
  });

  test('the demo’s closed alert met its deadline', async () => {
    const a = (await member.ok('query($id: ID!) { readinessAlert(id: $id) { status clock { state minutesToConvene } convening { attendees { username } } actions { done } } }', {
      id: seedId('alert', 'solbakken_fire'),
    })).readinessAlert;
    expect(a).toMatchObject({ status: 'CLOSED', clock: { state: 'MET', minutesToConvene: 17 * 60 } });
    expect(a.convening.attendees.map((u: { username: string }) => u.username).sort()).toEqual(['analyst', 'coordinator', 'manager']);
  });
});
