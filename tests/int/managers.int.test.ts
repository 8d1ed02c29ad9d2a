// The managers' view against the real server and Neo4j, on a municipality of its own built here
// (so the numbers are exactly this file's): agencies, a manager and a coordinator in "Testkommune",
// three boards (two areas, one without) and known people, assessments and interventions.
//
//   Board 1 (area 1): p1..p12; group G = p1..p6.   Board 2 (area 2): q1..q3.   Board 3: no area, nobody.
//   Interventions, all in the plan:
//     g1   GENERAL     targets area 1 (reaches p1..p12)  reduces drugs              1 000 DKK/week   school
//     s1   SPECIFIC    targets G (p1..p6)                reduces drugs, +leisure    2 000 DKK/week   social
//     s2   SPECIFIC    targets p7..p12                   reduces truancy              500 DKK/week   social
//     ind1 INDIVIDUAL  targets p1                        reduces drugs              4 000 DKK/day    social  (28 000/week)
//     ind2 INDIVIDUAL  targets q1 (board 2)              reduces truancy            7 000 one-off over one week, school
//
// Prevention triangle, worked out by hand: GENERAL 1 intervention reaching 12 people, SPECIFIC 2
// reaching 12, INDIVIDUAL 2 reaching 2 (p1, q1): INDIVIDUAL is suppressed (< 5 people), and since
// the total (5) is published, the smallest other non-zero cell (GENERAL, 1) is suppressed with it.
// Costs follow: SPECIFIC 2 500 shown, total 1 000 + 2 500 + 28 000 + 7 000 = 38 500 shown, and
// 38 500 − 2 500 = 36 000 is GENERAL + INDIVIDUAL together, never one of them.
import { randomUUID } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { createBoard, createPerson, expectCode, expectOneAudit, marker } from '../support/fixtures.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const COUNT = 'value suppressed display';
const COST = 'perWeek { amount currency } suppressed';
const OVERVIEW = `query($weeks: Int, $asOf: Date) { managerOverview(weeks: $weeks, asOf: $asOf) {
  municipality boards youngPeople { ${COUNT} }
  triangle { levels { level interventions { ${COUNT} } weeklyCost { ${COST} } } totalInterventions { ${COUNT} } totalWeeklyCost { ${COST} } }
  heatMap { factor { id key } byLevel { ${COUNT} } needing { ${COUNT} } reached { ${COUNT} } unreached { ${COUNT} } }
  byAgency { agency { id } interventions { ${COUNT} } weeklyCost { ${COST} } }
  agencyTotal { interventions { ${COUNT} } }
  byArea { area { id name } boards youngPeople { ${COUNT} } interventions { ${COUNT} } weeklyCost { ${COST} } }
  areaTotal { boards youngPeople { ${COUNT} } interventions { ${COUNT} } }
  progression { weekEnding risk { assessed { ${COUNT} } improved { ${COUNT} } unchanged { ${COUNT} } worsened { ${COUNT} } share }
    protective { assessed { ${COUNT} } improved { ${COUNT} } unchanged { ${COUNT} } worsened { ${COUNT} } share } } } }`;
const EXPORT = 'query($format: ExportFormat!, $weeks: Int) { managerExport(format: $format, weeks: $weeks) { filename mimeType base64 } }';

let server: TestServer;
let admin: TestClient;
let manager: TestClient;
let coord: TestClient;
let municipality: string;
let area1: string;
let area2: string;
let social: string;
let school: string;
let f: Record<'drugs' | 'truancy' | 'leisure', string>;
const people: Record<string, string> = {};
let o: any;

const shown = (value: number) => ({ value, suppressed: false, display: String(value) });
const hidden = { value: null, suppressed: true, display: '<5' };

async function user(role: string, agencyId: string): Promise<TestClient> {
  const username = `mgr.test.${randomUUID().slice(0, 8)}`;
  await admin.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { username, displayName: `Test ${role}`, password: 'correct horse battery', role, agencyId },
  });
  return new TestClient(server.url).login(username, 'correct horse battery');
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await new TestClient(server.url).login('admin');
  municipality = `Testkommune ${randomUUID().slice(0, 6)}`;
  const agency = async (name: string, kind: string) =>
    (await admin.ok('mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }', { input: { name: marker(name), kind, municipality } })).createAgency.id as string;
  social = await agency('Socialtjänsten', 'SOCIAL_SERVICES');
  school = await agency('Skolan', 'SCHOOL');
  manager = await user('MANAGER', social);
  coord = await user('COORDINATOR', social);
  const area = async (name: string) => (await coord.ok('mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }', { input: { name, municipality } })).createArea.id as string;
  area1 = await area(marker('Norra'));
  // A name a spreadsheet would run as a formula: the CSV export must neutralise it.
  area2 = await area('=2+3 Torget');
  const board = async (areaId?: string) =>
    (await coord.ok('mutation($input: CreateBoardInput!) { createBoard(input: $input) { id } }', { input: { title: marker('Kommunens tavla'), ...(areaId ? { areaId } : {}) } })).createBoard.id as string;
  const [b1, b2] = [await board(area1), await board(area2)];
  await board();
  for (let k = 1; k <= 12; k++) people[`p${k}`] = await createPerson(coord, b1, `P${k} Test`);
  for (let k = 1; k <= 3; k++) people[`q${k}`] = await createPerson(coord, b2, `Q${k} Test`);
  const group = (await coord.ok('mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }', { input: { boardId: b1, name: marker('Gruppen') } })).createGroup.id;
  for (let k = 1; k <= 6; k++) {
    await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input: { groupId: group, personId: people[`p${k}`], role: 'CORE', validFrom: day(-90) } });
  }
  const factors = (await coord.ok<{ factors: { id: string; key: string }[] }>('{ factors { id key } }')).factors;
  const key = (k: string) => factors.find((x) => x.key === k)!.id;
  f = { drugs: key('risk.individual.substance_use'), truancy: key('risk.school.truancy'), leisure: key('protective.community.organised_leisure') };

  const create = (boardId: string, input: Record<string, unknown>) =>
    coord.ok('mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }', { input: { boardId, title: marker('Insats'), status: 'ACTIVE', ...input } });
  const ps = (...keys: string[]) => keys.map((k) => people[k]!);
  await create(b1, { level: 'GENERAL', targetAreaIds: [area1], reducesFactorIds: [f.drugs], cost: { amount: 1000, unit: 'PER_WEEK', currency: 'DKK' }, responsibleAgencyId: school });
  await create(b1, { level: 'SPECIFIC', targetGroupIds: [group], reducesFactorIds: [f.drugs], strengthensFactorIds: [f.leisure], cost: { amount: 2000, unit: 'PER_WEEK', currency: 'DKK' }, responsibleAgencyId: social });
  await create(b1, { level: 'SPECIFIC', targetPersonIds: ps('p7', 'p8', 'p9', 'p10', 'p11', 'p12'), reducesFactorIds: [f.truancy], cost: { amount: 500, unit: 'PER_WEEK', currency: 'DKK' }, responsibleAgencyId: social });
  await create(b1, { level: 'INDIVIDUAL', status: 'PLANNED', targetPersonIds: ps('p1'), reducesFactorIds: [f.drugs], cost: { amount: 4000, unit: 'PER_DAY', currency: 'DKK' }, responsibleAgencyId: social });
  await create(b2, {
    level: 'INDIVIDUAL', targetPersonIds: ps('q1'), reducesFactorIds: [f.truancy], startDate: day(-6), endDate: day(0),
    cost: { amount: 7000, unit: 'ONE_OFF', currency: 'DKK' }, responsibleAgencyId: school,
  });

  // Progression over 4 weeks: the window starts 28 days ago; baselines 35 days ago.
  const assess = (p: string, factorId: string, level: number, offset: number) =>
    coord.ok('mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id } }', { input: { personId: people[p], factorId, level, assessedOn: day(offset) } });
  // Drugs: p1..p9 at 3, p10..p12 at 2; ten days ago p1..p6 down to 1, p7..p9 still 3, p10..p12 up to 3.
  for (let k = 1; k <= 12; k++) await assess(`p${k}`, f.drugs, k <= 9 ? 3 : 2, -35);
  for (let k = 1; k <= 12; k++) await assess(`p${k}`, f.drugs, k <= 6 ? 1 : 3, -10);
  // Truancy present for q1 and q2, never re-assessed.
  await assess('q1', f.truancy, 3, -35);
  await assess('q2', f.truancy, 3, -35);
  // Leisure (protective): q1..q3, p1, p2, p3 at 0; p3 up to 2 seventeen days ago (week 2);
  // three days ago q1..q3 up to 2, p1 up to 1, p2 still 0.
  for (const p of ['q1', 'q2', 'q3', 'p1', 'p2', 'p3']) await assess(p, f.leisure, 0, -35);
  await assess('p3', f.leisure, 2, -17);
  for (const [p, level] of [['q1', 2], ['q2', 2], ['q3', 2], ['p1', 1], ['p2', 0]] as const) await assess(p, f.leisure, level, -3);

  o = (await manager.ok(OVERVIEW, { weeks: 4 })).managerOverview;
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

describe('which boards a manager covers', () => {
  test('every board of the municipality of the manager’s agency, and no other', () => {
    // Boards 1 and 2 by their areas, board 3 (no area) by its team's agency; none of the demo's or other files'.
    expect(o).toMatchObject({ municipality, boards: 3, youngPeople: shown(15) });
  });

  test('only managers: every other role is refused, and no identity appears', async () => {
    const json = JSON.stringify(o);
    for (const id of Object.values(people)) expect(json).not.toContain(id);
    expect(json).not.toMatch(/P\d+ Test|Q\d Test|P-[0-9A-F]{6}/);
    for (const name of ['coordinator', 'member', 'analyst', 'admin']) {
      const c = await new TestClient(server.url).login(name);
      expectCode(await c.gql(OVERVIEW, { weeks: 4 }), 'FORBIDDEN');
      expectCode(await c.gql(EXPORT, { format: 'CSV' }), 'FORBIDDEN');
    }
  });

  test('the access is logged with no person in it', async () => {
    await expectOneAudit(server.db, () => manager.ok(OVERVIEW, { weeks: 2 }), { action: 'READ', purpose: 'Query.managerOverview', personIds: [] });
  });
});

describe('the prevention triangle and its cost pyramid', () => {
  test('suppresses the small level and a complement, so the total gives neither away', () => {
    const levels = Object.fromEntries(o.triangle.levels.map((l: any) => [l.level, l]));
    expect(o.triangle.levels.map((l: any) => l.level)).toEqual(['GENERAL', 'SPECIFIC', 'INDIVIDUAL']);
    expect(levels.INDIVIDUAL.interventions).toEqual(hidden);
    expect(levels.GENERAL.interventions).toEqual(hidden);
    expect(levels.SPECIFIC.interventions).toEqual(shown(2));
    expect(o.triangle.totalInterventions).toEqual(shown(5));
    // Costs per week are hidden exactly where the counts are.
    expect(levels.GENERAL.weeklyCost).toEqual({ perWeek: [], suppressed: true });
    expect(levels.INDIVIDUAL.weeklyCost).toEqual({ perWeek: [], suppressed: true });
    expect(levels.SPECIFIC.weeklyCost).toEqual({ perWeek: [{ amount: 2500, currency: 'DKK' }], suppressed: false });
    expect(o.triangle.totalWeeklyCost).toEqual({ perWeek: [{ amount: 38500, currency: 'DKK' }], suppressed: false });
  });

  test('no published line has exactly one suppressed cell (no recovery by subtraction)', () => {
    const lines: { suppressed: boolean }[][] = [
      o.triangle.levels.map((l: any) => l.interventions),
      o.triangle.levels.map((l: any) => l.weeklyCost),
      o.byAgency.map((a: any) => a.interventions),
      o.byArea.map((a: any) => a.youngPeople),
      o.byArea.map((a: any) => a.interventions),
      ...o.heatMap.map((r: any) => [r.reached, r.unreached]),
      ...o.progression.flatMap((p: any) => [p.risk, p.protective].map((s: any) => [s.improved, s.unchanged, s.worsened])),
    ];
    for (const line of lines) expect(line.filter((c) => c.suppressed).length).not.toBe(1);
  });
});

describe('by agency and by area', () => {
  test('by responsible agency: social services 3 (reaching 12), school 2 (reaching 13), nothing hidden', () => {
    const by = Object.fromEntries(o.byAgency.map((a: any) => [a.agency.id, [a.interventions.display, a.weeklyCost.perWeek]]));
    // Social: 2 000 + 500 + 28 000; school: 1 000 + 7 000.
    expect(by).toEqual({ [social]: ['3', [{ amount: 30500, currency: 'DKK' }]], [school]: ['2', [{ amount: 8000, currency: 'DKK' }]] });
    expect(o.agencyTotal.interventions).toEqual(shown(5));
  });

  test('by area: area 2 has 3 young people and is hidden, so area 1 is hidden with it; the area without boards people shows 0', () => {
    const by = Object.fromEntries(o.byArea.map((a: any) => [a.area?.id ?? 'none', [a.boards, a.youngPeople.display, a.interventions.display]]));
    expect(by).toEqual({ [area1]: [1, '<5', '<5'], [area2]: [1, '<5', '<5'], none: [1, '0', '0'] });
    expect(o.areaTotal).toEqual({ boards: 3, youngPeople: shown(15), interventions: shown(5) });
  });
});

describe('interventions × factors', () => {
  test('per factor and level the interventions working on it, and whom a present risk leaves unreached', () => {
    const row = (id: string) => o.heatMap.find((r: any) => r.factor.id === id);
    // Drugs: g1 (12 people), s1 (6), ind1 (p1 only: hidden). Present now for p7..p12, all reached by g1.
    expect(row(f.drugs)).toMatchObject({ byLevel: [shown(1), shown(1), hidden], needing: shown(6), reached: shown(6), unreached: shown(0) });
    // Truancy: s2 (6 people), ind2 (q1: hidden). Present for q1 (reached by ind2) and q2 (unreached): all hidden.
    expect(row(f.truancy)).toMatchObject({ byLevel: [shown(0), shown(1), hidden], needing: hidden, reached: hidden, unreached: hidden });
    // Leisure: strengthened by s1; weak now for p1 (1) and p2 (0) only.
    expect(row(f.leisure)).toMatchObject({ byLevel: [shown(0), shown(1), shown(0)], needing: hidden });
    expect(o.heatMap[0].factor.key.startsWith('risk.')).toBe(true);
  });
});

describe('progression over the last 4 weeks', () => {
  test('risk factors: of 12 re-assessed, 6 went down (share 0.5); 3 unchanged and 3 up are hidden together', () => {
    // Weeks end 21, 14, 7 and 0 days ago; the re-assessments were 10 days ago (week 3).
    expect(o.progression.map((p: any) => p.weekEnding)).toEqual([day(-21), day(-14), day(-7), day(0)]);
    const risk = o.progression.map((p: any) => p.risk);
    // Nothing re-assessed yet: zeros tell nothing about anyone; a share of nothing is no share.
    for (const w of [risk[0], risk[1]]) expect(w).toEqual({ assessed: shown(0), improved: shown(0), unchanged: shown(0), worsened: shown(0), share: null });
    for (const w of [risk[2], risk[3]]) expect(w).toEqual({ assessed: shown(12), improved: shown(6), unchanged: hidden, worsened: hidden, share: 0.5 });
  });

  test('protective factors: a point that adds 1–4 people to the last published one is hidden whole', () => {
    const prot = o.progression.map((p: any) => p.protective);
    expect(prot[0].assessed).toEqual(shown(0));
    // Weeks 2 and 3: only p3 re-assessed: one person more than week 1, so nothing is published.
    for (const w of [prot[1], prot[2]]) expect(w).toEqual({ assessed: hidden, improved: hidden, unchanged: hidden, worsened: hidden, share: null });
    // Week 4: six people (q1..q3, p1, p3 up; p2 unchanged). Unchanged is one person, so the
    // smallest other non-zero cell (improved, 5) is hidden with it; worsened is 0.
    expect(prot[3]).toEqual({ assessed: shown(6), improved: hidden, unchanged: hidden, worsened: shown(0), share: null });
  });
});

describe('export', () => {
  test('CSV: one row per published number, "<5" where suppressed, formulas neutralised, labels in the language asked', async () => {
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = manager.cookie;
    const file = await expectOneAudit(server.db, () => sv.ok(EXPORT, { format: 'CSV', weeks: 4 }), { action: 'EXPORT', purpose: 'Query.managerExport', personIds: [] });
    const { filename, mimeType, base64 } = file.managerExport;
    expect(filename).toBe(`tavla-${day(0)}.csv`);
    expect(mimeType).toBe('text/csv; charset=utf-8');
    const text = Buffer.from(base64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Tabell,Rad,Kolumn,Värde');
    expect(lines).toContain('Preventionstriangeln,Individinriktad,Insatser,<5');
    expect(lines).toContain('Preventionstriangeln,Specifik,Insatser,2');
    expect(lines).toContain('Preventionstriangeln,Totalt,Kostnad per vecka,38500.00 DKK');
    expect(lines).toContain("Per område,'=2+3 Torget,Unga,<5");
    expect(text).not.toMatch(/(^|,)=2\+3/m);
    for (const id of Object.values(people)) expect(text).not.toContain(id);
  });

  test('Excel: one sheet per table with the same numbers', async () => {
    const { filename, mimeType, base64 } = (await manager.ok(EXPORT, { format: 'XLSX', weeks: 4 })).managerExport;
    expect(filename).toBe(`tavla-${day(0)}.xlsx`);
    expect(mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    for (const sheet of ['Prevention triangle', 'Interventions x factors', 'By agency', 'By area', 'Progression']) expect(workbook).toContain(`name="${sheet}"`);
    const strings = Object.entries(files).filter(([n]) => n.startsWith('xl/')).map(([, b]) => strFromU8(b)).join('\n');
    expect(strings).toContain('&lt;5');
    expect(strings).toContain('38500.00 DKK');
  });
});
