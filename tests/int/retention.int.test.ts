// Retention and erasure against the real server and Neo4j: retain-until worked out by hand per
// rule; the purge removes an expired (fictional) person and everything about them, and nobody
// else; erasure on request does the same for one person; the access log keeps its rows; and the
// log lines say how many, never who.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { auditMark, auditSince, countMarked, createBoard, createGroup, createPerson, expectCode, marker, missingId, node, rel } from '../support/fixtures.js';
import { setLogLevel } from '../../server/src/log.js';
import { loadConfig } from '../../server/src/config.js';
import { startRetentionPurge } from '../../server/src/retention/schedule.js';

let server: TestServer;
let after18: TestServer;
let coord: TestClient;
let admin: TestClient;
let auditor: TestClient;

// ---- capturing the server's log lines (one JSON object a line, on stdout/stderr) ----
let captured: string[] = [];
const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
function capture(): void {
  captured = [];
  const grab = (orig: typeof originals.out) => ((chunk: unknown, ...rest: unknown[]) => {
    captured.push(String(chunk));
    return (orig as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  process.stdout.write = grab(originals.out);
  process.stderr.write = grab(originals.err);
}
function release(): void {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
}
const lines = (msg: string) => captured.flatMap((c) => c.split('\n')).filter((l) => l.includes(`"msg":"${msg}"`)).map((l) => JSON.parse(l) as Record<string, unknown>);

const RETAIN = 'query($id: ID!) { person(id: $id) { id retainUntil } }';
const CLOSE = 'mutation($b: ID!, $c: Boolean!) { setBoardClosed(boardId: $b, closed: $c) { id closedAt } }';
const PURGE = 'mutation { purgeExpired { rule checked purged undetermined } }';
const ERASE = 'mutation($id: ID!, $r: ErasureReason!) { erasePerson(id: $id, reason: $r) }';
const SUBJECT = 'query($p: ID!) { subjectAccess(personId: $p, first: 200) { nodes { id action purpose username personIds } } }';

async function closedAt(boardId: string, at: string): Promise<void> {
  await server.db.write((tx) => tx.rows('test/board-closed-at', { id: boardId, at }));
}

async function personWithBirthYear(client: TestClient, boardId: string, alias: string, birthYear: number | null): Promise<string> {
  const d = await client.ok<{ createPerson: { id: string } }>('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
    input: { boardId, kind: 'YOUNG_PERSON', alias, birthYear },
  });
  return d.createPerson.id;
}

/**
 * Everything a case team records about a person, each carrying the marker text where the graph
 * has room for it: a tie to `other` (edited once, so it has a revision), a group membership, a
 * community participation, a factor assessment, an intervention target, and (written directly,
 * as the consent and shared-information features store them) a consent and a shared datum.
 */
async function recordAbout(personId: string, other: string, boardId: string, text: string) {
  const tie = (await coord.ok<{ createTie: { id: string } }>('mutation($input: CreateTieInput!) { createTie(input: $input) { id } }', {
    input: { boardId, sourceId: personId, targetId: other, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', note: text },
  })).createTie.id;
  await coord.ok('mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }', { input: { id: tie, version: 1, strength: 4 } });
  const group = await createGroup(coord, boardId, text);
  const membership = (await coord.ok<{ addMember: { id: string } }>('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
    input: { groupId: group.id, personId, role: 'CORE' },
  })).addMember.id;
  const community = (await coord.ok<{ createCommunity: { id: string } }>('mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }', {
    input: { name: text, kind: 'SPORT' },
  })).createCommunity.id;
  const participation = (await coord.ok<{ addParticipation: { id: string } }>('mutation($input: AddParticipationInput!) { addParticipation(input: $input) { id } }', {
    input: { personId, communityId: community, strength: 2 },
  })).addParticipation.id;
  const factors = (await coord.ok<{ factors: { id: string }[] }>('{ factors { id } }')).factors;
  const assessment = (await coord.ok<{ assessFactor: { id: string } }>('mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id } }', {
    input: { personId, factorId: factors[0]!.id, level: 2, note: text },
  })).assessFactor.id;
  const intervention = (await coord.ok<{ createIntervention: { id: string } }>('mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }', {
    input: { boardId, title: text, level: 'INDIVIDUAL', status: 'ACTIVE', targetPersonIds: [personId, other] },
  })).createIntervention.id;
  const records = { consent: missingId('cns'), information: missingId('inf') };
  await server.db.write((tx) => tx.rows('test/person-records', { personId, consentId: records.consent, informationId: records.information, text }));
  return { tie, group: group.id, membership, community, participation, assessment, intervention, ...records };
}

async function revisions(tieId: string): Promise<number> {
  return (await server.db.read((tx) => tx.rows('test/revisions-of-tie', { id: tieId }))).length;
}

async function targets(interventionId: string): Promise<string[]> {
  const rows = await server.db.read((tx) => tx.rows<{ id: string }>('test/intervention-targets', { id: interventionId }));
  return rows.map((r) => r.id).sort();
}

beforeAll(async () => {
  // Dates are told in UTC here, so the expected dates below are plain calendar arithmetic.
  server = await startTestServer({ RETENTION_RULE: 'months-after-case-closed:1', TIME_ZONE: 'UTC' });
  after18 = await startTestServer({ RETENTION_RULE: 'months-after-18:6', TIME_ZONE: 'UTC' });
  [coord, admin, auditor] = await loginAll(server.url, 'coordinator', 'admin', 'auditor');
  setLogLevel('info');
});

afterEach(() => release());

afterAll(async () => {
  release();
  setLogLevel('error');
  await server?.stop();
  await after18?.stop();
});

describe('retainUntil', () => {
  it('months-after-18:6 — six months after the last day of the year the person turns 18', async () => {
    const board = await createBoard(coord);
    const born2010 = await personWithBirthYear(coord, board, 'Tilde', 2010);
    const noYear = await personWithBirthYear(coord, board, 'Noah', null);
    const c = await new TestClient(after18.url).login('coordinator');
    // 18 at the latest on 2028-12-31; plus six months: 2029-06-30.
    expect((await c.ok<{ person: { retainUntil: string } }>(RETAIN, { id: born2010 })).person.retainUntil).toBe('2029-06-30');
    expect((await c.ok<{ person: { retainUntil: string | null } }>(RETAIN, { id: noYear })).person.retainUntil).toBeNull();
  });

  it('months-after-case-closed:1 — a month after the last of the person’s boards closed; unknown while one is open', async () => {
    const a = await createBoard(coord);
    const b = await createBoard(coord);
    const both = await createPerson(coord, a, 'Saga');
    await coord.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { boardId: b, kind: 'YOUNG_PERSON', alias: 'Saga', existingPersonId: both } });
    const retain = async () => (await coord.ok<{ person: { retainUntil: string | null } }>(RETAIN, { id: both })).person.retainUntil;
    expect(await retain()).toBeNull();
    const closed = (await coord.ok<{ setBoardClosed: { closedAt: string } }>(CLOSE, { b: a, c: true })).setBoardClosed.closedAt;
    expect(Date.now() - Date.parse(closed)).toBeLessThan(60_000);
    // Board b is still open.
    expect(await retain()).toBeNull();
    await coord.ok(CLOSE, { b, c: true });
    await closedAt(a, '2025-01-31T12:00:00Z');
    await closedAt(b, '2024-11-15T08:00:00Z');
    // The later close (31 January) plus a month: 28 February (no 31st).
    expect(await retain()).toBe('2025-02-28');
    // Reopened: unknown again.
    expect((await coord.ok<{ setBoardClosed: { closedAt: string | null } }>(CLOSE, { b: a, c: false })).setBoardClosed.closedAt).toBeNull();
    expect(await retain()).toBeNull();
  });

  it('is shown only to roles that see who a person is', async () => {
    const board = await createBoard(coord);
    const p = await personWithBirthYear(coord, board, 'Maja', 2009);
    const addManager = await server.db.read((tx) => tx.one<{ id: string }>('users/by-username', { username: 'manager' }));
    await coord.ok('mutation($b: ID!, $u: ID!) { addTeamMember(boardId: $b, userId: $u) { id } }', { b: board, u: addManager!.id });
    const managerAt18 = await new TestClient(after18.url).login('manager');
    const coordAt18 = await new TestClient(after18.url).login('coordinator');
    expect((await coordAt18.ok<{ person: { retainUntil: string } }>(RETAIN, { id: p })).person.retainUntil).toBe('2028-06-30');
    expect((await managerAt18.ok<{ person: { retainUntil: string | null } }>(RETAIN, { id: p })).person.retainUntil).toBeNull();
  });
});

describe('the retention purge', () => {
  it('erases an expired person and everything about them, keeps everyone else and the access log, and logs counts only', async () => {
    const closedBoard = await createBoard(coord);
    const openBoard = await createBoard(coord);
    const text = marker('Elsa Fiktiv');
    const expired = await personWithBirthYear(coord, closedBoard, text, 2008);
    const shared = await createPerson(coord, closedBoard, 'Sam');
    await coord.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { boardId: openBoard, kind: 'YOUNG_PERSON', alias: 'Sam', existingPersonId: shared } });
    const keeper = await createPerson(coord, openBoard, 'Kim');
    const of = await recordAbout(expired, shared, closedBoard, text);
    const sharedAssessment = (await coord.ok<{ assessFactor: { id: string } }>('mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id } }', {
      input: { personId: shared, factorId: (await coord.ok<{ factors: { id: string }[] }>('{ factors { id } }')).factors[1]!.id, level: 1 },
    })).assessFactor.id;
    await coord.ok(CLOSE, { b: closedBoard, c: true });
    await closedAt(closedBoard, '2020-03-15T10:00:00Z');
    const before = (await auditor.ok<{ subjectAccess: { nodes: { id: string }[] } }>(SUBJECT, { p: expired })).subjectAccess.nodes.map((n) => n.id);
    expect(before.length).toBeGreaterThan(5);
    expect(await revisions(of.tie)).toBe(1);
    expect(await countMarked(server.db, text)).toBeGreaterThan(5);

    const since = await auditMark(server.db);
    capture();
    const report = (await admin.ok<{ purgeExpired: { rule: string; checked: number; purged: number; undetermined: number } }>(PURGE)).purgeExpired;
    release();
    expect(report.rule).toBe('months-after-case-closed:1');
    expect(report.purged).toBe(1);
    // Everyone else is kept: most are on open boards (undetermined: the rule cannot tell yet).
    expect(report.undetermined).toBeGreaterThan(0);
    expect(report.checked).toBeGreaterThanOrEqual(report.purged + report.undetermined);

    // Gone: the person and everything only theirs.
    expect(await node(server.db, expired)).toBeNull();
    expect(await rel(server.db, of.tie)).toBeNull();
    expect(await revisions(of.tie)).toBe(0);
    expect(await rel(server.db, of.membership)).toBeNull();
    expect(await rel(server.db, of.participation)).toBeNull();
    expect(await node(server.db, of.assessment)).toBeNull();
    expect(await node(server.db, of.consent)).toBeNull();
    expect(await node(server.db, of.information)).toBeNull();
    // The marker is left only where shared things carry it as their own name: the group, the
    // community and the intervention (their names were chosen by the team, not the person's data).
    expect(await countMarked(server.db, text)).toBe(3);
    // Kept: shared things, other people and their data.
    expect(await node(server.db, of.group)).not.toBeNull();
    expect(await node(server.db, of.community)).not.toBeNull();
    expect(await targets(of.intervention)).toEqual([shared]);
    expect(await node(server.db, shared)).not.toBeNull();
    expect(await node(server.db, keeper)).not.toBeNull();
    expect(await node(server.db, sharedAssessment)).not.toBeNull();
    expect(await node(server.db, closedBoard)).not.toBeNull();

    // The access log keeps every row about the person, and the purge added its own naming them.
    const after = (await auditor.ok<{ subjectAccess: { nodes: { id: string; action: string; purpose: string; username: string; personIds: string[] }[] } }>(SUBJECT, { p: expired })).subjectAccess.nodes;
    expect(after.map((n) => n.id).slice(0, before.length)).toEqual(before);
    const rows = await auditSince(server.db, since);
    const purgeRows = rows.filter((r) => r.purpose === 'Mutation.purgeExpired:months-after-case-closed:1');
    expect(purgeRows).toHaveLength(1);
    expect(purgeRows[0]).toMatchObject({ action: 'DELETE', username: 'admin', personIds: [expired] });

    // One log line, counts and the rule only: no name, no id.
    const logged = lines('retention purge');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 'info', trigger: 'purgeExpired', rule: 'months-after-case-closed:1', purged: 1, people: 1, ties: 1, revisions: 1 });
    // Assessment, consent, shared information.
    expect(logged[0]!.records).toBe(3);
    const all = captured.join('');
    for (const secret of [text, 'Elsa', 'Fiktiv', expired, shared, 'per_']) expect(all).not.toContain(secret);
  });

  it('runs by itself after start when its interval is set, and not at all when it is 0', async () => {
    const off = loadConfig({ ...process.env, NEO4J_URI: 'bolt://unused:7687', NEO4J_PASSWORD: 'x', RETENTION_PURGE_INTERVAL_HOURS: '0', RETENTION_PURGE_DELAY_SECONDS: '0' });
    const on = { ...server.config, RETENTION_PURGE_INTERVAL_HOURS: 24, RETENTION_PURGE_DELAY_SECONDS: 0 };
    const since = await auditMark(server.db);
    const stopOff = startRetentionPurge(server.db, off);
    await new Promise((r) => setTimeout(r, 1500));
    stopOff();
    expect((await auditSince(server.db, since)).filter((r) => r.username === 'tavla:retention')).toEqual([]);
    capture();
    const stop = startRetentionPurge(server.db, on);
    try {
      await expect.poll(async () => (await auditSince(server.db, since)).filter((r) => r.username === 'tavla:retention').length, { timeout: 20_000 }).toBe(1);
    } finally {
      stop();
      release();
    }
    const row = (await auditSince(server.db, since)).find((r) => r.username === 'tavla:retention')!;
    expect(row).toMatchObject({ action: 'DELETE', purpose: 'retention.purge:months-after-case-closed:1', personIds: [] });
    expect(row.role ?? null).toBeNull();
    expect(lines('retention purge')).toEqual([expect.objectContaining({ trigger: 'timer', purged: 0 })]);
  });

  it('is for admins only', async () => {
    for (const username of ['coordinator', 'member', 'analyst', 'manager', 'auditor', 'reporter']) {
      const c = await new TestClient(server.url).login(username);
      expectCode(await c.gql(PURGE), 'FORBIDDEN');
    }
  });
});

describe('erasure on request', () => {
  it('erases the person and everything about them at the coordinator’s request, with a reason, and logs counts only', async () => {
    const board = await createBoard(coord);
    const text = marker('Ebba Påhittad');
    const person = await personWithBirthYear(coord, board, text, 2011);
    const other = await createPerson(coord, board, 'Otto');
    const of = await recordAbout(person, other, board, text);
    const before = (await auditor.ok<{ subjectAccess: { nodes: { id: string }[] } }>(SUBJECT, { p: person })).subjectAccess.nodes.map((n) => n.id);

    const since = await auditMark(server.db);
    capture();
    expect((await coord.ok<{ erasePerson: string }>(ERASE, { id: person, r: 'GUARDIAN_REQUEST' })).erasePerson).toBe(person);
    release();

    expect(await node(server.db, person)).toBeNull();
    expect(await rel(server.db, of.tie)).toBeNull();
    expect(await revisions(of.tie)).toBe(0);
    expect(await rel(server.db, of.membership)).toBeNull();
    expect(await rel(server.db, of.participation)).toBeNull();
    for (const id of [of.assessment, of.consent, of.information]) expect(await node(server.db, id)).toBeNull();
    expect(await countMarked(server.db, text)).toBe(3);
    expect(await node(server.db, other)).not.toBeNull();
    expect(await targets(of.intervention)).toEqual([other]);
    // Gone from the board as from everywhere: reading them now is reading nobody.
    expect((await coord.ok<{ person: unknown }>('query($id: ID!) { person(id: $id) { id } }', { id: person })).person).toBeNull();

    const rows = await auditSince(server.db, since);
    const erased = rows.filter((r) => r.action === 'DELETE');
    expect(erased).toEqual([expect.objectContaining({ purpose: 'Mutation.erasePerson:GUARDIAN_REQUEST', username: 'coordinator', personIds: [person] })]);
    const after = (await auditor.ok<{ subjectAccess: { nodes: { id: string }[] } }>(SUBJECT, { p: person })).subjectAccess.nodes.map((n) => n.id);
    expect(after.slice(0, before.length)).toEqual(before);

    const logged = lines('person erased');
    expect(logged).toEqual([expect.objectContaining({ level: 'info', reason: 'GUARDIAN_REQUEST', ties: 1, revisions: 1, records: 3 })]);
    const all = captured.join('');
    for (const secret of [text, 'Ebba', person, other, 'per_']) expect(all).not.toContain(secret);
  });

  it('is refused to other roles, and for someone the coordinator does not reach looks exactly like nobody', async () => {
    const board = await createBoard(coord);
    const person = await createPerson(coord, board, 'Vilma');
    for (const username of ['member', 'analyst', 'manager', 'admin', 'auditor', 'reporter']) {
      const c = await new TestClient(server.url).login(username);
      expectCode(await c.gql(ERASE, { id: person, r: 'SUBJECT_REQUEST' }), 'FORBIDDEN');
    }
    // Another coordinator, not on this board's team.
    const stranger = await createTestCoordinator();
    const notReached = await stranger.gql(ERASE, { id: person, r: 'SUBJECT_REQUEST' });
    const missing = await stranger.gql(ERASE, { id: missingId('per'), r: 'SUBJECT_REQUEST' });
    expectCode(notReached, 'NOT_FOUND');
    expect({ ...notReached, headers: null }).toEqual({ ...missing, headers: null });
    expect(await node(server.db, person)).not.toBeNull();
    const bad = await coord.gql(ERASE, { id: 'grp_1', r: 'SUBJECT_REQUEST' });
    expectCode(bad, 'BAD_USER_INPUT');
  });
});

async function createTestCoordinator(): Promise<TestClient> {
  const { createTestUser, testPassword } = await import('../support/users.js');
  const u = await createTestUser(admin, 'COORDINATOR', 'erase');
  return new TestClient(server.url).login(u.username, testPassword);
}
