// Issue #2's benchmark: the `board` query over HTTP (login session, policy, one audited
// transaction, GraphQL) against the same Cypher read by plain neo4j-driver, on a generated board
// of 100 people and 400 ties with factor assessments and interventions. Median of many runs,
// the sides interleaved. The peer is a stock driver in a worker thread (stock-driver.ts): the
// server's own driver decodes large messages and dates faster than stock (db/bolt-*.ts), and that
// driver's time is printed beside it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../server/src/config.js';
import { startTavla } from '../../server/src/server.js';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { newId } from '../../server/src/shared/ids.js';
import { cypher } from '../../server/src/db/cypher.js';
import { TestClient } from '../../tests/support/client.js';
import { freePort } from '../../tests/support/free-port.js';
import { fmt, median } from './stats.js';
import { closeConnections, postJson } from './http-post.js';
import { startStockDriver } from './stock-driver.js';

const PEOPLE = 100;
const TIES = 400;
const RUNS = 100;
const WARMUP = 60;
const types = ['FRIEND', 'FAMILY', 'CLASSMATE', 'CONFLICT', 'CO_OFFENDING', 'LOOKS_UP_TO', 'RECRUITS'];
const valences = ['SUPPORTIVE', 'HARMFUL', 'AMBIVALENT'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generate(password: string) {
  const r = rng(42);
  const boardId = newId('board');
  const userId = newId('user');
  const day = '2026-01-01';
  const people = Array.from({ length: PEOPLE }, (_, i) => ({ id: newId('person'), kind: i % 10 === 0 ? 'INFLUENTIAL_FIGURE' : 'YOUNG_PERSON', alias: `Bench ${i}`, name: `Bench Person ${i}`, birthYear: 2008 + (i % 6) }));
  const seen = new Set<string>();
  const ties = [];
  while (ties.length < TIES) {
    const a = Math.floor(r() * PEOPLE);
    const b = Math.floor(r() * PEOPLE);
    if (a === b || seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    ties.push({ id: newId('tie'), sourceId: people[a]!.id, targetId: people[b]!.id, type: types[ties.length % types.length], strength: 1 + Math.floor(r() * 5), valence: valences[ties.length % 3], directed: ties.length % 7 === 5, sourceAgencyId: null, legalBasis: 'CONSENT', confidence: 'MEDIUM', validFrom: day, validTo: null, note: null, version: 1 });
  }
  const factors = Array.from({ length: 6 }, (_, i) => ({ id: newId('factor'), key: `bench.factor.${i}.${boardId}`, kind: i % 2 ? 'RISK' : 'PROTECTIVE', domain: 'PEERS', nameSv: `F${i}`, nameDa: `F${i}`, nameEn: `F${i}`, descriptionSv: '', descriptionDa: '', descriptionEn: '', source: 'bench' }));
  const agency = { id: newId('agency'), name: 'Bench agency', kind: 'SCHOOL', municipality: 'Bench' };
  const assessments = people.flatMap((p, i) => factors.slice(0, 3).map((f, j) => ({ id: newId('assessment'), personId: p.id, factorId: f.id, level: (i + j) % 4, assessedOn: day, sourceAgencyId: agency.id, legalBasis: 'CONSENT', note: null })));
  const interventions = Array.from({ length: 10 }, (_, i) => ({ id: newId('intervention'), boardId, title: `Bench intervention ${i}`, description: '', level: ['GENERAL', 'SPECIFIC', 'INDIVIDUAL'][i % 3], status: 'ACTIVE', startDate: day, endDate: null, responsibleAgencyId: agency.id, responsibleContactId: null, costAmount: 100, costUnit: 'PER_WEEK', costCurrency: 'SEK', nextFollowUp: null }));
  return {
    boardId, userId,
    rows: {
      factors, agencies: [agency], people, ties, assessments,
      boards: [{ id: boardId, title: 'Bench board', description: '', areaId: null }],
      boardPeople: people.map((p) => ({ boardId, personId: p.id, toneSetter: false, x: null, y: null, addedAt: `${day}T00:00:00Z` })),
      interventions,
      interventionPeople: interventions.map((iv, i) => ({ interventionId: iv.id, personId: people[i]!.id })),
      users: [{ id: userId, username: `bench-${boardId.slice(4, 12)}`, displayName: 'Bench', role: 'COORDINATOR', agencyId: agency.id, passwordHash: password, demo: false }],
      teams: [{ userId, boardId, since: day }],
    } as Record<string, unknown[]>,
  };
}

const order = ['00_factors:factors', '01_agencies:agencies', '10_people:people', '14_ties:ties', '20_assessments:assessments', '30_boards:boards', '31_board_people:boardPeople', '40_interventions:interventions', '41_intervention_people:interventionPeople', '90_users:users', '91_teams:teams'];

const query = `query($id: ID!) { board(id: $id) { id title people { id alias kind } groups { id name } ties { id source { id } target { id } type strength } } }`;

export async function runBoardQueryBench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-bench-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', EMBEDDED_NEO4J_PORT: String(await freePort()), EMBEDDED_NEO4J_DIR: dir, SEED_DEMO: 'never', LOG_LEVEL: 'error' });
  const running = await startTavla(config);
  try {
    const password = 'bench-password-123';
    const gen = generate(await hashPassword(password));
    await running.db.write(async (tx) => {
      for (const entry of order) {
        const [file, key] = entry.split(':') as [string, string];
        await tx.rows(`seed/${file}`, { rows: gen.rows[key] });
      }
    });
    const client = await new TestClient(running.url).login((gen.rows.users![0] as { username: string }).username, password);
    const check = await client.ok(query, { id: gen.boardId });
    if (check.board.people.length !== PEOPLE || check.board.ties.length !== TIES) throw new Error('bench board not as generated');

    const text = cypher('boards/get');
    const params = { boardId: gen.boardId, userId: gen.userId, asOf: new Date().toISOString().slice(0, 10), withPeople: true, withGroups: true, withTies: true, withMemberships: false, withGroupLinks: false, withStamps: false };
    // The same request the test client sent above, over a kept-alive connection (see http-post.ts).
    const headers = { cookie: client.cookie ?? '', 'x-tavla-lang': 'en' };
    const viaHttp = async () => {
      const res = await postJson(`${running.url}/graphql`, { query, variables: { id: gen.boardId } }, headers);
      const body = res.json as { data?: { board?: { ties?: unknown[] } }; errors?: unknown[] };
      if (res.status !== 200 || body.errors || body.data?.board?.ties?.length !== TIES) throw new Error('bench board query failed');
    };
    const stock = await startStockDriver({ uri: running.embedded!.uri, user: running.embedded!.user, password: running.embedded!.password, text, params });
    const viaDriver = async () => {
      const session = running.db.driver.session();
      try {
        await session.executeRead((tx) => tx.run(text, params));
      } finally {
        await session.close();
      }
    };
    // Interleaved, alternating which goes first: a change in machine load (other processes on a
    // 2-core box) then hits both sides alike instead of skewing the ratio.
    const http: number[] = [];
    const driver: number[] = [];
    const plain: number[] = [];
    const timed = async (f: () => Promise<void>) => {
      const t0 = performance.now();
      await f();
      return performance.now() - t0;
    };
    try {
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const keep = (into: number[], ms: number) => {
          if (i >= WARMUP) into.push(ms);
        };
        const sides = [
          async () => keep(http, await timed(viaHttp)),
          async () => keep(plain, await stock.read()),
          async () => keep(driver, await timed(viaDriver)),
        ];
        for (const side of i % 2 === 0 ? sides : sides.reverse()) await side();
      }
    } finally {
      await stock.close();
    }
    const h = median(http);
    const p = median(plain);
    const d = median(driver);
    return [
      `board query, ${PEOPLE} people / ${TIES} ties (median of ${RUNS}):`,
      `  GraphQL over HTTP (session, policy, audited tx): ${fmt(h)}`,
      `  plain neo4j-driver, same Cypher:                 ${fmt(p)}`,
      `  ratio: ${(h / p).toFixed(2)}x (target <= 1.5x) ${h / p <= 1.5 ? 'MET' : 'NOT MET'}`,
      `  the server's own driver (its faster decoding), same Cypher: ${fmt(d)}, ratio ${(h / d).toFixed(2)}x`,
    ];
  } finally {
    closeConnections();
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runBoardQueryBench().then((lines) => console.log(lines.join('\n')), (e) => { console.error(e); process.exit(1); });
}
