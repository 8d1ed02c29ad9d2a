// Issue #3's benchmark: time from navigation to the board drawn, in headless Chromium against a
// real server, median of 5, for the demo board and for a generated board of 1,000 people and
// 4,000 ties, with saved positions and with none (the first layout). Also the longest main-thread
// task while opening (PerformanceObserver 'longtask') and frame times while panning and zooming.
// Starts its own Tavla and embedded Neo4j in a temp dir on free ports, and warms the server with
// each scenario's own queries before its timed opens (warm-server.ts).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../server/src/config.js';
import { startTavla } from '../../server/src/server.js';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { freePort } from '../../tests/support/free-port.js';
import { largeBoard, seedLargeBoard } from '../../tests/support/large-board.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, launchChromium } from '../../tests/support/browser.js';
import { fmt, median } from './stats.js';
import { startTrace } from './trace.js';
import { captureQueries, warmServer } from './warm-server.js';

const PEOPLE = 1000;
const TIES = 4000;
const RUNS = 5;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Collected from the first instant of each page (CDP init script: not subject to the page's CSP).
// The drawn mark is reported on the console: waiting for it with page.waitForFunction would put
// Playwright's injected script (hundreds of kB, compiled and run on the page's main thread) into
// the page while it opens, which a user's browser does not have (seen in profiles at 12+ ms).
const DRAWN_SIGNAL = 'tavla-bench:drawn';
const INIT = `
  window.__longTasks = [];
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  try { new PerformanceObserver((l) => { if (l.getEntries().some((e) => e.name === 'tavla:board-drawn')) console.debug('${DRAWN_SIGNAL}'); }).observe({ type: 'mark' }); } catch {}
`;

/** Resolves when the page reports its board drawn (set up before the navigation or click). */
function drawnSignal(page: Page): Promise<unknown> {
  return page.waitForEvent('console', { predicate: (m) => m.text() === DRAWN_SIGNAL, timeout: 120_000 });
}

const FETCH_LOG = `
  window.__fetchLog = [];
  const f = window.fetch;
  window.fetch = function (input, init) {
    let name = '?';
    try { name = JSON.parse(init && init.body || '{}').operationName || '?'; } catch {}
    const t0 = Math.round(performance.now());
    const p = f.apply(this, arguments);
    p.then((r) => r.clone().text()).then(() => window.__fetchLog.push(name + ':' + t0 + '-' + Math.round(performance.now())), () => {});
    return p;
  };
`;

interface Run {
  drawn: number;
  /** The app's canvas has the board and answers to input (later than drawn where the board is drawn before the app loads). */
  ready: number;
  longest: number;
  over200: number;
}

/** Debug only: CPU time (ms) per process name from /proc, to see who competes for the cores. */
function cpuByProcess(): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(f[11]) + Number(f[12])) * 10;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      // Kernel threads (no command line) are renamed as they work: not a process to count.
      if (!cmdline) continue;
      const type = /--type=(\w+)/.exec(cmdline.replace(/\0/g, ' '))?.[1];
      const key = type ? `${name}:${type}` : name;
      out.set(key, (out.get(key) ?? 0) + ms);
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/**
 * Waits for the board-drawn mark, then for the page's follow-up work, and reports the time from
 * `t0` (0: navigation) to drawn and the main-thread tasks that started from `t0` on.
 */
async function untilDrawn(page: Page, signal: Promise<unknown>, t0: number, where: string, cpu0: Map<string, number> | null): Promise<Run> {
  try {
    await signal;
  } catch (err) {
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`)).catch(() => []);
    if (process.env.BENCH_DEBUG) console.error('  page text:', (await page.locator('body').innerText().catch(() => '')).slice(0, 400));
    throw new Error(`board not drawn at ${where}; marks: ${marks.join(', ')}; ${err instanceof Error ? err.message : err}`);
  }
  const drawn = (await page.evaluate(() => performance.getEntriesByName('tavla:board-drawn')[0]!.startTime)) - t0;
  if (cpu0) {
    const cpu1 = cpuByProcess();
    console.error('    cpu ms while opening: ' + [...cpu1].map(([k, v]) => [k, v - (cpu0.get(k) ?? 0)] as const).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  }
  // Let any follow-up work (saving a first layout, overlays) finish and be counted.
  await page.waitForTimeout(1200);
  // Builds before session 18 set no ready mark: drawn was ready.
  const readyMark = await page.evaluate(() => performance.getEntriesByName('tavla:board-ready')[0]?.startTime ?? null);
  const ready = readyMark === null ? drawn : readyMark - t0;
  const since = (await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)).filter(([start]) => start >= t0);
  const tasks = since.map(([, d]) => d);
  if (process.env.BENCH_DEBUG) {
    const log = await page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`).join(' '),
      fetches: ((window as unknown as { __fetchLog?: string[] }).__fetchLog ?? []).join(' '),
      nav: Math.round((performance.getEntriesByType('navigation')[0] as unknown as { responseEnd: number }).responseEnd),
      res: (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => `${r.name.split('/').pop()}:${Math.round(r.startTime)}-${Math.round((r as unknown as { responseEnd: number }).responseEnd)}${r.transferSize ? `(${r.transferSize}B)` : ''}`).join(' '),
    }));
    console.error(`    fetches ${log.fetches}\n    tasks ${since.map(([a, d]) => `${Math.round(a)}+${Math.round(d)}`).join(' ')}\n    marks ${log.marks} html@${log.nav}${t0 ? ` from@${Math.round(t0)}` : ''}\n    resources ${log.res}`);
  }
  return { drawn, ready, longest: tasks.length ? Math.max(...tasks) : 0, over200: tasks.filter((d) => d > 200).length };
}

async function open(page: Page, url: string): Promise<Run> {
  const cpu0 = process.env.BENCH_DEBUG ? cpuByProcess() : null;
  const signal = drawnSignal(page);
  await page.goto(url, { waitUntil: 'commit' });
  return untilDrawn(page, signal, 0, url, cpu0);
}

/**
 * A board opened from the list of boards inside the app (a click on its link, no page load): how
 * a team usually reaches its board. Timed from the click to the board drawn; only the main-thread
 * tasks from the click on count.
 */
async function openFromList(page: Page, base: string, id: string): Promise<Run> {
  const href = `/boards/${encodeURIComponent(id)}`;
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.locator(`a[href="${href}"]`).waitFor();
  // The list page settled: its own requests answered, its idle-time work done.
  await page.waitForTimeout(1000);
  const cpu0 = process.env.BENCH_DEBUG ? cpuByProcess() : null;
  const signal = drawnSignal(page);
  const t0 = await page.evaluate((h) => {
    const t = performance.now();
    (document.querySelector(`a[href="${h}"]`) as HTMLElement).click();
    return t;
  }, href);
  return untilDrawn(page, signal, t0, `${href} from the list`, cpu0);
}

/** Frame times while zooming and panning with the mouse wheel and a drag on the empty canvas. */
async function interact(page: Page): Promise<{ p95: number; median: number }> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  // BENCH_PAN_WAIT=ms: look at the board that long before panning (by default at once, while the
  // work Cytoscape queues after the first frame may still run).
  if (process.env.BENCH_PAN_WAIT) await page.waitForTimeout(Number(process.env.BENCH_PAN_WAIT));
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__frameRun = true;
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frameRun) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, i < 6 ? -120 : 120);
  // Pan by dragging from a corner (empty canvas more likely than the middle).
  await page.mouse.move(box.x + 15, box.y + box.height - 15);
  await page.mouse.down();
  for (let i = 0; i < 20; i++) await page.mouse.move(box.x + 15 + i * 12, box.y + box.height - 15 - i * 6);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __frameRun: boolean };
    w.__frameRun = false;
    return w.__frames.slice(1);
  });
  if (process.env.BENCH_DEBUG) console.error(`    pan/zoom frames (ms): ${frames.map((f) => Math.round(f)).join(' ')}`);
  const sorted = [...frames].sort((a, b) => a - b);
  return { p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, median: median(frames) };
}

export async function runBoardRenderBench(): Promise<string[]> {
  if (!existsSync(join(root, 'client/dist/index.html'))) execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'tavla-render-bench-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: String(await freePort()), EMBEDDED_NEO4J_PORT: String(await freePort()), EMBEDDED_NEO4J_DIR: dir, SEED_DEMO: 'always', LOG_LEVEL: 'error', RATE_LIMIT_API_MAX: '100000' });
  const running = await startTavla(config);
  const browser = process.env.BENCH_FRESH_PROFILE ? await launchChromium() : null;
  try {
    const password = 'bench-password-123';
    const gen = largeBoard(await hashPassword(password), { people: PEOPLE, ties: TIES });
    await running.db.write((tx) => tx.rows('bench/drop-audit-person-index'));
    await seedLargeBoard(running.db, gen);
    // A browser profile on disk, as the browser of a team that opens its board every week has:
    // Chromium keeps compiled script code between visits there, which an incognito-like context
    // does not. BENCH_FRESH_PROFILE=1: an incognito-like context (first figures, session 1-3).
    const profileDir = !process.env.BENCH_FRESH_PROFILE ? mkdtempSync(join(tmpdir(), 'tavla-render-profile-')) : null;
    const context = profileDir
      ? await chromium.launchPersistentContext(profileDir, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 768 } })
      : await browser!.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(INIT);
    // Debug only: which GraphQL operation each request was, and when it left and came back.
    if (process.env.BENCH_DEBUG) await context.addInitScript(FETCH_LOG);
    // BENCH_DIST=dir: serve the client from a copy of a build (client/dist is shared with whoever
    // else builds while this runs); the server still answers /graphql. BENCH_DIST=a,b: each
    // scenario is run for each build in turn (BENCH_ROUNDS times), against the same server, so a
    // before/after comparison sees the same machine load.
    const dists = (process.env.BENCH_DIST ?? '').split(',').filter(Boolean);
    let dist = dists[0];
    if (dist) {
      await context.route((u) => u.pathname !== '/graphql', async (route) => {
        const path = new URL(route.request().url()).pathname;
        await route.fulfill({ path: path.startsWith('/assets/') ? join(dist!, path) : join(dist!, 'index.html') });
      });
    }
    // BENCH_SWAP=a,b (two copies of client/dist): the builds take turns open by open, with the
    // HTTP cache on (BENCH_DIST's routing turns it off, and with it Chromium's code cache for
    // classic scripts). Both builds' assets are copied into client/dist/assets (their names are
    // hashed), and each open first puts its build's pages in client/dist. Overwrites client/dist.
    const swaps = (process.env.BENCH_SWAP ?? '').split(',').filter(Boolean);
    const liveDist = join(root, 'client/dist');
    for (const d of swaps) execFileSync('cp', ['-rn', `${d}/assets/.`, join(liveDist, 'assets')]);
    const useBuild = (d: string) => {
      const index = readFileSync(join(d, 'index.html'));
      writeFileSync(join(liveDist, 'index.html'), index);
      writeFileSync(join(liveDist, 'board.html'), existsSync(join(d, 'board.html')) ? readFileSync(join(d, 'board.html')) : index);
    };
    const swapRuns = async (name: string, url: string, before: () => Promise<void> | undefined, warm: (page: Page) => () => Promise<void>): Promise<string[]> => {
      const drawn = new Map<string, number[]>(swaps.map((d) => [d, []]));
      const ready = new Map<string, number[]>(swaps.map((d) => [d, []]));
      const longest = new Map<string, number[]>(swaps.map((d) => [d, []]));
      for (let i = 0; i <= RUNS * Number(process.env.BENCH_ROUNDS ?? 1); i++) {
        for (const d of i % 2 ? [...swaps].reverse() : swaps) {
          useBuild(d);
          await before();
          const page = await context.newPage();
          const warmUp = i === 0 && d === swaps[0] ? warm(page) : null;
          const run = await open(page, url);
          await page.close();
          await warmUp?.();
          // Each build's first open is its warm-up (and writes what a second open may use).
          if (i > 0) {
            drawn.get(d)!.push(run.drawn);
            ready.get(d)!.push(run.ready);
            longest.get(d)!.push(run.longest);
          }
          if (process.env.BENCH_DEBUG) console.error(`  [${d}] ${name} run ${i}: drawn ${fmt(run.drawn)}, ready ${fmt(run.ready)}`);
        }
      }
      return swaps.map(
        (d) =>
          `  [${d}] ${name}: drawn median ${fmt(median(drawn.get(d)!))}, ready median ${fmt(median(ready.get(d)!))}, longest task median ${fmt(median(longest.get(d)!))} max ${fmt(Math.max(...longest.get(d)!))} (${drawn.get(d)!.length} opens)`,
      );
    };
    const login = async (username: string, pw: string) => {
      const r = await context.request.post(`${running.url}/graphql`, {
        headers: { 'content-type': 'application/json' },
        data: { query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', variables: { u: username, p: pw } },
      });
      if (!r.ok()) throw new Error(`login failed: ${r.status()}`);
    };
    const boardId = async (title: RegExp) => {
      const r = await context.request.post(`${running.url}/graphql`, { headers: { 'content-type': 'application/json' }, data: { query: '{ boards { id title } }' } });
      return ((await r.json()) as { data: { boards: { id: string; title: string }[] } }).data.boards.find((b) => title.test(b.title))!.id;
    };
    const scenarios: { name: string; target: number; user: [string, string]; board: () => Promise<string>; before?: (id: string) => Promise<void>; query?: string; fromList?: boolean }[] = [
      { name: 'demo board (saved layout)', target: 300, user: ['coordinator', 'tavla-demo'], board: () => boardId(/Solbakken/) },
      { name: 'demo board, opened from the list of boards', target: 300, user: ['coordinator', 'tavla-demo'], board: () => boardId(/Solbakken/), fromList: true },
      { name: `${PEOPLE} people / ${TIES} ties, saved layout`, target: 1500, user: [gen.username, password], board: async () => gen.saved },
      {
        name: `${PEOPLE} people / ${TIES} ties, first layout`, target: 3000, user: [gen.username, password], board: async () => gen.fresh,
        before: (id) => running.db.write((tx) => tx.rows('bench/clear-layout', { boardId: id })).then(() => undefined),
      },
    ];
    const lines = [`board render in headless Chromium, ${RUNS} runs each (after one warm-up), navigation to board drawn:`];
    for (const s of scenarios) {
      if (process.env.BENCH_ONLY && !s.name.startsWith(process.env.BENCH_ONLY)) continue;
      await login(...s.user);
      const id = await s.board();
      const url = `${running.url}/boards/${id}${s.query ?? process.env.BENCH_QUERY ?? ''}`;
      // After the first (untimed) open, the server is warmed with that open's own queries
      // (warm-server.ts), and the Board query's time over HTTP is taken as the server's share.
      const q = readFileSync(join(root, 'client/src/board/board.graphql'), 'utf8');
      let serverMs = 0;
      const warm = (page: Page) => {
        const seen = captureQueries(page);
        return async () => {
          await warmServer(context, seen);
          const times: number[] = [];
          for (let w = 0; w < 5; w++) {
            const t0 = performance.now();
            const r = await context.request.post(`${running.url}/graphql`, { headers: { 'content-type': 'application/json' }, data: { query: q, operationName: 'Board', variables: { id } }, timeout: 300_000 });
            if (!r.ok() || (await r.text()).includes('"errors"')) throw new Error(`Board query failed for ${s.name}`);
            times.push(performance.now() - t0);
          }
          serverMs = median(times);
        };
      };
      if (swaps.length) {
        lines.push(...(await swapRuns(s.name, url, () => s.before?.(id), warm)));
        continue;
      }
      for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 1); round++) for (const d of dists.length ? dists : ['']) {
      dist = d;
      const runs: Run[] = [];
      let frames = { p95: 0, median: 0 };
      for (let i = 0; i <= RUNS; i++) {
        await s.before?.(id);
        const page = await context.newPage();
        const warmUp = i === 0 && round === 0 && d === (dists[0] ?? '') ? warm(page) : null;
        if (process.env.BENCH_DEBUG) {
          page.on('console', (m) => console.error('  page:', m.type(), m.text().slice(0, 300)));
          page.on('pageerror', (e) => console.error('  page error:', e.message));
          page.on('response', (r) => {
            if (r.status() >= 400) void r.text().then((t) => console.error('  response', r.status(), r.request().postData()?.slice(0, 120), t.slice(0, 200)), () => undefined);
          });
        }
        const cdp = process.env.BENCH_PROFILE && i === Number(process.env.BENCH_PROFILE_RUN ?? 1) ? await context.newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
          await cdp.send('Profiler.start');
        }
        // BENCH_TRACE=1: a Chromium trace of the second open, its main-thread tasks printed
        // (BENCH_TRACE=n, n of 2 or more: of open n, once Chromium's code cache is in use).
        const traceRun = Math.max(1, Number(process.env.BENCH_TRACE) || 1);
        const trace = process.env.BENCH_TRACE && i === traceRun ? await startTrace(await context.newCDPSession(page)) : null;
        const run = s.fromList ? await openFromList(page, running.url, id) : await open(page, url);
        if (trace) console.error(await trace());
        if (cdp) {
          const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
          // BENCH_PROFILE_OUT=<file>: the profile itself too (a .cpuprofile opens in Chromium's DevTools).
          if (process.env.BENCH_PROFILE_OUT) writeFileSync(process.env.BENCH_PROFILE_OUT, JSON.stringify(profile));
          const self = new Map<string, number>();
          const byId = new Map(profile.nodes.map((n) => [n.id, n]));
          profile.samples.forEach((id, k) => {
            const n = byId.get(id)!;
            const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
            self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
          });
          console.error([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
          if (process.env.BENCH_PROFILE === 'tree') {
            // Inclusive time per function (each counted once per sample however deep it recurses).
            const parent = new Map<number, number>();
            for (const n of profile.nodes as { id: number; children?: number[] }[]) for (const c of n.children ?? []) parent.set(c, n.id);
            const total = new Map<string, number>();
            profile.samples.forEach((id, k) => {
              const seenKeys = new Set<string>();
              for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
                const n = byId.get(cur)!;
                const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
                if (seenKeys.has(key)) continue;
                seenKeys.add(key);
                total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
              }
            });
            console.error('  inclusive:\n' + [...total].filter(([k]) => !/^\((root|idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_PROFILE_TOP ?? 70)).map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
          }
        }
        if (process.env.BENCH_DEBUG) console.error(`  ${s.name} run ${i}: ${fmt(run.drawn)}, longest task ${fmt(run.longest)}`);
        if (i > 0) runs.push(run);
        if (i === RUNS) frames = await interact(page);
        await page.close();
        await warmUp?.();
      }
      const m = median(runs.map((r) => r.drawn));
      const longest = Math.max(...runs.map((r) => r.longest));
      lines.push(
        `  ${d ? `[${d}] ` : ''}${s.name}: median ${fmt(m)} (min ${fmt(Math.min(...runs.map((r) => r.drawn)))}, max ${fmt(Math.max(...runs.map((r) => r.drawn)))}); target <= ${s.target} ms ${m <= s.target ? 'MET' : 'NOT MET'}`,
        `    ready for input (the app's canvas has it): median ${fmt(median(runs.map((r) => r.ready)))}`,
        `    longest main-thread task ${fmt(longest)}, tasks over 200 ms per open: ${Math.max(...runs.map((r) => r.over200))} (target 0) ${longest <= 200 ? 'MET' : 'NOT MET'}`,
        `    of which the Board query over HTTP (warm server): about ${fmt(serverMs)}`,
        `    pan/zoom frames: median ${fmt(frames.median)}, p95 ${fmt(frames.p95)}`,
      );
      }
    }
    await context.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    return lines;
  } finally {
    await browser?.close();
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runBoardRenderBench().then((lines) => console.log(lines.join('\n')), (e) => { console.error(e); process.exit(1); });
}
