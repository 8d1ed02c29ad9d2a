// Outside reporters (taxi firms, housing companies, associations): they file situation reports
// about places and see nothing else. Every root field of the schema is tried as one, and the
// nested ways into reports, levels and boards. Reports are about places, not people: identity
// numbers are refused, names and handles warned about (check digits worked out by hand).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isAbstractType, type GraphQLInputType, type GraphQLField } from 'graphql';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { countMarked, expectBadInput, expectCode, marker } from '../support/fixtures.js';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { resolvers } from '../../server/src/graphql/resolvers.js';
import { guarded } from '../../server/src/graphql/guard.js';
import { seedId } from '../../seed/ids.js';

const SOLBAKKEN = seedId('area', 'solbakken');
const LAERKEPARKEN = seedId('area', 'laerkeparken');
const PITCH = seedId('place', 'solbakken_pitch');
const TORVET = seedId('place', 'laerketorvet');

const REPORT = `mutation($input: CreateSituationReportInput!) { createSituationReport(input: $input) {
  id week level text reporterName organisation place { id name } events { key label } warnings { kind excerpt blocking message } } }`;
const CHECK = 'query($t: String!) { checkReportText(text: $t) { kind start end excerpt blocking message } }';

let server: TestServer;
let reporter: TestClient;
let analyst: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  [reporter, analyst] = await loginAll(server.url, 'reporter', 'analyst');
});

afterAll(async () => {
  await server?.stop();
});

const input = (over: Record<string, unknown> = {}) => ({
  areaId: SOLBAKKEN, week: '2026-W47', level: 'ELEVATED', eventTypes: ['VANDALISM', 'knust rude i vognen'], organisation: 'Bøgely Taxa', ...over,
});

describe('filing', () => {
  test('an outside reporter files a report on a place; the name is the account’s; event types are translated', async () => {
    const text = marker('Sten mod en vogn ved banen');
    const r = (await reporter.ok(REPORT, { input: input({ text, placeId: PITCH }) })).createSituationReport;
    expect(r).toMatchObject({
      text, reporterName: 'Kim Andersen', organisation: 'Bøgely Taxa', warnings: [],
      place: { id: PITCH, name: 'Kunstgræsbanen ved Solbakkeskolen' },
      events: [{ key: 'VANDALISM', label: 'Vandalism' }, { key: null, label: 'knust rude i vognen' }],
    });
    const mine = (await reporter.ok('{ myReports { id text organisation } }')).myReports;
    expect(mine[0]).toEqual({ id: r.id, text, organisation: 'Bøgely Taxa' });
    // The taxi firm's earlier reports came in through Tavla too (the demo links them); the police's did not.
    expect(mine.every((x: { organisation: string }) => x.organisation === 'Bøgely Taxa')).toBe(true);
    expect(mine.length).toBeGreaterThanOrEqual(3);
  });

  test('refuses a place outside the area, and the fixed list comes in the request’s language', async () => {
    const text = marker('Fel plats');
    expectBadInput(await reporter.gql(REPORT, { input: input({ text, placeId: TORVET }) }), { placeId: 'This place is not in the area.' });
    expect(await countMarked(server.db, text)).toBe(0);
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = reporter.cookie;
    const types = (await sv.ok('{ eventTypes { key label } }')).eventTypes;
    expect(types).toContainEqual({ key: 'INSECURITY', label: 'Boende känner sig otrygga' });
    expect(types).toHaveLength(12);
  });

  test('staff file reports too and see the others’, the reporter only their own', async () => {
    const text = marker('Polisens rapport');
    await analyst.ok(REPORT, { input: input({ text, organisation: 'Midtkyst Politi' }) });
    const mine = (await reporter.ok('{ myReports(first: 200) { text } }')).myReports.map((x: { text: string }) => x.text);
    expect(mine).not.toContain(text);
    const area = (await analyst.ok('query($id: ID!) { area(id: $id) { reports(first: 5) { text } } }', { id: SOLBAKKEN })).area;
    expect(area.reports.map((x: { text: string }) => x.text)).toContain(text);
  });
});

describe('reports are about places, not people', () => {
  test('a Swedish personnummer with a right check digit is refused (Luhn 8112289874 → 50), writing nothing', async () => {
    const text = marker('Ungdom 811228-9874 vid planen');
    const w = (await reporter.ok(CHECK, { t: text })).checkReportText;
    expect(w).toEqual([expect.objectContaining({ kind: 'IDENTITY_NUMBER', excerpt: '811228-9874', blocking: true })]);
    expect(w[0].message).toMatch(/^This is a personal identity number/);
    expectBadInput(await reporter.gql(REPORT, { input: input({ text }) }), {
      text: 'Remove the personal identity number: reports are about places and events, never about people.',
    });
    expect(await countMarked(server.db, text)).toBe(0);
  });

  test('a Danish CPR number written with the dash is refused, in Danish too', async () => {
    const da = new TestClient(server.url, 'da');
    da.cookie = reporter.cookie;
    const text = marker('Set ved 010185-1234');
    expectBadInput(await da.gql(REPORT, { input: input({ text }) }), {
      text: 'Fjern CPR-nummeret: rapporter handler om steder og hændelser, aldrig om personer.',
    });
    expect(await countMarked(server.db, text)).toBe(0);
  });

  test('a wrong check digit (Luhn 49) and a name only warn: the report is kept, the warnings come back', async () => {
    const text = marker('Nummer 811228-9873 og Mikkel Hansen ved kiosken, se @solbakken_drengene');
    const r = (await reporter.ok(REPORT, { input: input({ text }) })).createSituationReport;
    expect(r.warnings.map((x: { kind: string; excerpt: string; blocking: boolean }) => [x.kind, x.excerpt, x.blocking])).toEqual([
      ['POSSIBLE_IDENTITY_NUMBER', '811228-9873', false],
      ['PERSON_NAME', 'Mikkel Hansen', false],
      ['HANDLE', '@solbakken_drengene', false],
    ]);
    expect(await countMarked(server.db, text)).toBe(1);
  });
});

// ---- nothing else ----

/** A value of the right type for an argument: the guard refuses before any value is looked at. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')}}`;
  }
  const scalars: Record<string, string> = { Int: '1', Float: '1', Boolean: 'true', Date: '"2026-01-01"', DateTime: '"2026-01-01T00:00:00Z"' };
  return scalars[type.name] ?? '"are_00000000-0000-4000-8000-000000000000"';
}

function operation(kind: 'query' | 'mutation', f: GraphQLField<unknown, unknown>): string {
  const args = f.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${literal(a.type)}`);
  let t = f.type;
  while (isNonNullType(t) || isListType(t)) t = t.ofType;
  const selection = isObjectType(t) || isAbstractType(t) ? ' { __typename }' : '';
  return `${kind} { ${f.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

const reporterMay = new Set(['Query.areas', 'Query.area', 'Query.eventTypes', 'Query.checkReportText', 'Query.myReports', 'Mutation.createSituationReport']);

describe('an outside reporter sees nothing else', () => {
  test('every other root field of the schema is FORBIDDEN to them', async () => {
    const schema = buildSchema();
    const tried: string[] = [];
    const leaks: string[] = [];
    for (const kind of ['query', 'mutation'] as const) {
      const type = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      const map = (resolvers as Record<string, Record<string, { [guarded]?: { op: string } }>>)[kind === 'query' ? 'Query' : 'Mutation']!;
      for (const f of Object.values(type.getFields())) {
        const key = `${kind === 'query' ? 'Query' : 'Mutation'}.${f.name}`;
        // Open and own-account fields (login, me, second factor) are everyone's; logout would end the session.
        if (reporterMay.has(key) || ['open', 'self'].includes(map[f.name]?.[guarded]?.op ?? '')) continue;
        const r = await reporter.gql(operation(kind, f));
        tried.push(key);
        if (r.errors?.[0]?.extensions?.code !== 'FORBIDDEN') leaks.push(`${key}: ${JSON.stringify(r.errors?.[0] ?? r.data).slice(0, 160)}`);
      }
    }
    expect(leaks).toEqual([]);
    // Boards, people, ties, groups, reports, alerts, users, the access log… are all among them.
    expect(tried).toEqual(expect.arrayContaining([
      'Query.boards', 'Query.board', 'Query.person', 'Query.situationOverview', 'Query.readinessAlerts', 'Query.readinessTeam',
      'Query.notifications', 'Query.users', 'Query.meeting', 'Mutation.raiseAlert', 'Mutation.setAreaLevel', 'Mutation.createBoard',
    ]));
    expect(tried.length).toBeGreaterThan(60);
  });

  test('the areas they may read do not lead to reports, levels, alerts or boards', async () => {
    for (const [sub, path] of [
      ['reports { id }', 'reports'], ['level', 'level'], ['levelHistory { id }', 'levelHistory'], ['activity { otherBoards }', 'activity'],
    ] as const) {
      const r = await reporter.gql(`query($id: ID!) { area(id: $id) { name ${sub} } }`, { id: LAERKEPARKEN });
      expectCode(r, 'FORBIDDEN');
      expect(r.errors![0]!.path).toEqual(['area', path]);
    }
    const viaOwn = await reporter.gql('{ myReports(first: 1) { area { reports { text } } } }');
    expectCode(viaOwn, 'FORBIDDEN');
    expect(JSON.stringify(viaOwn.data)).not.toMatch(/Beredskabet|Røveri/);
    // What they may see of an area: its name and places.
    const ok = (await reporter.ok('query($id: ID!) { area(id: $id) { name places { name kind } } }', { id: LAERKEPARKEN })).area;
    expect(ok.places).toContainEqual({ name: 'Lærketorvet', kind: 'SQUARE' });
  });
});
