// How much Tavla's handling of large Bolt messages and of dates (server/src/db/bolt-messages.ts,
// bolt-temporal.ts) saves on the render benchmark's board of 1,000 people and 4,000 ties: the
// board's read by the server's driver and the `Board` query over HTTP, each with the driver's own
// decoding and with Tavla's, switched in the same process and interleaved (a 2-core machine's load
// drifts by tens of percent within minutes). Node CPU is the server process's own, per read.
//   npm run bench -- board-decode   or   node --import tsx scripts/bench/board-decode.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../server/src/config.js';
import { startTavla } from '../../server/src/server.js';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { cypher } from '../../server/src/db/cypher.js';
import { setContiguousMessages } from '../../server/src/db/bolt-messages.js';
import { setFastTemporal } from '../../server/src/db/bolt-temporal.js';
import { TestClient } from '../../tests/support/client.js';
import { freePort } from '../../tests/support/free-port.js';
import { largeBoard, seedLargeBoard } from '../../tests/support/large-board.js';
import { fmt, median } from './stats.js';
import { closeConnections, postJson } from './http-post.js';

const PEOPLE = 1000;
const TIES = 4000;
const RUNS = 30;
const WARMUP = 8;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function runBoardDecodeBench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-decode-bench-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: String(await freePort()), EMBEDDED_NEO4J_PORT: String(await freePort()), EMBEDDED_NEO4J_DIR: dir, SEED_DEMO: 'never', LOG_LEVEL: 'error' });
  const running = await startTavla(config);
  try {
    const password = 'bench-password-123';
    const gen = largeBoard(await hashPassword(password), { people: PEOPLE, ties: TIES });
    await seedLargeBoard(running.db, gen);
    const client = await new TestClient(running.url).login(gen.username, password);
    const query = readFileSync(join(root, 'client/src/board/board.graphql'), 'utf8');
    const headers = { cookie: client.cookie ?? '', 'x-tavla-lang': 'en' };
    const userId = (gen.rows.users![0] as { id: string }).id;
    // What the page's Board query reads (every part of the board).
    const params = { boardId: gen.saved, userId, asOf: new Date().toISOString().slice(0, 10), withPeople: true, withGroups: true, withTies: true, withMemberships: true, withGroupLinks: true, withStamps: false };
    const text = cypher('boards/get');

    const sides = { stock: { read: [] as number[], cpu: [] as number[], http: [] as number[] }, tavla: { read: [] as number[], cpu: [] as number[], http: [] as number[] } };
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const side of i % 2 ? (['stock', 'tavla'] as const) : (['tavla', 'stock'] as const)) {
        setContiguousMessages(side === 'tavla');
        setFastTemporal(side === 'tavla');
        const session = running.db.driver.session();
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const res = await session.executeRead((tx) => tx.run(text, params));
        const read = performance.now() - t0;
        const cpu = process.cpuUsage(c0);
        await session.close();
        if ((res.records[0]?.get('ties') as unknown[] | undefined)?.length !== TIES) throw new Error('bench board not as generated');
        const h0 = performance.now();
        const r = await postJson(`${running.url}/graphql`, { query, operationName: 'Board', variables: { id: gen.saved } }, headers);
        const http = performance.now() - h0;
        if (r.status !== 200 || (r.json as { errors?: unknown }).errors) throw new Error('Board query failed');
        if (i < WARMUP) continue;
        sides[side].read.push(read);
        sides[side].cpu.push((cpu.user + cpu.system) / 1000);
        sides[side].http.push(http);
      }
    }
    const m = (side: 'stock' | 'tavla', k: 'read' | 'cpu' | 'http') => median(sides[side][k]);
    const ratio = (k: 'read' | 'cpu' | 'http') => `${(m('tavla', k) / m('stock', k)).toFixed(2)}x`;
    return [
      `board read decoding, ${PEOPLE} people / ${TIES} ties (medians of ${RUNS}, the two interleaved; Tavla's against the driver's own):`,
      `  the driver's read of the board: ${fmt(m('tavla', 'read'))} against ${fmt(m('stock', 'read'))}, ${ratio('read')}`,
      `  Node CPU in that read:           ${fmt(m('tavla', 'cpu'))} against ${fmt(m('stock', 'cpu'))}, ${ratio('cpu')}`,
      `  the Board query over HTTP:       ${fmt(m('tavla', 'http'))} against ${fmt(m('stock', 'http'))}, ${ratio('http')}`,
    ];
  } finally {
    setContiguousMessages(true);
    setFastTemporal(true);
    closeConnections();
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runBoardDecodeBench().then((lines) => {
    console.log(lines.join('\n'));
    process.exit(0);
  }, (e) => {
    console.error(e);
    process.exit(1);
  });
}
