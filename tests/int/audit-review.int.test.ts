// The data-protection officer's reviews of the access log (AUDITOR) against the real server and
// Neo4j: a subject-access report lists exactly the accesses made here, in order; a random sample
// is reproducible from its seed and bounded; filters combine; the CSV export is neutralised; every
// review is itself logged; and every other role is refused, alike for a person who exists and
// one who does not.
import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { createBoard, createPerson, expectBadInput, expectCode, expectOneAudit, marker, missingId } from '../support/fixtures.js';
import { samplePositions } from '../../server/src/audit/sample.js';

const FIELDS = 'id at username role agencyId agencyName action purpose personIds';
const SUBJECT = `query($p: ID!, $order: AuditOrder, $first: Int, $after: String, $from: DateTime, $to: DateTime) {
  subjectAccess(personId: $p, order: $order, first: $first, after: $after, from: $from, to: $to) { nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } }
}`;
const REVIEW = `query($f: AuditFilter, $order: AuditOrder, $first: Int, $after: String) {
  auditReview(filter: $f, order: $order, first: $first, after: $after) { nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } }
}`;
const SAMPLE = `query($f: AuditFilter!, $size: Int!, $seed: String!) { auditSample(filter: $f, size: $size, seed: $seed) { population seed nodes { ${FIELDS} } } }`;
const EXPORT = `query($r: AuditReport!, $f: AuditFilter, $order: AuditOrder, $size: Int, $seed: String) {
  auditExport(report: $r, filter: $f, order: $order, size: $size, seed: $seed) { filename mimeType base64 }
}`;

interface Ev { id: string; at: string; username: string; role: string | null; agencyId: string | null; agencyName: string | null; action: string; purpose: string; personIds: string[] }
interface Page { nodes: Ev[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

let server: TestServer;
let coord: TestClient;
let auditor: TestClient;
let person: string;
let alias: string;
let coordAgency: { id: string; name: string };

/** Test rows straight into the log, at chosen past instants, under a purpose prefix of their own. */
interface Inserted { id: string; at: string; userId: string; username: string; role: string; agencyId: string | null; action: string; purpose: string; personIds: string[] }
async function insert(rows: Inserted[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await server.db.write((tx) => tx.rows('test/audit-insert', { rows: rows.slice(i, i + 2000) }));
}
const auditId = () => `aud_${randomUUID()}`;
/** Time order as the log sorts it: instant, then id. */
const byTime = (a: { at: string; id: string }, b: { at: string; id: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function allPages<T extends { nodes: Ev[]; pageInfo: Page['pageInfo'] }>(fetch: (after: string | null) => Promise<T>): Promise<Ev[]> {
  const out: Ev[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: T = await fetch(after);
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

function decodeCsv(base64: string): { bom: boolean; rows: string[][] } {
  const text = Buffer.from(base64, 'base64').toString('utf8');
  const bom = text.startsWith('\uFEFF');
  const parsed = Papa.parse<string[]>(bom ? text.slice(1) : text, { skipEmptyLines: true });
  return { bom, rows: parsed.data };
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, auditor] = await loginAll(server.url, 'coordinator', 'auditor');
  const boardId = await createBoard(coord);
  alias = marker('Ylva Granqvist');
  person = await createPerson(coord, boardId, alias);
  const agencies = (await coord.ok<{ agencies: { id: string; name: string }[] }>('{ agencies { id name } }')).agencies;
  // The coordinator's agency, as the log records it (the demo coordinator is at social services).
  const rows = (await auditor.ok<{ subjectAccess: Page }>(SUBJECT, { p: person })).subjectAccess.nodes;
  coordAgency = agencies.find((a) => a.id === rows[0]!.agencyId)!;
});

afterAll(async () => {
  await server?.stop();
});

describe('a subject-access report', () => {
  it('lists exactly the accesses made to the person, oldest first, with role, agency and purpose, and none of the data', async () => {
    await coord.ok('query($id: ID!) { person(id: $id) { alias } }', { id: person });
    await coord.ok('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }', { input: { id: person, version: 1, name: 'Ylva G.' } });
    await coord.ok('query($id: ID!) { person(id: $id) { ties { id } } }', { id: person });
    const report = (await auditor.ok<{ subjectAccess: Page }>(SUBJECT, { p: person })).subjectAccess;
    // beforeAll's own subjectAccess call is in the log too: the officer's look is part of the record.
    expect(report.nodes.map((n) => `${n.username} ${n.action} ${n.purpose}`)).toEqual([
      'coordinator CREATE Mutation.createPerson',
      'auditor READ_AUDIT Query.subjectAccess',
      'coordinator READ Query.person',
      'coordinator UPDATE Mutation.updatePerson',
      'coordinator READ Query.person',
      'coordinator READ Person.ties',
    ]);
    for (const n of report.nodes.filter((x) => x.username === 'coordinator')) {
      expect(n).toMatchObject({ role: 'COORDINATOR', agencyId: coordAgency.id, agencyName: coordAgency.name, personIds: [person] });
    }
    expect(report.nodes[1]).toMatchObject({ role: 'AUDITOR', agencyId: null, agencyName: null, personIds: [person] });
    const ats = report.nodes.map((n) => n.at);
    expect([...ats].sort()).toEqual(ats);
    expect(JSON.stringify(report)).not.toContain('Ylva');
    expect(report.pageInfo.hasNextPage).toBe(false);
  });

  it('pages, newest first on request, and narrows to a period', async () => {
    const base = (await auditor.ok<{ subjectAccess: Page }>(SUBJECT, { p: person, first: 200 })).subjectAccess.nodes;
    const ids = base.map((n) => n.id);
    // Every call below is itself in the log (READ_AUDIT naming the person), newer than all before:
    // oldest first, paging runs into them at the end; newest first, they come before.
    const oldest = await allPages(async (after) => (await auditor.ok<{ subjectAccess: Page }>(SUBJECT, { p: person, first: 2, after })).subjectAccess);
    expect(oldest.slice(0, ids.length).map((n) => n.id)).toEqual(ids);
    expect(oldest.slice(ids.length).every((n) => n.action === 'READ_AUDIT' && n.username === 'auditor')).toBe(true);
    const newest = await allPages(async (after) => (await auditor.ok<{ subjectAccess: Page }>(SUBJECT, { p: person, order: 'NEWEST_FIRST', first: 3, after })).subjectAccess);
    expect(newest.slice(-ids.length).map((n) => n.id)).toEqual([...ids].reverse());
    expect(newest.slice(0, -ids.length).every((n) => n.action === 'READ_AUDIT' && n.username === 'auditor')).toBe(true);
    // A period: from the update (inclusive) to the last read (exclusive).
    const update = base.find((n) => n.purpose === 'Mutation.updatePerson')!;
    const last = base.find((n) => n.purpose === 'Person.ties')!;
    const within = (await auditor.ok<{ subjectAccess: Page }>(SUBJECT, { p: person, from: update.at, to: last.at })).subjectAccess.nodes;
    expect(within.map((n) => n.purpose)).toEqual(['Mutation.updatePerson', 'Query.person']);
  });

  it('is empty for a person nobody looked at, or who never existed', async () => {
    expect((await auditor.ok<{ subjectAccess: Page }>(SUBJECT, { p: missingId('per') })).subjectAccess).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('is itself logged, naming the person', async () => {
    await expectOneAudit(server.db, () => auditor.ok(SUBJECT, { p: person }), { action: 'READ_AUDIT', purpose: 'Query.subjectAccess', personIds: [person], username: 'auditor' }, [alias]);
  });
});

describe('filters', () => {
  const tag = `filter-test-${randomUUID().slice(0, 8)}`;
  const people = [missingId('per'), missingId('per')];
  const agencyA = missingId('agy');
  const agencyB = missingId('agy');
  const rows: Inserted[] = [];
  beforeAll(async () => {
    const users = [['anna', 'COORDINATOR', agencyA], ['bo', 'ANALYST', agencyB], ['cai', 'MEMBER', agencyA]] as const;
    const actions = ['READ', 'UPDATE', 'CREATE', 'LOGIN'];
    for (let i = 0; i < 48; i++) {
      const [u, role, agency] = users[i % 3]!;
      const action = actions[i % 4]!;
      rows.push({
        id: auditId(), at: new Date(Date.UTC(2019, 4, 1, 8, i)).toISOString(), userId: 'usr_test', username: `${tag}-${u}`, role, agencyId: agency,
        action, purpose: `${tag}.${action === 'READ' ? 'Query.person' : 'Mutation.x'}`, personIds: action === 'LOGIN' ? [] : [people[i % 2]!],
      });
    }
    await insert(rows);
  });

  const review = async (f: Record<string, unknown>, order = 'OLDEST_FIRST') =>
    allPages(async (after) => (await auditor.ok<{ auditReview: Page }>(REVIEW, { f: { purpose: tag, ...f }, order, first: 20, after })).auditReview);

  it('combine: each given condition must hold', async () => {
    const want = (pred: (r: Inserted) => boolean) => rows.filter(pred).sort(byTime).map((r) => r.id);
    expect((await review({})).map((n) => n.id)).toEqual(want(() => true));
    expect((await review({ username: `${tag}-anna` })).map((n) => n.id)).toEqual(want((r) => r.username.endsWith('-anna')));
    expect((await review({ role: 'ANALYST', action: 'READ' })).map((n) => n.id)).toEqual(want((r) => r.role === 'ANALYST' && r.action === 'READ'));
    expect((await review({ agencyId: agencyA, personId: people[1] })).map((n) => n.id)).toEqual(want((r) => r.agencyId === agencyA && r.personIds.includes(people[1]!)));
    expect((await review({ purpose: `${tag}.Mutation` })).map((n) => n.id)).toEqual(want((r) => r.purpose.startsWith(`${tag}.Mutation`)));
    expect((await review({ personalOnly: true })).map((n) => n.id)).toEqual(want((r) => r.personIds.length > 0));
    const from = rows[10]!.at;
    const to = rows[30]!.at;
    expect((await review({ from, to, role: 'MEMBER' })).map((n) => n.id)).toEqual(want((r) => r.at >= from && r.at < to && r.role === 'MEMBER'));
    expect((await review({ username: `${tag}-anna`, role: 'ANALYST' }))).toEqual([]);
    // Newest first is the same rows the other way round.
    expect((await review({ agencyId: agencyB }, 'NEWEST_FIRST')).map((n) => n.id)).toEqual(want((r) => r.agencyId === agencyB).reverse());
  });

  it('refuses bad filters per field, translated', async () => {
    expectBadInput(await auditor.gql(REVIEW, { f: { agencyId: 'per_1', personId: 'x', from: '2020-02-01T00:00:00Z', to: '2020-01-01T00:00:00Z' } }), {
      'filter.agencyId': 'Not a valid id of the right kind.',
      'filter.personId': 'Not a valid id of the right kind.',
      'filter.to': 'The end date must be after the start date.',
    });
    expectCode(await auditor.gql(REVIEW, { f: { from: 'not a time' } }), 'BAD_USER_INPUT');
  });

  it('a review without a person is logged naming nobody', async () => {
    await expectOneAudit(server.db, () => auditor.ok(REVIEW, { f: { purpose: tag } }), { action: 'READ_AUDIT', purpose: 'Query.auditReview', personIds: [], username: 'auditor' });
  });
});

describe('a random sample', () => {
  const tag = `sample-test-${randomUUID().slice(0, 8)}`;
  const rows: Inserted[] = [];
  const from = '2019-03-01T00:00:00.000Z';
  const to = '2019-03-02T00:00:00.000Z';
  beforeAll(async () => {
    for (let i = 0; i < 60; i++) {
      // 50 inside the period, 10 just outside it (before and at its end).
      const at = i < 50 ? new Date(Date.parse(from) + i * 1_700_000).toISOString() : i < 55 ? '2019-02-28T23:59:59.999Z' : to;
      rows.push({ id: auditId(), at, userId: 'usr_test', username: `${tag}-u${i % 7}`, role: 'MEMBER', agencyId: null, action: 'READ', purpose: `${tag}.Query.board`, personIds: [missingId('per')] });
    }
    await insert(rows);
  });
  const inPeriod = () => rows.slice(0, 50).sort(byTime);
  type Sample = { population: number; seed: string; nodes: Ev[] };
  const sample = async (size: number, seed: string) => (await auditor.ok<{ auditSample: Sample }>(SAMPLE, { f: { from, to, purpose: tag }, size, seed })).auditSample;

  it('draws the same rows again from the same seed, uniformly placed, within the period', async () => {
    const a = await sample(10, 'DPO 2026 Q1');
    expect(a.population).toBe(50);
    expect(a.seed).toBe('DPO 2026 Q1');
    expect(a.nodes).toHaveLength(10);
    // The rows at the drawn positions of the period's rows in time order.
    const sorted = inPeriod();
    expect(a.nodes.map((n) => n.id)).toEqual(samplePositions(50, 10, 'DPO 2026 Q1').map((i) => sorted[i]!.id));
    expect(new Set(a.nodes.map((n) => n.id)).size).toBe(10);
    for (const n of a.nodes) expect(n.at >= from && n.at < to).toBe(true);
    expect((await sample(10, 'DPO 2026 Q1')).nodes.map((n) => n.id)).toEqual(a.nodes.map((n) => n.id));
    expect((await sample(10, 'DPO 2026 Q2')).nodes.map((n) => n.id)).not.toEqual(a.nodes.map((n) => n.id));
  });

  it('is bounded: never more than the population, at most 1,000, and needs a period', async () => {
    const all = await sample(500, 'x');
    expect(all.population).toBe(50);
    expect(all.nodes.map((n) => n.id)).toEqual(inPeriod().map((r) => r.id));
    expectBadInput(await auditor.gql(SAMPLE, { f: { from, to, purpose: tag }, size: 1001, seed: 'x' }), { size: 'Must be at most 1000.' });
    expectBadInput(await auditor.gql(SAMPLE, { f: { from, to }, size: 0, seed: ' ' }), { size: 'Must be at least 1.', seed: 'Required.' });
    expectBadInput(await auditor.gql(SAMPLE, { f: { purpose: tag }, size: 5, seed: 'x' }), { 'filter.from': 'Required.', 'filter.to': 'Required.' });
  });

  it('is logged', async () => {
    await expectOneAudit(server.db, () => sample(3, 'y'), { action: 'READ_AUDIT', purpose: 'Query.auditSample', personIds: [], username: 'auditor' });
  });
});

describe('CSV export', () => {
  const tag = `export-test-${randomUUID().slice(0, 8)}`;
  type File = { filename: string; mimeType: string; base64: string };
  const exportOf = async (client: TestClient, vars: Record<string, unknown>) => (await client.ok<{ auditExport: File }>(EXPORT, vars)).auditExport;

  it('writes UTF-8 with a BOM, translated headers, and neutralises formula-like cells', async () => {
    // A failed login stores whatever username was typed: a stranger can put a formula there.
    const formula = `=HYPERLINK("http://example.invalid","${tag}")`;
    await insert([
      { id: auditId(), at: '2019-06-01T10:00:00.000Z', userId: 'usr_x', username: formula, role: 'MEMBER', agencyId: null, action: 'LOGIN_FAILED', purpose: `${tag}.auth`, personIds: [] },
      { id: auditId(), at: '2019-06-01T11:00:00.000Z', userId: 'usr_x', username: `${tag}-plain`, role: 'MEMBER', agencyId: null, action: 'READ', purpose: `${tag}.Query.person`, personIds: [person] },
      { id: auditId(), at: '2019-06-01T12:00:00.000Z', userId: 'usr_x', username: `@${tag}`, role: 'MEMBER', agencyId: null, action: 'READ', purpose: `+${tag}`, personIds: [] },
    ]);
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = auditor.cookie;
    const file = await exportOf(sv, { r: 'REVIEW', f: { purpose: tag }, order: 'OLDEST_FIRST' });
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    expect(file.filename).toMatch(/^tavla-access-log-review-\d{4}-\d{2}-\d{2}\.csv$/);
    const { bom, rows } = decodeCsv(file.base64);
    expect(bom).toBe(true);
    expect(rows[0]).toEqual(['Tid (UTC)', 'Användare', 'Roll', 'Myndighet', 'Åtgärd', 'Syfte', 'Personer (id)']);
    expect(rows.slice(1).map((r) => r[1])).toEqual([`'${formula}`, `${tag}-plain`]);
    expect(rows[2]![6]).toBe(person);
    // The "+" purpose did not match the prefix filter; exported on its own it is neutralised too.
    const plus = decodeCsv((await exportOf(auditor, { r: 'REVIEW', f: { purpose: `+${tag}` } })).base64).rows;
    expect(plus[0]![0]).toBe('Time (UTC)');
    expect(plus[1]!.slice(1, 6)).toEqual([`'@${tag}`, 'MEMBER', '', 'READ', `'+${tag}`]);
  });

  it('exports a subject-access report and a sample as the queries show them, and is logged as an export', async () => {
    const file = await expectOneAudit(server.db, () => exportOf(auditor, { r: 'SUBJECT_ACCESS', f: { personId: person } }), {
      action: 'EXPORT_AUDIT', purpose: 'Query.auditExport:SUBJECT_ACCESS', personIds: [person], username: 'auditor',
    }, [alias]);
    const shown = await allPages(async (after) => (await auditor.ok<{ subjectAccess: Page }>(SUBJECT, { p: person, first: 50, after })).subjectAccess);
    const csv = decodeCsv(file.base64).rows.slice(1);
    // The report shown was read after the export, so it has one READ_AUDIT row more at its end.
    expect(csv.map((r) => r[5])).toEqual(shown.slice(0, -1).map((n) => n.purpose));
    expect(csv.map((r) => r[0])).toEqual(shown.slice(0, -1).map((n) => n.at));
    expect(csv.find((r) => r[1] === 'coordinator')![3]).toBe(coordAgency.name);
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).not.toContain('Ylva');

    const window = { from: '2019-05-01T00:00:00.000Z', to: '2019-05-02T00:00:00.000Z' };
    const sampled = (await auditor.ok<{ auditSample: { nodes: Ev[] } }>(SAMPLE, { f: window, size: 7, seed: 's1' })).auditSample.nodes;
    const sampleCsv = decodeCsv((await exportOf(auditor, { r: 'SAMPLE', f: window, size: 7, seed: 's1' })).base64).rows.slice(1);
    expect(sampleCsv.map((r) => r[0])).toEqual(sampled.map((n) => n.at));
    expectBadInput(await auditor.gql(EXPORT, { r: 'SUBJECT_ACCESS', f: { username: 'x' } }), { 'filter.personId': 'Required.' });
    expectBadInput(await auditor.gql(EXPORT, { r: 'SAMPLE', f: window }), { size: 'Required.', seed: 'Required.' });
  });

  it('refuses more than 10,000 rows, asking for a narrower filter', async () => {
    const big = `${tag}-big`;
    const rows = Array.from({ length: 10_001 }, (_, i) => ({
      id: auditId(), at: new Date(Date.UTC(2018, 0, 1) + i * 1000).toISOString(), userId: 'usr_x', username: 'bulk', role: 'MEMBER', agencyId: null, action: 'READ', purpose: big, personIds: [],
    }));
    await insert(rows);
    const r = await auditor.gql(EXPORT, { r: 'REVIEW', f: { purpose: big } });
    expectCode(r, 'BAD_USER_INPUT');
    expect(r.errors![0]!.message).toBe('More than 10000 rows match. Narrow the filter (a shorter period, one user or one person) and export again.');
    const ok = decodeCsv((await exportOf(auditor, { r: 'REVIEW', f: { purpose: big, to: rows[9_999]!.at } })).base64).rows;
    expect(ok).toHaveLength(1 + 9_999);
  });
});

describe('every other role', () => {
  const queries: [string, string, Record<string, unknown>][] = [
    ['auditReview', REVIEW, {}],
    ['auditSample', SAMPLE, { f: { from: '2019-01-01T00:00:00Z', to: '2019-12-31T00:00:00Z' }, size: 5, seed: 'x' }],
    ['auditExport', EXPORT, { r: 'REVIEW' }],
  ];

  it('is refused, and a refusal about a person who exists looks exactly like one about nobody', async () => {
    for (const username of ['coordinator', 'member', 'analyst', 'manager', 'admin', 'reporter']) {
      const client = await new TestClient(server.url).login(username);
      for (const [name, q, vars] of queries) {
        const r = await client.gql(q, vars);
        expectCode(r, 'FORBIDDEN');
        expect(r.data ?? null, `${username} ${name}`).toBeNull();
      }
      const known = await client.gql(SUBJECT, { p: person });
      const unknown = await client.gql(SUBJECT, { p: missingId('per') });
      expectCode(known, 'FORBIDDEN');
      expect({ ...known, headers: null }).toEqual({ ...unknown, headers: null });
      const knownExport = await client.gql(EXPORT, { r: 'SUBJECT_ACCESS', f: { personId: person } });
      expect({ ...knownExport, headers: null }).toEqual({ ...(await client.gql(EXPORT, { r: 'SUBJECT_ACCESS', f: { personId: missingId('per') } })), headers: null });
      expect(JSON.stringify(known)).not.toContain(person);
    }
  });
});
