// The policy matrix (issue 6, part 7): cases generated from server/src/policy/policy.json (role ×
// operation × data class × own/other agency × on the board's team or not × consent given,
// withdrawn or missing × retention live or expired × purpose where the policy names it), each
// realised by real requests against the real server and Neo4j, each answer compared with what the
// policy file itself says (evaluated in tests/support/policy-matrix.ts, not by the server's code).
// "Allowed" means the datum came back or the write took effect in the database; anything else is
// "denied". Not one case may be allowed that the policy denies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { describeCase, generate, readPolicy, uncovered, type Generated } from '../support/policy-matrix.js';
import { carrierIds, matrixTable } from '../support/policy-matrix-table.js';
import { buildMatrixWorld, type MatrixWorld } from '../support/policy-matrix-world.js';
import { runMatrix, summarise, type MatrixRun, type Outcome, type RoleSummary } from '../support/policy-matrix-run.js';
import { reads } from '../support/policy-matrix-reads.js';
import { writes } from '../support/policy-matrix-writes.js';

const policy = readPolicy();
let server: TestServer;
let world: MatrixWorld;
let gen: Generated;
let run: MatrixRun;

const line = (o: Outcome) => `${describeCase(o.c)} → ${o.observed ? 'allowed' : 'denied'}; policy: ${o.c.expected ? 'allow' : 'deny'} (${o.c.rules.join(', ')})${o.errors.length ? `; server: ${o.errors.join(' | ')}` : ''}`;

beforeAll(async () => {
  const started = Date.now();
  // A month's retention after the case closes; the expired board is closed two years back.
  // The runner sends several reads of a user in one document: limits that let it (they are not
  // what is tested here; hardening.int.test.ts tests them).
  server = await startTestServer({
    RETENTION_RULE: 'months-after-case-closed:1', TIME_ZONE: 'UTC',
    GRAPHQL_MAX_ALIASES: '100', GRAPHQL_MAX_COST: '100000', GRAPHQL_MAX_TOKENS: '20000',
  });
  world = await buildMatrixWorld(server);
  const built = Date.now();
  gen = generate(policy, matrixTable);
  run = await runMatrix(world, gen.cases);
  const byRole = summarise(run.outcomes, (o) => !!gapOf(o));
  const exposed = (some: boolean) => {
    const xs = gen.notExposed.filter((x) => x.allowedToSome === some);
    return `${xs.length} (${xs.reduce((n, x) => n + x.combos, 0)} role × context combinations)`;
  };
  const total = (k: keyof RoleSummary) => Object.values(byRole).reduce((n, r) => n + r[k], 0);
  console.log(
    [
      `policy matrix: ${run.outcomes.length} cases, ${run.requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s: fixtures ${((built - started) / 1000).toFixed(1)} s, reads ${run.seconds.reads.toFixed(1)} s, writes ${run.seconds.writes.toFixed(1)} s`,
      `  allowed ${total('allowed')}, denied ${total('denied')}; unexpected allows ${total('unexpectedAllows')} (and ${total('fileGaps')} where policy.json is out of step, below); unexpected denies ${total('unexpectedDenies')}`,
      `  not exposed (no such request in the API): ${exposed(true)} pairs the policy allows some role, ${exposed(false)} it allows nobody; not realisable by the API (e.g. a purpose it has no argument for): ${gen.notRealisable}`,
      `  not exposed, though allowed: ${gen.notExposed.filter((x) => x.allowedToSome).map((x) => x.key).join(', ')}`,
      ...Object.entries(byRole).map(([role, r]) =>
        `  ${role.padEnd(11)} ${String(r.cases).padStart(5)} cases  allowed ${String(r.allowed).padStart(4)}  denied ${String(r.denied).padStart(4)}  unexpected allows ${r.unexpectedAllows} (+${r.fileGaps} file gaps)  unexpected denies ${r.unexpectedDenies}`),
    ].join('\n'),
  );
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

describe('the policy matrix against the real server', () => {
  it('has a request for every class and operation the policy allows anyone, and an implementation for every request', () => {
    expect(uncovered(policy, matrixTable)).toEqual([]);
    expect(carrierIds().filter((id) => !reads[id] && !writes[id])).toEqual([]);
  });

  it('made its expired data really expire: the purge took the expired board’s people', async () => {
    expect(world.purge.seenBefore).toBe(true);
    expect(world.purge.purged).toBeGreaterThanOrEqual(10);
    for (const id of [world.expired.subject, world.expired.neighbour, world.expired.ties.plain!.leaf]) {
      expect(await server.db.read((tx) => tx.one('test/node', { id }))).toBeNull();
    }
    expect(await server.db.read((tx) => tx.one('test/node', { id: world.live.subject }))).not.toBeNull();
  });

  it('runs at least 1,000 cases, reads and writes, for every role', () => {
    expect(run.outcomes.length).toBeGreaterThanOrEqual(1000);
    expect(run.outcomes.filter((o) => o.c.carrier.kind === 'write').length).toBeGreaterThanOrEqual(200);
    expect(new Set(run.outcomes.map((o) => o.c.role)).size).toBe(policy.roles.length);
  });

  it('gets no server error and no rejected request', () => {
    expect(run.anomalies).toEqual([]);
  });

  it('allows nothing the policy denies (0 unexpected allows), but where the policy file is out of step with a feature', () => {
    const allows = run.outcomes.filter((o) => o.observed && !o.c.expected);
    expect(allows.filter((o) => !gapOf(o)).map(line)).toEqual([]);
    const known = allows.filter((o) => gapOf(o));
    if (known.length) {
      console.log(`policy matrix: ${known.length} allows where policy.json is out of step with a documented feature (not counted as unexpected):\n${policyFileGaps
        .map((g) => `  ${g.carriers.join(', ')} (${known.filter((o) => gapOf(o) === g).length} cases): ${g.why}`).join('\n')}`);
    }
    // Each gap is still there: once the policy file (or the server) changes, its entry goes.
    for (const g of policyFileGaps) expect(known.some((o) => gapOf(o) === g), g.carriers.join(', ')).toBe(true);
  });

  it('can tell an allow from a deny: every request was allowed at least once where the policy allows it', () => {
    // A request that never comes back with its datum would pass every "denied" case without
    // testing anything; each must show its datum somewhere.
    const seen = new Set(run.outcomes.filter((o) => o.observed && o.c.expected).map((o) => o.c.carrier.id));
    const expectedSomewhere = new Set(run.outcomes.filter((o) => o.c.expected).map((o) => o.c.carrier.id));
    expect([...expectedSomewhere].filter((id) => !seen.has(id)).sort()).toEqual(knownNeverAllowed);
  });

  it('reports the cases it denies although the policy allows them', () => {
    const denies = run.outcomes.filter((o) => !o.observed && o.c.expected);
    if (denies.length) console.log(`policy matrix: ${denies.length} unexpected denies (stricter than the policy):\n${denies.map((o) => `  ${line(o)}`).join('\n')}`);
    expect(denies.map(line).filter((l) => !explainedDeny(l))).toEqual([]);
  });
});

/** Requests never allowed although the policy allows them somewhere: the server narrows further, on purpose. */
const knownNeverAllowed = [
  // Raising an alert and setting an area's level need readiness-team membership, checked in the
  // transaction like a board's team (policy rule readiness-staff says so); the matrix's users are not on it.
  'raiseAlert', 'setAreaLevel',
];

/** Unexpected denies with a known reason: the server is stricter than the policy there. */
function explainedDeny(l: string): boolean {
  return (
    // Past retention the purge has erased the person already: there is nothing left to erase.
    /^#\d+ COORDINATOR erase (identity|persons) \[board=member retention=expired\] via erasePerson\.\w+ .* server: NOT_FOUND$/.test(l) ||
    / via (raiseAlert|setAreaLevel) .* server: FORBIDDEN$/.test(l)
  );
}

const gapOf = (o: Outcome) => (o.observed && !o.c.expected ? policyFileGaps.find((g) => g.carriers.includes(o.c.carrier.id) && g.when(o)) : undefined);

/**
 * Where policy.json disagrees with a feature built and documented on purpose, so the disagreement
 * is the file's to settle (reported, see docs/security.md "Policy matrix"), not a leak to fix in
 * the server. Each must still occur, so a fix of the file shows here.
 */
const policyFileGaps: { carriers: string[]; when: (o: Outcome) => boolean; why: string }[] = [
  // Settled in session 2: policy.json now has staff-read-situation-reports, team-knows-its-team and
  // area-activity-counts, so none is left. A new disagreement goes here with its reason.
];
