// The overview: areas × weeks of reported levels (the highest level of the week), trends, latest
// reports, open alerts, and the boards and groups active in an area (the viewer's own in full,
// the others only counted).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { addToTeam, expectCode, marker } from '../support/fixtures.js';

const OVERVIEW = `query($w: Int, $u: String) { situationOverview(weeks: $w, until: $u, latest: 3) {
  weeks areas { area { id name level } weeks { week level reports } trend latestReport { text } openAlerts { id } }
  latestReports { id text } } }`;
const REPORT = 'mutation($input: CreateSituationReportInput!) { createSituationReport(input: $input) { id } }';
const ACTIVITY = 'query($id: ID!) { area(id: $id) { activity { boards { id title } otherBoards groups { id name } otherGroups } } }';

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

describe('heat map', () => {
  test('a cell is the highest level reported that week, empty weeks have none, and the trend compares two weeks with two', async () => {
    const areaId = (await coord.ok('mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }', { input: { name: marker('Värmeområdet') } })).createArea.id;
    const file = (week: string, level: string, text: string) =>
      coord.ok(REPORT, { input: { areaId, week, level, organisation: 'Fritid', text } });
    await file('2026-W07', 'NORMAL', 'lugnt');
    await file('2026-W07', 'CRITICAL', 'brand');
    await file('2026-W09', 'ELEVATED', 'oro');
    const last = marker('senaste');
    await file('2026-W10', 'NORMAL', last);
    await file('2026-W11', 'CRITICAL', 'efter perioden');
    const o = (await member.ok(OVERVIEW, { w: 4, u: '2026-W10' })).situationOverview;
    expect(o.weeks).toEqual(['2026-W07', '2026-W08', '2026-W09', '2026-W10']);
    const row = o.areas.find((a: { area: { id: string } }) => a.area.id === areaId);
    expect(row.weeks).toEqual([
      { week: '2026-W07', level: 'CRITICAL', reports: 2 },
      { week: '2026-W08', level: null, reports: 0 },
      { week: '2026-W09', level: 'ELEVATED', reports: 1 },
      { week: '2026-W10', level: 'NORMAL', reports: 1 },
    ]);
    // Before: W07 only (critical = 2); now: (1 + 0) / 2.
    expect(row.trend).toBe('FALLING');
    expect(row).toMatchObject({ area: { level: 'NORMAL' }, openAlerts: [] });
    // The latest report by week, then by filing: W11's.
    expect(row.latestReport.text).toBe('efter perioden');
    expect(o.latestReports.map((r: { text: string }) => r.text)).toContain(last);
    expect(o.areas.map((a: { area: { name: string } }) => a.area.name)).toEqual(expect.arrayContaining(['Solbakken', 'Lærkeparken']));
  });

  test('defaults to twelve weeks up to this one; refuses a bad week; not for admins or outside reporters', async () => {
    const o = (await member.ok('{ situationOverview { weeks } }')).situationOverview;
    expect(o.weeks).toHaveLength(12);
    expectCode(await member.gql(OVERVIEW, { u: '2026-W60' }), 'BAD_USER_INPUT');
    for (const u of ['admin', 'reporter']) expectCode(await (await new TestClient(server.url).login(u)).gql('{ situationOverview { weeks } }'), 'FORBIDDEN');
  });
});

describe('what is active in an area', () => {
  test('boards and groups on the viewer’s boards are shown, the others only counted', async () => {
    const areaId = (await coord.ok('mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }', { input: { name: marker('Aktivitetsområdet') } })).createArea.id;
    const board = async (title: string) =>
      (await coord.ok('mutation($input: CreateBoardInput!) { createBoard(input: $input) { id } }', { input: { title, areaId } })).createBoard.id as string;
    const shared = await board(marker('Delad tavla'));
    const secret = await board(marker('Hemlig tavla'));
    await addToTeam(coord, server.db, shared, 'member');
    const group = async (boardId: string, name: string) =>
      (await coord.ok('mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }', { input: { boardId, name, areaId } })).createGroup.id as string;
    const sharedGroup = await group(shared, marker('Gruppen vid torget'));
    await group(secret, marker('Den andra gruppen'));

    const m = (await member.ok(ACTIVITY, { id: areaId })).area.activity;
    expect(m.boards.map((b: { id: string }) => b.id)).toEqual([shared]);
    expect(m.otherBoards).toBe(1);
    expect(m.groups.map((g: { id: string }) => g.id)).toEqual([sharedGroup]);
    expect(m.otherGroups).toBe(1);
    expect(JSON.stringify(m)).not.toContain('Hemlig');
    const c = (await coord.ok(ACTIVITY, { id: areaId })).area.activity;
    expect([c.boards.length, c.otherBoards, c.groups.length, c.otherGroups]).toEqual([2, 0, 2, 0]);
  });
});
