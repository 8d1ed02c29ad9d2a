// Database faults, on this file's own embedded Neo4j (a temp dir, a free port) so the run's shared
// one is never touched: (a) the JVM is killed with SIGKILL in the middle of 1,000 writes through
// GraphQL, restarted, and the writes the client never saw acknowledged are replayed: every write
// is then in the database exactly once, with exactly one access-log row; (b) the database is
// stopped and started under a running server: /healthz says down, clients get a clean translated
// error, and the server reconnects by itself. One restart per scenario (each JVM start costs
// 15–20 s on this machine).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { Db } from '../../server/src/db/db.js';
import { migrate } from '../../server/src/db/migrate.js';
import { loadSeed } from '../../server/src/seed/load.js';
import { t } from '../../server/src/i18n/index.js';
import { setLogLevel } from '../../server/src/log.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, type GqlResult } from '../support/client.js';
import { auditMark, auditSince, createBoard } from '../support/fixtures.js';
import { freePort } from '../support/free-port.js';

const dir = mkdtempSync(join(tmpdir(), 'tavla-faults-'));
// Kept across restarts, as an external Neo4j keeps its credentials: the server's driver must
// reconnect with what it has.
const password = randomBytes(24).toString('base64url');
let port: number;
let neo: EmbeddedNeo4j;
let server: TestServer;

const start = async () => {
  neo = await startEmbeddedNeo4j({ dir, port, password, heap: '512m', pagecache: '64m' });
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function health(): Promise<{ status: number; body: unknown; cache: string | null }> {
  const res = await fetch(`${server.url}/healthz`);
  return { status: res.status, body: await res.json(), cache: res.headers.get('cache-control') };
}

/** Polls /healthz until it answers `status`; how long that took. */
async function healthBecomes(status: number, withinMs: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < withinMs) {
    if ((await health()).status === status) return Date.now() - t0;
    await sleep(200);
  }
  throw new Error(`/healthz did not answer ${status} within ${withinMs} ms`);
}

// What an error a client sees while the database is away may not carry: a stack, the driver's
// words, where the database listens.
function leaks(r: { errors?: unknown }): string[] {
  const text = JSON.stringify(r.errors ?? null);
  const words = ['stack', 'exception', 'Neo4j', 'Neo.', 'ServiceUnavailable', 'SessionExpired', 'bolt', 'ECONNREFUSED', '127.0.0.1', `:${port}`, '.ts:', '.js:'];
  return words.filter((w) => text.toLowerCase().includes(w.toLowerCase()));
}

beforeAll(async () => {
  // Every request refused while the database is away logs a warning: hundreds of lines here.
  setLogLevel('error');
  port = await freePort();
  const t0 = Date.now();
  await start();
  const t1 = Date.now();
  const db = new Db({ uri: neo.uri, user: neo.user, password });
  try {
    await migrate(db);
    await loadSeed(db, { demo: true });
  } finally {
    await db.close();
  }
  console.log(`faults: first start of the database took ${t1 - t0} ms, schema and demo case ${Date.now() - t1} ms`);
  // The driver's retry window shortened from 15 s: a request failing while the database is away
  // answers in seconds, not half a minute (same code path, shorter wait).
  server = await startTestServer({}, { uri: neo.uri, user: neo.user, password }, (opts) => new Db({ ...opts, maxTransactionRetryTimeMs: 3_000 }));
}, 180_000);

afterAll(async () => {
  await server?.stop();
  // The store is thrown away: no need to wait for a clean shutdown's checkpoint.
  await neo?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const UPDATE = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }';

interface Write {
  personId: string;
  /** The version the write expects: the person's version before it. */
  version: number;
  alias: string;
  /** Attempts that got no acknowledgement (an error, or no answer). */
  unacknowledged: number;
  /** How it ended: acknowledged, or found already applied when replayed (STALE_VERSION). */
  outcome?: 'acknowledged' | 'appliedBefore';
}

describe('kill -9 of the database during writes', () => {
  it('keeps every acknowledged write exactly once, with its access-log row, after restart and replay', { timeout: 300_000 }, async () => {
    const began = Date.now();
    const coord = await new TestClient(server.url).login('coordinator');
    const boardId = await createBoard(coord, 'Fault board');
    const PEOPLE = 250;
    const CHAIN = 4; // writes per person, each on the version the previous one left: 1,000 in all
    const WORKERS = 10;
    // The people come in one import (pairs tied to each other), which is quicker than 250 calls.
    const csv = ['source;target', ...Array.from({ length: PEOPLE / 2 }, (_, j) => `Fel ${2 * j};Fel ${2 * j + 1}`)].join('\n');
    const imported = await coord.ok<{ importNetwork: { people: { id: string; alias: string }[] } }>(
      'mutation($b: ID!, $d: String!) { importNetwork(boardId: $b, format: CSV, data: $d) { people { id alias } } }',
      { b: boardId, d: csv },
    );
    const idOf = new Map(imported.importNetwork.people.map((p) => [p.alias, p.id]));
    const people = Array.from({ length: PEOPLE }, (_, i) => idOf.get(`Fel ${i}`)!);
    expect(new Set(people).size).toBe(PEOPLE);
    const writes: Write[][] = people.map((personId, i) =>
      Array.from({ length: CHAIN }, (_, k) => ({ personId, version: k + 1, alias: `Fel ${i}-${k + 1}`, unacknowledged: 0 })),
    );
    const since = await auditMark(server.db);
    const writing = Date.now();

    let acknowledged = 0;
    const unclean: string[] = [];
    const deadline = Date.now() + 200_000;

    // The client's side of an idempotent write: the expected version makes a replay of a write
    // that did land refuse (STALE_VERSION) instead of applying twice.
    async function perform(w: Write): Promise<void> {
      for (;;) {
        if (Date.now() > deadline) throw new Error('gave up replaying');
        let r: GqlResult | null = null;
        try {
          r = await coord.gql(UPDATE, { input: { id: w.personId, version: w.version, alias: w.alias } });
        } catch {
          // No answer at all: as unacknowledged as an error.
        }
        const code = r?.errors?.[0]?.extensions?.code as string | undefined;
        if (r && !r.errors && r.data?.updatePerson?.version === w.version + 1) {
          w.outcome = 'acknowledged';
          acknowledged++;
          return;
        }
        if (code === 'STALE_VERSION' && w.unacknowledged > 0) {
          w.outcome = 'appliedBefore';
          return;
        }
        if (r && code !== 'UNAVAILABLE') throw new Error(`unexpected answer: ${JSON.stringify(r.errors ?? r.data)}`);
        if (r) {
          unclean.push(...leaks(r));
          if (r.errors!.length !== 1 || r.errors![0]!.message !== t('en', 'errors.unavailable')) unclean.push(r.errors![0]!.message);
        }
        w.unacknowledged++;
        await sleep(250);
      }
    }

    // Each worker owns every tenth person and walks its chains round by round, so a person's
    // next write waits for the previous one and writes to all people interleave.
    const workers = Array.from({ length: WORKERS }, async (_, n) => {
      for (let k = 0; k < CHAIN; k++) {
        for (let i = n; i < PEOPLE; i += WORKERS) await perform(writes[i]![k]!);
      }
    });

    // Kill the JVM once 300 writes are acknowledged, while ten more are in flight.
    const killer = (async () => {
      while (acknowledged < 300) {
        if (Date.now() > deadline) throw new Error('the writes never got going');
        await sleep(5);
      }
      const killedAfter = acknowledged;
      const killedAt = Date.now();
      await neo.kill();
      const down = await health();
      const restartStarted = Date.now();
      await start();
      return { killedAfter, killedAt, down, restartMs: Date.now() - restartStarted };
    })();

    const [{ killedAfter, killedAt, down, restartMs }] = await Promise.all([killer, ...workers]);
    const done = Date.now();
    const all = writes.flat();
    const replayed = all.filter((w) => w.unacknowledged > 0);
    const appliedBefore = all.filter((w) => w.outcome === 'appliedBefore').length;
    console.log(
      `faults: ${PEOPLE} people made in ${writing - began} ms; killed after ${killedAfter} acknowledged writes (${killedAt - writing} ms); ` +
        `restart took ${restartMs} ms; all writes in ${done - writing} ms; ` +
        `${replayed.length} writes replayed (${appliedBefore} had landed before the kill, unacknowledged)`,
    );
    expect(down.status).toBe(503);
    expect(unclean).toEqual([]);
    // The kill did interrupt writes, and every write ended acknowledged or found applied.
    expect(replayed.length).toBeGreaterThan(0);
    expect(all.every((w) => w.outcome)).toBe(true);

    // Each person holds the last write of its chain, and its version counts each write once.
    const stored = await server.db.read((tx) => tx.rows<{ person: { id: string; alias: string; version: number; updatedAt: string } }>('test/people-by-ids', { ids: people }));
    const byId = new Map(stored.map((r) => [r.person.id, r.person]));
    const wrong = people.filter((id, i) => byId.get(id)?.version !== CHAIN + 1 || byId.get(id)?.alias !== `Fel ${i}-${CHAIN}`);
    expect(wrong).toEqual([]);

    // One access-log row per write, and none for the replays that found their write applied.
    const rows = (await auditSince(server.db, since)).filter((r) => r.purpose === 'Mutation.updatePerson');
    expect(rows).toHaveLength(PEOPLE * CHAIN);
    const perPerson = new Map<string, number>();
    for (const row of rows) {
      expect(row).toMatchObject({ action: 'UPDATE', username: 'coordinator', role: 'COORDINATOR' });
      expect(row.personIds).toHaveLength(1);
      perPerson.set(row.personIds[0]!, (perPerson.get(row.personIds[0]!) ?? 0) + 1);
    }
    expect(people.filter((id) => perPerson.get(id) !== CHAIN)).toEqual([]);
    // Rows and writes interleave: each row is stamped after its write's change (later in the same
    // transaction), so of a person's rows only the last write's is not older than the last change.
    const times = new Map<string, number[]>();
    for (const r of rows) times.set(r.personIds[0]!, [...(times.get(r.personIds[0]!) ?? []), Date.parse(r.at)]);
    const interleaved = (id: string) => {
      const [third, last] = times.get(id)!.sort((a, b) => a - b).slice(-2) as [number, number];
      const changed = Date.parse(byId.get(id)!.updatedAt);
      return third <= changed && changed <= last;
    };
    expect(people.filter((id) => !interleaved(id))).toEqual([]);
  });
});

describe('a database restart under a running server', () => {
  it('reports down, answers clients with a clean translated error, and reconnects by itself', { timeout: 180_000 }, async () => {
    await healthBecomes(200, 30_000);
    const coord = await new TestClient(server.url, 'sv').login('coordinator');
    const stranger = new TestClient(server.url, 'da');
    const before = await coord.ok<{ boards: { id: string }[] }>('{ boards { id } }');

    const stopping = Date.now();
    await neo.stop();
    const stopMs = Date.now() - stopping;
    const down = await health();
    expect(down).toEqual({ status: 503, body: { status: 'database unavailable' }, cache: 'no-store' });

    // A logged-in client (its session is in the database), and a login.
    const read = await coord.gql('{ boards { id } }');
    expect(read.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['UNAVAILABLE', t('sv', 'errors.unavailable')]]);
    expect(leaks(read)).toEqual([]);
    // In a resolver: the driver retries for its retry window (3 s here) before giving up.
    const asked = Date.now();
    const login = await stranger.gql('mutation { login(username: "coordinator", password: "tavla-demo") { id } }');
    const loginMs = Date.now() - asked;
    expect(login.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['UNAVAILABLE', t('da', 'errors.unavailable')]]);
    expect(leaks(login)).toEqual([]);
    // What needs no database still answers.
    expect((await stranger.ok('{ version }')).version).toEqual(expect.any(String));

    const starting = Date.now();
    await start();
    const startMs = Date.now() - starting;
    const upAfter = await healthBecomes(200, 60_000);
    console.log(`faults: stop took ${stopMs} ms, a login while down ${loginMs} ms, start ${startMs} ms; /healthz up ${upAfter} ms after the database was ready again`);
    // The same server and the same session: nothing was restarted but the database.
    expect(await coord.ok('{ boards { id } }')).toEqual(before);
    expect((await stranger.login('coordinator')).cookie).toBeDefined();
  });
});
