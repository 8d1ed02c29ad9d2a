// The relationship board in a real browser against the real server and Neo4j (demo case):
// one meeting's worth of work, in order, on one page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { auditMark, auditSince } from '../support/fixtures.js';
import { boardState, blankLayersShown, drawnFrames, launchChromium, login, newContext, noteDrawnFrames, pngPixels, screenshotPath, seriousAxeViolations, shot, textureCaches, waitForBoard, type HookEdge } from '../support/browser.js';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const nodeId = async (label: string) => (await boardState(page)).nodes.find((n) => n.label.replace(/^★ /, '') === label)?.id;

/** A node's position on the page (canvas offset plus Cytoscape's rendered position). */
async function nodeOnPage(label: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  const n = (await boardState(page)).nodes.find((x) => x.label.replace(/^★ /, '') === label);
  if (!n) throw new Error(`no node ${label}`);
  return { x: box.x + n.rx, y: box.y + n.ry };
}

async function expectAxeClean(name: string) {
  const v = await seriousAxeViolations(page);
  expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

const tieEdges = async () => (await boardState(page)).edges.filter((e) => e.classes.includes('tie'));
const edgeBetween = (edges: HookEdge[], a: string, b: string) => edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  context = await newContext(browser);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(e.message));
  await noteDrawnFrames(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the relationship board', () => {
  it('logs in (a wrong password gets the server’s message) and lists my boards', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await expectAxeClean('login');
    await login(page, server.url, 'coordinator', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: /username|password/i }).waitFor();
    await page.getByLabel('Password').fill('tavla-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'My boards' }).waitFor();
    await page.getByRole('link', { name: /Solbakken/ }).waitFor();
    expect(await page.getByRole('link', { name: /Solbakken/ }).count()).toBe(1);
    await expectAxeClean('boards');
  });

  it('opens the demo board: people, figures, tone-setters, groups, styled ties', async () => {
    await page.getByRole('link', { name: /Solbakken/ }).click();
    await waitForBoard(page);
    // The groups' hulls were painted in a frame before the drawn mark's: on the screen at the mark.
    const frames = await drawnFrames(page);
    expect(frames.hulls).toBeGreaterThan(0);
    expect(frames.hulls!).toBeLessThan(frames.mark!);
    // Cytoscape's blank select-box and drag layers were out of that first frame, and are back.
    expect(frames.blankAtFirst).toEqual(['none', 'none']);
    expect(await blankLayersShown(page)).toEqual(['block', 'block']);
    const s = await boardState(page);
    const people = s.nodes.filter((n) => n.classes.includes('person'));
    expect(people).toHaveLength(15);
    expect(s.nodes.filter((n) => n.classes.includes('group')).map((n) => n.label).sort()).toEqual(['Drengene fra Solbakken', 'Gruppen på Lærketorvet']);
    expect(people.filter((n) => n.classes.includes('tone')).map((n) => n.label).sort()).toEqual(['★ Mikke', '★ Yusuf']);
    expect(people.filter((n) => n.classes.includes('figure')).map((n) => n.label).sort()).toEqual(['Amira', 'Benji', 'Hamid (boksetræner)', 'Per (træner)']);
    const ties = s.edges.filter((e) => e.classes.includes('tie'));
    expect(ties.length).toBeGreaterThan(30);
    // Direction only where it matters, width by strength, a distinct style per type.
    expect(ties.filter((e) => e.arrow === 'triangle').every((e) => e.classes.includes('directed'))).toBe(true);
    expect(ties.some((e) => e.arrow === 'none')).toBe(true);
    const yusuf = (await nodeId('Yusuf'))!, mikke = (await nodeId('Mikke'))!, benji = (await nodeId('Benji'))!, emil = (await nodeId('Emil'))!;
    expect(edgeBetween(ties, yusuf, mikke)!.width).toBeGreaterThan(edgeBetween(ties, emil, yusuf)!.width);
    expect(ties.find((e) => e.classes.includes('double'))).toBeTruthy();
    // Benji recruits Yusuf and Yusuf looks up to Benji: two ties, two separate curves.
    const pair = await page.evaluate(([a, b]) => {
      const cy = (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy();
      return cy
        .edges()
        .map((e) => ({ s: e.source().id(), t: e.target().id(), m: e.midpoint() }))
        .filter((e) => (e.s === a && e.t === b) || (e.s === b && e.t === a))
        .map((e) => e.m);
    }, [yusuf, benji]);
    expect(pair).toHaveLength(2);
    expect(Math.hypot(pair[0]!.x - pair[1]!.x, pair[0]!.y - pair[1]!.y)).toBeGreaterThan(15);
    await shot(page, '01-board');
    // Its first frame was drawn without Cytoscape's texture caches, which are its own again.
    expect((await textureCaches(page)).own).toBe(true);
    await expectAxeClean('board');
  });

  it('opened at its address, asks for the board once: the boot script, ahead of the app, sends it', async () => {
    const ops: string[] = [];
    const onRequest = (r: import('playwright-core').Request) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') ops.push((JSON.parse(r.postData() ?? '{}') as { operationName?: string }).operationName ?? '?');
    };
    page.on('request', onRequest);
    try {
      await page.goto(page.url());
      await waitForBoard(page);
    } finally {
      page.off('request', onRequest);
    }
    // The boot entry's script tag comes first and is async: it runs as soon as it is loaded.
    const scripts = await page.evaluate(() => [...document.querySelectorAll('script[type="module"]')].map((s) => ({ src: s.getAttribute('src') ?? '', async: (s as HTMLScriptElement).async })));
    expect(scripts[0]!.src).toMatch(/\/assets\/boot-[^/]+\.js$/);
    expect(scripts[0]!.async).toBe(true);
    expect(scripts.length).toBeGreaterThan(1);
    // Every script the page loaded starts with V8's compile hint (client/vite.config.ts, compileHints).
    const firstLines = await page.evaluate(async () =>
      Promise.all(performance.getEntriesByType('resource').filter((r) => /\/assets\/.+\.js$/.test(r.name)).map(async (r) => (await (await fetch(r.name)).text()).split('\n', 1)[0])),
    );
    expect(firstLines.length).toBeGreaterThan(3);
    expect(new Set(firstLines)).toEqual(new Set(['//# allFunctionsCalledOnLoad']));
    // Its requests are the ones the app uses: asked once each, never again through Apollo.
    expect(ops.filter((o) => o === 'Board')).toHaveLength(1);
    expect(ops.filter((o) => o === 'Me')).toHaveLength(1);
    expect(ops.indexOf('Board')).toBeLessThan(2);
    expect((await boardState(page)).nodes.filter((n) => n.classes.includes('person'))).toHaveLength(15);
  });

  it('opened from the list of boards: no loading page in between, and its request leaves at the click', async () => {
    await page.goto(server.url);
    const link = page.getByRole('link', { name: /Solbakken/ });
    await link.waitFor();
    // Each GraphQL request with the address the page had when it was sent, and any loading page.
    await page.evaluate(() => {
      const w = window as unknown as { __sent: string[]; __busy: number };
      w.__sent = [];
      w.__busy = 0;
      const f = window.fetch;
      window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
        let op = '?';
        try {
          op = (JSON.parse(String(init?.body ?? '{}')) as { operationName?: string }).operationName ?? '?';
        } catch {
          // Not JSON: not ours.
        }
        w.__sent.push(`${op} ${location.pathname}`);
        return f.call(window, input, init);
      } as typeof fetch;
      new MutationObserver(() => {
        // The app's Suspense fallback (App.tsx), not the board page's own "loading".
        if (document.querySelector('main.page-centre[aria-busy="true"]')) w.__busy++;
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await link.click();
    await waitForBoard(page);
    const { sent, busy } = await page.evaluate(() => {
      const w = window as unknown as { __sent: string[]; __busy: number };
      return { sent: w.__sent, busy: w.__busy };
    });
    // Sent from the list, before the board's page rendered, and not asked again by the page.
    expect(sent.filter((r) => r.startsWith('Board '))).toEqual(['Board /']);
    // React's Suspense fallback, once shown, would hold the board back for at least 300 ms.
    expect(busy).toBe(0);
    expect((await boardState(page)).nodes.filter((n) => n.classes.includes('person'))).toHaveLength(15);
  });

  let newId = '';
  it('adds a person without moving anyone else', async () => {
    const before = (await boardState(page)).nodes;
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByLabel('Working name').fill('Testo');
    await expectAxeClean('add person dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Add to board' }).click();
    await page.waitForFunction(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.person').length === 16);
    const after = (await boardState(page)).nodes;
    for (const n of before) {
      const m = after.find((x) => x.id === n.id)!;
      expect(Math.hypot(m.x - n.x, m.y - n.y)).toBeLessThan(0.5);
    }
    const added = after.find((n) => n.label === 'Testo')!;
    newId = added.id;
    for (const n of before) if (n.classes.includes('person')) expect(Math.hypot(n.x - added.x, n.y - added.y)).toBeGreaterThan(60);
  });

  it('draws a tie by dragging from the new person onto Yusuf, then sets type and strength', async () => {
    const count = (await tieEdges()).length;
    const from = await nodeOnPage('Testo');
    await page.mouse.click(from.x, from.y);
    const handle = page.getByRole('button', { name: /Draw a tie from Testo/ });
    const hb = (await handle.boundingBox())!;
    const to = await nodeOnPage('Yusuf');
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move((hb.x + to.x) / 2, (hb.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: /Tie: Testo and ★ Yusuf|Tie: Testo and Yusuf/ });
    await dialog.waitFor();
    await dialog.getByLabel('Type').selectOption('LOOKS_UP_TO');
    await dialog.getByRole('radio', { name: /^2/ }).check();
    expect(await dialog.getByRole('checkbox', { name: /Directed/ }).isChecked()).toBe(true);
    await shot(page, '02-tie-form');
    await dialog.getByRole('button', { name: 'Draw tie' }).click();
    await dialog.waitFor({ state: 'detached' });
    const ties = await tieEdges();
    expect(ties).toHaveLength(count + 1);
    const tie = edgeBetween(ties, newId, (await nodeId('Yusuf'))!)!;
    expect(tie.source).toBe(newId);
    expect(tie.arrow).toBe('triangle');
    expect(tie.lineStyle).toBe('dotted');
  });

  it('changes its strength, undoes with Ctrl+Z and redoes with Ctrl+Shift+Z', async () => {
    const yusuf = (await nodeId('Yusuf'))!;
    const width = async () => edgeBetween(await tieEdges(), newId, yusuf)!.width;
    const w2 = await width();
    await page.getByRole('button', { name: 'Stronger' }).click();
    await page.getByRole('button', { name: 'Stronger' }).click();
    await page.getByText('strength 4', { exact: true }).waitFor();
    const w4 = await width();
    expect(w4).toBeGreaterThan(w2);
    await page.locator('body').press('Control+z');
    await page.getByText('strength 3', { exact: true }).waitFor();
    await page.locator('body').press('Control+z');
    await page.getByText('strength 2', { exact: true }).waitFor();
    expect(await width()).toBeCloseTo(w2, 3);
    await page.locator('body').press('Control+Shift+z');
    await page.getByText('strength 3', { exact: true }).waitFor();
    // Saved, not just drawn: the server has the redone value.
    const client = await new TestClient(server.url).login('coordinator');
    const tieId = edgeBetween(await tieEdges(), newId, yusuf)!.id;
    expect((await client.ok('query($id: ID!) { tie(id: $id) { strength } }', { id: tieId })).tie.strength).toBe(3);
  });

  it('a stale edit gets a clear message and a fresh view', async () => {
    const yusuf = (await nodeId('Yusuf'))!;
    const tieId = edgeBetween(await tieEdges(), newId, yusuf)!.id;
    const other = await new TestClient(server.url).login('member');
    const cur = (await other.ok('query($id: ID!) { tie(id: $id) { version } }', { id: tieId })).tie;
    await other.ok('mutation($i: UpdateTieInput!) { updateTie(input: $i) { id } }', { i: { id: tieId, version: cur.version, strength: 5 } });
    await page.getByRole('button', { name: 'Stronger' }).click();
    await page.getByRole('alert').filter({ hasText: /Someone else changed this first. The board now shows their version/ }).waitFor();
    await page.getByText('strength 5', { exact: true }).waitFor();
  });

  it('filters by tie type and minimum strength, and the list view shows the same ties', async () => {
    const all = await tieEdges();
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Friend/ }).uncheck();
    let ties = await tieEdges();
    expect(ties.length).toBeLessThan(all.length);
    const types = await page.evaluate(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().edges('.tie').map((e) => e.data('type')));
    expect(types).not.toContain('FRIEND');
    await page.getByLabel(/Minimum strength/).fill('4');
    ties = await tieEdges();
    const strengths = await page.evaluate(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().edges('.tie').map((e) => Number(e.data('strength'))));
    expect(strengths.length).toBeGreaterThan(0);
    expect(Math.min(...strengths)).toBeGreaterThanOrEqual(4);
    await shot(page, '03-filtered');
    await expectAxeClean('filters');
    await page.getByRole('button', { name: 'List' }).click();
    const rows = page.getByTestId('list-view').locator('table').nth(1).locator('tbody tr');
    expect(await rows.count()).toBe(ties.length);
    await expectAxeClean('list view');
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect((await tieEdges()).length).toBe(all.length);
    await page.getByRole('button', { name: /^Filters/ }).click();
  });

  it('moves the as-of date back: the board as it was, editing off', async () => {
    const bilal = (await nodeId('Bilal'))!, olle = (await nodeId('Olle'))!, emil = (await nodeId('Emil'))!, kev = (await nodeId('Kev'))!;
    expect(edgeBetween(await tieEdges(), bilal, olle)).toBeTruthy();
    expect(edgeBetween(await tieEdges(), emil, kev)).toBeFalsy();
    await page.getByLabel('As of').fill(daysAgo(30));
    await page.getByText(/The board as it was on/).waitFor();
    // The past board is in when it holds a tie that has since ended.
    await page.waitForFunction(() => (window as unknown as { __tavla: { board: () => { ties: { validTo: string | null }[] } } }).__tavla.board().ties.some((t) => t.validTo !== null));
    await page.waitForTimeout(200);
    const then = await tieEdges();
    expect(edgeBetween(then, bilal, olle)).toBeFalsy(); // began 9 days ago
    expect(edgeBetween(then, emil, kev)).toBeTruthy(); // ended 11 days ago
    expect(edgeBetween(then, newId, (await nodeId('Yusuf'))!)).toBeFalsy(); // drawn today
    expect(await page.getByRole('button', { name: 'Add person' }).isDisabled()).toBe(true);
    await shot(page, '04-as-of');
    await page.getByRole('button', { name: 'Today' }).click();
    await page.waitForFunction(() => document.querySelector('.asof-banner') === null);
    await page.waitForFunction(() => !(window as unknown as { __tavla: { board: () => { ties: { validTo: string | null }[] } } }).__tavla.board().ties.some((t) => t.validTo !== null));
    await page.waitForTimeout(200);
    expect(edgeBetween(await tieEdges(), bilal, olle)).toBeTruthy();
  });

  it('shows the changes since the last meeting, on the board and as a list', async () => {
    await page.getByLabel('Changes since').fill(daysAgo(30));
    await page.getByRole('button', { name: 'Show changes' }).click();
    const panel = page.locator('.changes-panel');
    await panel.getByRole('heading', { name: /Changes since/ }).waitFor();
    await panel.getByText(/Emil — Kev: Friend/).waitFor();
    await panel.getByText('Olle: Peripheral → Core in Drengene fra Solbakken').waitFor();
    await panel.getByText('Mikke — Bilal: strength 3 → 2').waitFor();
    const s = await boardState(page);
    const bilal = (await nodeId('Bilal'))!, olle = (await nodeId('Olle'))!;
    expect(edgeBetween(s.edges.filter((e) => e.classes.includes('chg-new')), bilal, olle)).toBeTruthy();
    expect(s.edges.filter((e) => e.classes.includes('ended')).length).toBeGreaterThanOrEqual(2);
    expect(s.edges.some((e) => e.classes.includes('chg-changed'))).toBe(true);
    expect(s.nodes.find((n) => n.id === olle)!.classes).toContain('chg-member');
    await shot(page, '05-changes');
    await expectAxeClean('changes');
  });

  it('meeting mode hides names; leaving it takes a deliberate confirmation', async () => {
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await page.getByText(/Meeting mode: names are hidden/).waitFor();
    const aliases = ['Yusuf', 'Mikke', 'Bilal', 'Olle', 'Benji', 'Testo', 'Dennis'];
    const labels = (await boardState(page)).nodes.filter((n) => n.classes.includes('person')).map((n) => n.label);
    for (const a of aliases) expect(labels.join(' ')).not.toContain(a);
    expect(labels).toContain('★ Y.');
    // Two people called B.: numbered, so the room can tell them apart.
    expect(labels.filter((l) => /^B\.\d$/.test(l))).toHaveLength(2);
    const text = await page.locator('body').innerText();
    for (const a of aliases) expect(text).not.toContain(a);
    await shot(page, '06-meeting');
    await expectAxeClean('meeting mode');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Leave meeting mode…' }).click();
    await page.getByRole('dialog', { name: 'Leave meeting mode?' }).getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByText(/Meeting mode: names are hidden/).count()).toBe(1);
    await page.getByRole('button', { name: 'Leave meeting mode…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show names' }).click();
    await page.waitForFunction(() => !document.body.innerText.includes('Meeting mode: names are hidden'));
    expect((await boardState(page)).nodes.map((n) => n.label)).toContain('★ Yusuf');
    await page.getByRole('button', { name: 'Show changes' }).click();
  });

  it('exports a PNG that is not blank, an SVG and a one-page PDF', async () => {
    const since = await auditMark(server.db);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).click()]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const ink = await pngPixels(page, bytes).then(({ data: d, width }) => {
      let nonWhite = 0;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 16) {
        if (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240) nonWhite++;
        colours.add((d[i]! >> 4) * 256 + (d[i + 1]! >> 4) * 16 + (d[i + 2]! >> 4));
      }
      return { share: nonWhite / (d.length / 16), colours: colours.size, w: width };
    });
    expect(ink.share).toBeGreaterThan(0.02);
    expect(ink.colours).toBeGreaterThan(20);
    expect(ink.w).toBeGreaterThan(1000);
    // Where each tie starts, as the SVG writes it: the ties the coordinator may not pass on and the others.
    const starts = () => page.evaluate(() => {
      const cy = (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy();
      const f = (v: number) => (Math.round(v * 10) / 10).toString();
      const at = (e: import('cytoscape').EdgeSingular) => `<path d="M${f(e.sourceEndpoint().x)} ${f(e.sourceEndpoint().y)} `;
      const shown = cy.edges().filter((e) => e.visible());
      const out = shown.filter((e) => e.data('noExport') === 1);
      return { out: out.map(at), outIds: out.map((e) => e.id()).sort(), shownIds: shown.map((e) => e.id()), others: shown.length - out.length };
    });
    const before = await starts();
    // Those are, by the policy as it stands, the demo board's police §115 ties and its ties on a
    // consent (Emil's coach, on his parents' consent) or under another statute: worked out here
    // from each tie's basis, not from the server's exportable flag.
    const client = await new TestClient(server.url).login('coordinator');
    const onBoard = (await client.ok(`{ board(id: "${page.url().split('/').pop()}") { ties { id legalBasis consentId sourceAgency { kind } } } }`)).board.ties as
      { id: string; legalBasis: string; consentId: string | null; sourceAgency: { kind: string } | null }[];
    const bases = onBoard.filter((t) => before.shownIds.includes(t.id) && ((t.legalBasis === 'SSP_115' && t.sourceAgency?.kind === 'POLICE') || t.consentId || t.legalBasis === 'OTHER_STATUTE'));
    expect(bases.some((t) => t.consentId)).toBe(true);
    expect(bases.some((t) => t.legalBasis === 'SSP_115')).toBe(true);
    // (Ties ended lately are drawn as ended edges, `ended:<id>`, and flagged the same way.)
    expect(before.outIds.filter((id) => !id.startsWith('ended:'))).toEqual(bases.map((t) => t.id).sort());
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg xmlns/);
    expect(svgText).toContain('Yusuf');
    expect((svgText.match(/<path /g) ?? []).length).toBeGreaterThan(30);
    // Those ties are not in the file, every other line is (one <g> starting with a path each; a
    // tie beside a left-out one is drawn straight, so not matched by its start), and the board
    // shows them all again.
    for (const p of before.out) expect(svgText).not.toContain(p);
    expect((svgText.match(/<g opacity="[^"]*"><path d="M/g) ?? []).length).toBe(before.others);
    expect(await starts()).toEqual(before);
    await page.getByText(`, without the ${before.outIds.length} ties that may not be passed on (police §115, a consent or another statute).`, { exact: false }).first().waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF', exact: true }).click()]);
    const pdfText = readFileSync((await pdf.path())!).toString('latin1');
    // Kept beside the screenshots, to look at.
    await pdf.saveAs(screenshotPath('minutes.pdf'));
    await png.saveAs(screenshotPath('export.png'));
    expect(pdfText.startsWith('%PDF-1.4')).toBe(true);
    expect(pdfText).toContain('/Count 1');
    expect(pdfText).toContain('(Solbakken: de ni drenge) Tj');
    expect(pdfText).toContain('(Legend) Tj');
    expect(pdfText).toMatch(/\(Filter: none, all ties shown\) Tj/);
    // The minutes say what the picture leaves out.
    expect(pdfText).toContain(`(Left out: ${before.outIds.length} ties that may not be passed on`);
    // Each file was recorded in the access log first: one EXPORT row each, naming people on the
    // board (the SVG keeps every drawn person), never their names.
    const people = (await boardState(page)).nodes.filter((n) => n.classes.includes('person')).map((n) => n.id).sort();
    const rows = (await auditSince(server.db, since)).filter((r) => r.action === 'EXPORT');
    expect(rows.map((r) => r.purpose.split(' ').slice(0, 2).join(' '))).toEqual(['Mutation.recordExport PNG', 'Mutation.recordExport SVG', 'Mutation.recordExport PDF']);
    for (const r of rows) expect(r.purpose).toContain('"withoutUnexportable":true');
    expect(rows[1]!.personIds).toEqual(people);
    for (const r of rows) {
      expect(r.personIds.length).toBeGreaterThan(0);
      expect(r.personIds.every((id) => people.includes(id))).toBe(true);
      expect(JSON.stringify(r)).not.toMatch(/Yusuf|Mikke/);
    }
  });

  it('undoes creating a group (Ctrl+Z) and redoes it (Ctrl+Shift+Z)', async () => {
    const groups = async () => (await boardState(page)).nodes.filter((n) => n.classes.includes('group')).map((n) => n.label).sort();
    expect(await groups()).toEqual(['Drengene fra Solbakken', 'Gruppen på Lærketorvet']);
    await page.getByRole('button', { name: 'Add group' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Testgruppen');
    await page.getByRole('dialog').getByRole('button', { name: 'Create group' }).click();
    await page.waitForFunction(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.group').length === 3);
    // Undo waits until the creation is saved whole (position, members): the button says when.
    const undoReady = () => page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Undo' && !b.disabled));
    await undoReady();
    await page.locator('body').press('Control+z');
    await page.getByText('Undone: create group Testgruppen').waitFor();
    await page.waitForFunction(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.group').length === 2);
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Redo' && !b.disabled));
    const client = await new TestClient(server.url).login('coordinator');
    const onServer = async () => ((await client.ok(`{ board(id: "${(await page.url()).split('/').pop()}") { groups { name } } }`)).board.groups as { name: string }[]).map((g) => g.name).sort();
    expect(await onServer()).toEqual(['Drengene fra Solbakken', 'Gruppen på Lærketorvet']);
    await page.locator('body').press('Control+Shift+z');
    await page.getByText('Redone: create group Testgruppen').waitFor();
    expect(await groups()).toEqual(['Drengene fra Solbakken', 'Gruppen på Lærketorvet', 'Testgruppen']);
    expect(await onServer()).toEqual(['Drengene fra Solbakken', 'Gruppen på Lærketorvet', 'Testgruppen']);
    // Leave the board as the later steps expect it.
    await undoReady();
    await page.locator('body').press('Control+z');
    await page.waitForFunction(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.group').length === 2);
  });

  it('shows other communities as a layer beside their people, without moving anyone', async () => {
    const before = (await boardState(page)).nodes;
    await page.getByRole('button', { name: 'Communities' }).click();
    await page.waitForFunction(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.community').length > 0);
    const s = await boardState(page);
    const communities = s.nodes.filter((n) => n.classes.includes('community'));
    expect(communities.length).toBeGreaterThanOrEqual(3);
    const parts = s.edges.filter((e) => e.classes.includes('participation'));
    const emil = (await nodeId('Emil'))!;
    expect(parts.some((e) => e.source === emil)).toBe(true);
    for (const n of before) {
      const m = s.nodes.find((x) => x.id === n.id)!;
      expect(Math.hypot(m.x - n.x, m.y - n.y)).toBeLessThan(0.5);
    }
    await shot(page, '08-communities');
    await page.getByRole('button', { name: 'Communities' }).click();
    await page.waitForFunction(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.community').length === 0);
  });

  it('works by keyboard: arrows move the focus, Enter opens the person', async () => {
    await page.getByTestId('board-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.person-panel, .group-panel').first().waitFor();
    await page.keyboard.press('Escape');
  });

  it('switches to Swedish: the UI and the server’s errors', async () => {
    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('button', { name: 'Lägg till person' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Teckenförklaring' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Lägg till person' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lägg till på tavlan' }).click();
    await page.getByRole('dialog').getByText('Obligatoriskt.').waitFor();
    await shot(page, '07-swedish');
    await expectAxeClean('swedish dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await page.getByLabel('Språk').selectOption('da');
    await page.getByRole('button', { name: 'Tilføj person' }).waitFor();
    await page.getByLabel('Sprog').selectOption('en');
  });

  it('raised no uncaught errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
