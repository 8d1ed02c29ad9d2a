// Areas, places and weekly situation reports against the real server and Neo4j. None of it is a
// person's data, so none of it is audited; access is by role alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { countMarked, expectBadInput, expectCode, expectNoAudit, marker, missingId, node } from '../support/fixtures.js';

const AREA = 'query($id: ID!) { area(id: $id) { id name municipality version places { id name kind area { id } } reports { id week level eventTypes text reporterName organisation area { id } } } }';
const CREATE = 'mutation($input: CreateAreaInput!) { createArea(input: $input) { id name municipality version } }';
const UPDATE = 'mutation($input: UpdateAreaInput!) { updateArea(input: $input) { id name municipality version } }';
const PLACE = 'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id name kind version area { id } } }';
const REPORT = 'mutation($input: CreateSituationReportInput!) { createSituationReport(input: $input) { id week level eventTypes text reporterName organisation createdAt area { id } } }';

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let manager: TestClient;
let admin: TestClient;

async function newArea(name = marker('Testområdet')): Promise<string> {
  return (await coord.ok(CREATE, { input: { name, municipality: 'Testkommun' } })).createArea.id;
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, manager, admin] = await loginAll(server.url, 'coordinator', 'member', 'manager', 'admin');
});

afterAll(async () => {
  await server?.stop();
});

describe('areas', () => {
  test('createArea creates an area every reading role sees in areas and area(id); not audited', async () => {
    const name = marker('Norra Testbyn');
    const a = (await expectNoAudit(server.db, () => admin.ok(CREATE, { input: { name, municipality: 'Testkommun' } }))).createArea;
    expect(a).toMatchObject({ name, municipality: 'Testkommun', version: 1 });
    expect(a.id).toMatch(/^are_/);
    for (const client of [coord, member, manager]) {
      expect((await client.ok('{ areas { id name } }')).areas).toContainEqual({ id: a.id, name });
    }
    expect((await member.ok(AREA, { id: a.id })).area).toMatchObject({ id: a.id, name, places: [], reports: [] });
    expect(await member.ok(AREA, { id: missingId('are') })).toEqual({ area: null });
  });

  test('refuses invalid input per field (Swedish too) and a role without area create, writing nothing', async () => {
    const municipality = marker('Ogiltig kommun');
    expectBadInput(await coord.gql(CREATE, { input: { name: '', municipality } }), { name: 'Required.' });
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = coord.cookie;
    expectBadInput(await sv.gql(CREATE, { input: { name: 'Ok', municipality: `${municipality}\u0007` } }), {
      municipality: 'Innehåller tecken som inte är tillåtna.',
    });
    const name = marker('Medlemmens område');
    expectCode(await member.gql(CREATE, { input: { name } }), 'FORBIDDEN');
    expectCode(await manager.gql(CREATE, { input: { name } }), 'FORBIDDEN');
    expect(await countMarked(server.db, name)).toBe(0);
  });

  test('updateArea is versioned: a stale version is refused and changes nothing', async () => {
    const id = await newArea();
    const name = marker('Södra Testbyn');
    expect((await coord.ok(UPDATE, { input: { id, version: 1, name, municipality: null } })).updateArea).toEqual({ id, name, municipality: null, version: 2 });
    expectCode(await coord.gql(UPDATE, { input: { id, version: 1, name: 'Gammal' } }), 'STALE_VERSION');
    expectBadInput(await coord.gql(UPDATE, { input: { id: 'are_x', version: 2 } }), { id: 'Not a valid id of the right kind.' });
    expectCode(await coord.gql(UPDATE, { input: { id: missingId('are'), version: 1, name: 'X' } }), 'NOT_FOUND');
    expectCode(await member.gql(UPDATE, { input: { id, version: 2, name: 'Medlem' } }), 'FORBIDDEN');
    expect(await node(server.db, id)).toMatchObject({ name, version: 2 });
  });
});

describe('places', () => {
  test('createPlace adds a place to the area; refuses an unknown area and bad kinds', async () => {
    const areaId = await newArea();
    const name = marker('Kiosken vid torget');
    const p = (await coord.ok(PLACE, { input: { areaId, name, kind: 'SQUARE' } })).createPlace;
    expect(p).toMatchObject({ name, kind: 'SQUARE', version: 1, area: { id: areaId } });
    expect((await manager.ok(AREA, { id: areaId })).area.places).toEqual([{ id: p.id, name, kind: 'SQUARE', area: { id: areaId } }]);

    const other = marker('Ingenstans');
    expectBadInput(await coord.gql(PLACE, { input: { areaId: missingId('are'), name: other, kind: 'OTHER' } }), {
      areaId: 'Refers to something that does not exist or that you cannot see.',
    });
    expectCode(await coord.gql(PLACE, { input: { areaId, name: other, kind: 'CASTLE' } }), 'BAD_USER_INPUT');
    expectCode(await member.gql(PLACE, { input: { areaId, name: other, kind: 'OTHER' } }), 'FORBIDDEN');
    expect(await countMarked(server.db, other)).toBe(0);
  });
});

describe('situation reports', () => {
  test("createSituationReport stores the week and the reporter's own name, latest week first", async () => {
    const areaId = await newArea();
    const text = marker('Oro vid planen');
    const first = (await member.ok(REPORT, { input: { areaId, week: '2026-W46', level: 'ELEVATED', eventTypes: ['skadegörelse'], text, organisation: 'Taxi Testby' } })).createSituationReport;
    expect(first).toMatchObject({
      week: '2026-W46', level: 'ELEVATED', eventTypes: ['skadegörelse'], text,
      // From the session (the demo member's display name), not from the input.
      reporterName: 'Mette Kragh', organisation: 'Taxi Testby', area: { id: areaId },
    });
    expect(first.id).toMatch(/^rep_/);
    const second = (await coord.ok(REPORT, { input: { areaId, week: '2026-W47', level: 'NORMAL', organisation: 'Fritid' } })).createSituationReport;
    expect(second).toMatchObject({ eventTypes: [], text: null, reporterName: 'Kasper Holm' });
    const reports = (await manager.ok(AREA, { id: areaId })).area.reports;
    expect(reports.map((r: { week: string }) => r.week)).toEqual(['2026-W47', '2026-W46']);
    const limited = await manager.ok('query($id: ID!) { area(id: $id) { reports(first: 1) { week } } }', { id: areaId });
    expect(limited.area.reports).toEqual([{ week: '2026-W47' }]);
  });

  test('refuses weeks that are not real ISO weeks (Danish too) and writes nothing', async () => {
    const areaId = await newArea();
    const text = marker('Ska inte sparas');
    const input = { areaId, level: 'NORMAL', organisation: 'Skolan', text };
    // 2026 has 53 ISO weeks, 2025 only 52.
    expect((await coord.ok(REPORT, { input: { ...input, week: '2026-W53', text: 'ok' } })).createSituationReport.week).toBe('2026-W53');
    for (const week of ['2025-W53', '2026-W00', '2026-W5', '2026-47', 'W47']) {
      expectBadInput(await coord.gql(REPORT, { input: { ...input, week } }), { week: 'Must be an ISO week like 2026-W47.' });
    }
    const da = new TestClient(server.url, 'da');
    da.cookie = coord.cookie;
    expectBadInput(await da.gql(REPORT, { input: { ...input, week: '2025-W53', organisation: '' } }), {
      week: 'Skal være en ISO-uge som 2026-W47.',
      organisation: 'Skal udfyldes.',
    });
    expectBadInput(await coord.gql(REPORT, { input: { ...input, areaId: missingId('are'), week: '2026-W10' } }), {
      areaId: 'Refers to something that does not exist or that you cannot see.',
    });
    expectCode(await manager.gql(REPORT, { input: { ...input, week: '2026-W10' } }), 'FORBIDDEN');
    expect(await countMarked(server.db, text)).toBe(0);
  });

  test('ADMIN manages areas but may not read situation reports', async () => {
    const areaId = await newArea();
    const r = await admin.gql('query($id: ID!) { area(id: $id) { name reports { id } } }', { id: areaId });
    expectCode(r, 'FORBIDDEN');
    expect(r.errors![0]!.path).toEqual(['area', 'reports']);
  });
});
