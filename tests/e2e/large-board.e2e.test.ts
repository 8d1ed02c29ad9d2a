// A large board (over LARGE_BOARD people) opens through its own path: added, styled and measured
// in one Cytoscape batch with Cytoscape's change checks off for the fresh elements
// (client/src/board/reconcile.ts, loadInBatch). Checked here in a real browser: everyone where
// their saved position says, every tie drawn between its own two people, and the drawing still
// following a change afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { largeBoard, seedLargeBoard } from '../support/large-board.js';
import { blankLayersShown, launchChromium, login, shot, waitForBoard, watchedPage } from '../support/browser.js';

const PEOPLE = 320;
const TIES = 960;
const password = 'large-board-password-1';

let server: TestServer;
let browser: Browser;
let page: Page;
let gen: ReturnType<typeof largeBoard>;
const errors: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  gen = largeBoard(await hashPassword(password), { people: PEOPLE, ties: TIES, communities: 8, groups: 4 });
  await seedLargeBoard(server.db, gen);
  browser = await launchChromium();
  page = await watchedPage(browser, errors, { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The board page's test hook (BoardPage.tsx, exposeForTests), as these tests use it. */
interface Hook {
  cy: () => import('cytoscape').Core;
  plainEdges(on: boolean): void;
  viewportSnapshot(on: boolean): void;
  hitTest(on: boolean): void;
  measuredBounds(on: boolean): void;
}
/** The board as drawn before a gesture: its viewport and the node canvas's inked pixels (every 5th). */
interface Pre {
  zoom: number;
  pan: { x: number; y: number };
  ink: [number, number][];
  w: number;
}
/** The page's window with the hook and what a gesture notes on it (types only: usable inside page.evaluate). */
type TestWindow = Window & { __tavla: Hook; __redrawn: number; __pre: Pre };

interface Drawn {
  people: { id: string; x: number; y: number; r: number }[];
  ties: { source: string; target: string; curve: string; from: { x: number; y: number }; to: { x: number; y: number } }[];
}

/** What Cytoscape will draw: each person's place and size, each tie's end points (as the renderer computed them). */
const drawn = (p: Page) =>
  p.evaluate((): Drawn => {
    const cy = (window as unknown as TestWindow).__tavla.cy();
    return {
      people: cy.nodes('.person').map((n) => ({ id: n.id(), ...n.position(), r: Math.max(n.width(), n.height()) / 2 })),
      ties: cy.edges('.tie').map((e) => ({ source: e.source().id(), target: e.target().id(), curve: String(e.style('curve-style')), from: e.sourceEndpoint(), to: e.targetEndpoint() })),
    };
  });

/**
 * A place as compared: `+ 0` turns -0 into 0. A rounded small negative is -0, which JSON carries
 * as 0; it is the same place (CI failed once on a first layout's -0 against the saved 0).
 */
const place = (p: { x: number; y: number }) => ({ x: p.x + 0, y: p.y + 0 });

function expectTiesAtTheirPeople(d: Drawn) {
  const at = new Map(d.people.map((p) => [p.id, p]));
  const off: string[] = [];
  for (const t of d.ties) {
    const s = at.get(t.source)!, e = at.get(t.target)!;
    const near = (q: { x: number; y: number }, n: { x: number; y: number; r: number }) => Number.isFinite(q.x) && Math.hypot(q.x - n.x, q.y - n.y) <= n.r + 1;
    if (!near(t.from, s) || !near(t.to, e)) off.push(`${t.source}->${t.target} drawn ${JSON.stringify(t.from)}->${JSON.stringify(t.to)}, people at ${s.x},${s.y} and ${e.x},${e.y}`);
  }
  expect(off.slice(0, 5), `${off.length} ties not drawn between their people`).toEqual([]);
}

describe('a large board in the browser', () => {
  it('opens with everyone at their saved place and every tie drawn between its own two people', async () => {
    await login(page, server.url, gen.username, password);
    await page.getByRole('heading', { name: 'My boards' }).waitFor();
    await page.goto(`${server.url}/boards/${gen.saved}`);
    await waitForBoard(page);
    // Cytoscape's blank layers, kept out of the first frame (blankLayers.ts), are back.
    expect(await blankLayersShown(page)).toEqual(['block', 'block']);
    // A large board is never drawn before the app (client/src/predraw/): no place noted for it.
    expect(await page.evaluate((id) => (JSON.parse(localStorage.getItem('tavla.predraw') ?? '{}') as Record<string, unknown>)[id], gen.saved)).toBeUndefined();
    const d = await drawn(page);
    expect(d.people).toHaveLength(PEOPLE);
    for (const p of d.people) expect(place(p), p.id).toEqual(place(gen.positions.get(p.id)!));
    expect(d.ties).toHaveLength(TIES);
    // Large boards draw ties as plain lines (style.ts).
    expect(new Set(d.ties.map((t) => t.curve))).toEqual(new Set(['haystack']));
    expectTiesAtTheirPeople(d);
    // The first queue was worked off without the empty texture caches (reconcile.ts, flushUntold):
    // they are Cytoscape's own again, and the drawing has filled them since.
    const caches = await page.evaluate(() => {
      const cy = (window as unknown as { __tavla: { cy: () => { renderer(): { data: Record<string, { lookup: { keyForId: Map<string, unknown> } }> } } } }).__tavla.cy();
      const data = cy.renderer().data;
      return ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'].map((k) => ({ own: Object.hasOwn(data[k]!, 'invalidateElements'), size: data[k]!.lookup.keyForId.size }));
    });
    expect(caches.map((c) => c.own)).toEqual([false, false, false, false]);
    expect(caches[0]!.size).toBeGreaterThan(0);
    // The groups' hulls (not drawn while the load's batch is open) are drawn once it has ended.
    // (Role badges are not drawn this far out.)
    const overlayInk = await page.evaluate(() => {
      const ink = (c: HTMLCanvasElement | null) => {
        const ctx = c?.getContext('2d');
        if (!c || !ctx || !c.width || !c.height) return 0;
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
        return n;
      };
      return ink(document.querySelector('canvas.overlay.under'));
    });
    expect(overlayInk).toBeGreaterThan(500);
    // Ties are drawn without their label lookups (edgeDraw.ts), each line in a few canvas calls
    // (tieLine.ts): every tie drawn that way and by Cytoscape's own function gives the same
    // pixels, and there is something to compare.
    const ties = await page.evaluate(() => {
      const hook = (window as unknown as TestWindow).__tavla;
      const cy = hook.cy();
      type Renderer = {
        drawCachedElement: ((...a: unknown[]) => void) & { plainEdges?: true };
        data: { lyrTxrCache: { drawEleInLayer(layer: { context: CanvasRenderingContext2D }, ...a: unknown[]): void } };
      };
      const r = (cy as unknown as { renderer(): Renderer }).renderer();
      const bb = cy.elements().boundingBox();
      // Each tie drawn as a frame drawn element by element draws it, then as the layer cache does.
      const k = Math.min(1200 / bb.w, 1600 / 2 / bb.h) * 2;
      const draw = () => {
        const c = document.createElement('canvas');
        c.width = 1200;
        c.height = 1600;
        const ctx = c.getContext('2d')!;
        ctx.setTransform(k, 0, 0, k, -bb.x1 * k, -bb.y1 * k);
        cy.edges().forEach((e) => r.drawCachedElement(ctx, e, 1, null, 0, false));
        ctx.setTransform(k, 0, 0, k, -bb.x1 * k, -bb.y1 * k + c.height / 2);
        cy.edges().forEach((e) => r.data.lyrTxrCache.drawEleInLayer({ context: ctx }, e, 0, 1));
        return { name: r.drawCachedElement.plainEdges ? 'plain' : 'own', px: ctx.getImageData(0, 0, c.width, c.height).data };
      };
      const plain = draw();
      hook.plainEdges(false);
      const own = draw();
      hook.plainEdges(true);
      // At the fitted zoom of a board this size (about 0.12) a dotted tie's dot is an eighth of a
      // pixel: drawn solid at half its opacity (tieLine.ts). The other ties give the same pixels
      // there too; the dotted ones the same amount of colour, but not the same pixels.
      const small = (dotted: boolean) => {
        const s = 1 / 8;
        const c = document.createElement('canvas');
        c.width = Math.ceil(bb.w * s) + 4;
        c.height = Math.ceil(bb.h * s) + 4;
        const ctx = c.getContext('2d')!;
        ctx.setTransform(s, 0, 0, s, -bb.x1 * s + 2, -bb.y1 * s + 2);
        cy.edges().filter((e) => (e.style('line-style') === 'dotted') === dotted).forEach((e) => r.drawCachedElement(ctx, e, 1, null, -3, false));
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      // Bytes that differ, pixels `a` inks, and the two drawings' ink (alpha summed).
      const compare = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
        let bytes = 0, inked = 0, inkA = 0, inkB = 0;
        for (let i = 0; i < a.length; i++) {
          if (a[i] !== b[i]) bytes++;
          if (i % 4 === 3) {
            if (a[i]! > 0) inked++;
            inkA += a[i]!;
            inkB += b[i]!;
          }
        }
        return { bytes, inked, inkA, inkB };
      };
      const fitted = compare(plain.px, own.px);
      const plainSmall = { dotted: small(true), rest: small(false) };
      hook.plainEdges(false);
      const ownSmall = { dotted: small(true), rest: small(false) };
      hook.plainEdges(true);
      return { names: [plain.name, own.name, r.drawCachedElement.plainEdges ? 'plain' : 'own'], differ: fitted.bytes, inked: fitted.inked, k, dotted: compare(plainSmall.dotted, ownSmall.dotted), rest: compare(plainSmall.rest, ownSmall.rest) };
    });
    expect(ties.names).toEqual(['plain', 'own', 'plain']);
    expect(ties.inked).toBeGreaterThan(20_000);
    // Whole dots at that scale: drawn as dots, the pixels Cytoscape's own.
    expect(2 * ties.k).toBeGreaterThanOrEqual(1);
    expect(ties.differ).toBe(0);
    expect(ties.rest.inkA).toBeGreaterThan(100_000);
    expect(ties.rest.bytes).toBe(0);
    expect(ties.dotted.bytes).toBeGreaterThan(0);
    expect(ties.dotted.inkA).toBeGreaterThan(10_000);
    expect(ties.dotted.inkA / ties.dotted.inkB).toBeGreaterThan(0.9);
    expect(ties.dotted.inkA / ties.dotted.inkB).toBeLessThan(1.15);
    // Something is on the canvas: not a blank frame.
    const shotPath = await shot(page, 'large-board');
    expect(shotPath).toMatch(/large-board\.png$/);
    const inked = await page.evaluate(() => {
      const canvases = [...document.querySelectorAll('[data-testid="board-canvas"] canvas')] as HTMLCanvasElement[];
      let n = 0;
      for (const c of canvases) {
        const ctx = c.getContext('2d');
        if (!ctx || !c.width || !c.height) continue;
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < px.length; i += 4 * 7) if (px[i]! > 0) n++;
      }
      return n;
    });
    expect(inked).toBeGreaterThan(2_000);
    // A zoom starts on a copy of the board as last drawn (viewportSnapshot.ts), not on Cytoscape
    // drawing the whole board again into its snapshot texture; with Cytoscape's own way back on,
    // the same gesture does draw it again (so this can tell the two apart).
    const installed = await page.evaluate(() => {
      const cy = (window as unknown as TestWindow).__tavla.cy();
      return !!(cy as unknown as { renderer(): { render: { viewportSnapshot?: true } } }).renderer().render.viewportSnapshot;
    });
    expect(installed).toBe(true);
    const gesture = async (copy: boolean) => {
      // The board drawn in full, its inked pixels and its viewport noted, then one wheel step.
      await page.evaluate(async (on) => {
        type R = { render(o?: { forcedContext?: unknown }): void; data: { canvases: HTMLCanvasElement[] }; NODE: number };
        const hook = (window as unknown as TestWindow).__tavla;
        hook.viewportSnapshot(on);
        const cy = hook.cy();
        const r = (cy as unknown as { renderer(): R }).renderer();
        const w = window as unknown as TestWindow;
        w.__redrawn = 0;
        const inner = r.render;
        r.render = function (o) {
          if (o?.forcedContext) w.__redrawn++;
          inner.call(this, o);
        };
        cy.forceRender();
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const node = r.data.canvases[r.NODE]!;
        const a = node.getContext('2d')!.getImageData(0, 0, node.width, node.height).data;
        const ink: [number, number][] = [];
        for (let y = 0; y < node.height; y += 5) for (let x = 0; x < node.width; x += 5) if (a[(y * node.width + x) * 4 + 3]! > 0) ink.push([x, y]);
        w.__pre = { zoom: cy.zoom(), pan: { ...cy.pan() }, ink, w: node.width };
      }, copy);
      const box = (await page.getByTestId('board-canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -120);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // The snapshot the gesture is drawn from: its viewport, and its ink where the board had ink.
      const snapshot = await page.evaluate(() => {
        type R = { textureCache: { texture: HTMLCanvasElement; viewport: { zoom: number; pan: { x: number; y: number } } } | null };
        const cy = (window as unknown as TestWindow).__tavla.cy();
        const tc = (cy as unknown as { renderer(): R }).renderer().textureCache;
        const pre = (window as unknown as TestWindow).__pre;
        if (!tc) return null;
        const t = tc.texture.getContext('2d')!.getImageData(0, 0, tc.texture.width, tc.texture.height).data;
        const k = tc.texture.width / pre.w;
        const matched = pre.ink.filter(([x, y]) => t[(Math.floor(y * k) * tc.texture.width + Math.floor(x * k)) * 4 + 3]! > 0).length;
        return { sameViewport: tc.viewport.zoom === pre.zoom && tc.viewport.pan.x === pre.pan.x && tc.viewport.pan.y === pre.pan.y, zoomed: cy.zoom() !== pre.zoom, inked: pre.ink.length, matched };
      });
      for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -120);
      await page.waitForTimeout(400);
      const redrawn = await page.evaluate(() => (window as unknown as TestWindow).__redrawn);
      return { snapshot, redrawn };
    };
    const own = await gesture(false);
    const copied = await gesture(true);
    expect(own.redrawn).toBeGreaterThan(0);
    expect(copied.redrawn).toBe(0);
    expect(copied.snapshot).toMatchObject({ sameViewport: true, zoomed: true });
    expect(copied.snapshot!.inked).toBeGreaterThan(500);
    // (Scaled up with smoothing, a lone faint pixel at an edge may come out empty.)
    expect(copied.snapshot!.matched).toBeGreaterThan(copied.snapshot!.inked * 0.99);
  });

  it('gives every box measured at opening as Cytoscape works it out afresh (measuredBounds.ts)', async () => {
    // The boxes noted when the board opened are answered without Cytoscape's checks; here each is
    // compared with Cytoscape's own, worked out again from scratch with the fast answer off (label
    // sizes measured on the page's canvas, ties' ends as drawn).
    const boxes = await page.evaluate(() => {
      const hook = (window as unknown as TestWindow).__tavla;
      const cy = hook.cy();
      const fast = !!(Object.getPrototypeOf(cy.collection()) as { boundingBox: { measured?: true } }).boundingBox.measured;
      const box = (e: import('cytoscape').SingularElementArgument) => {
        const b = e.boundingBox();
        return [e.id(), b.x1, b.y1, b.x2, b.y2, b.w, b.h].join(' ');
      };
      const given = cy.elements().map(box);
      hook.measuredBounds(false);
      (cy.elements() as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
      const own = cy.elements().map(box);
      hook.measuredBounds(true);
      return { fast, given, own };
    });
    expect(boxes.fast).toBe(true);
    expect(boxes.given.length).toBeGreaterThan(PEOPLE + TIES);
    expect(boxes.given).toEqual(boxes.own);
  });

  it('drawing people and groups leaves their style alone (regression: Cytoscape restyled each node it drew)', async () => {
    // With Cytoscape's default background image ('none'), each drawing of a node flipped its
    // `:backgrounding` state and applied its style again; each restyle made the layered texture
    // cache drop its layers and draw all the board's elements one by one for 250 ms (style.ts).
    const seen = await page.evaluate(() => {
      type R = { drawNode(...a: unknown[]): unknown };
      const cy = (window as unknown as TestWindow).__tavla.cy();
      const r = (cy as unknown as { renderer(): R }).renderer();
      let drawn = 0;
      let restyled = 0;
      const inner = r.drawNode;
      r.drawNode = function (...a: unknown[]) {
        drawn++;
        return inner.apply(this, a);
      };
      const onStyle = () => void restyled++;
      cy.on('style', 'node', onStyle);
      // Every node drawn once, as an export draws them (straight onto a canvas, no textures).
      cy.png({ full: true, scale: 0.25 });
      cy.off('style', 'node', onStyle);
      r.drawNode = inner;
      return { drawn, restyled };
    });
    expect(seen.drawn).toBeGreaterThan(20);
    expect(seen.restyled).toBe(0);
  });

  it('finds what is under the pointer among the elements near it only, with the same answer as Cytoscape (hitTest.ts)', async () => {
    const out = await page.evaluate(() => {
      type R = { findNearestElements(x: number, y: number, interactiveOnly?: boolean, isTouch?: boolean): { id(): string }[] };
      const w = window as unknown as TestWindow;
      const cy = w.__tavla.cy();
      const r = (cy as unknown as { renderer(): R }).renderer();
      const z = cy.zoom();
      // Points on each person, just off their edge and further off; on ties and beside them at
      // screen distances inside and outside Cytoscape's 8 px (24 px for touch).
      const pts: [number, number, boolean][] = [];
      cy.nodes().forEach((n, i) => {
        if (i % 2) return;
        const p = n.position();
        const half = n.width() / 2;
        pts.push([p.x, p.y, false], [p.x + half + 1 / z, p.y, false], [p.x + half + 6 / z, p.y, true], [p.x, p.y + half + 30 / z, true]);
      });
      cy.edges().slice(0, 150).forEach((e) => {
        const a = e.sourceEndpoint(), b = e.targetEndpoint();
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const nx = -(b.y - a.y) / len, ny = (b.x - a.x) / len;
        const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
        for (const d of [0, 5, 7.5, 9, 14]) pts.push([mx + (nx * d) / z, my + (ny * d) / z, false]);
        pts.push([mx + (nx * 20) / z, my + (ny * 20) / z, true]);
      });
      // A person moved with no frame drawn since: Cytoscape keeps their old box until it is asked for.
      const moved = cy.nodes('.person')[7]!;
      const from = { ...moved.position() };
      moved.position({ x: from.x + 500, y: from.y + 200 });
      pts.push([from.x + 500, from.y + 200, false], [from.x, from.y, false]);
      const ask = () => pts.map(([x, y, touch]) => r.findNearestElements(x, y, true, touch).map((e) => e.id()).join(','));
      const narrowed = ask();
      w.__tavla.hitTest(false);
      const full = ask();
      w.__tavla.hitTest(true);
      moved.position(from);
      return { narrowed, full, points: pts.length, hits: full.filter(Boolean).length, movedFound: full[pts.length - 2] };
    });
    expect(out.points).toBeGreaterThan(1000);
    // Enough of them hit something, and enough miss, for the comparison to mean something.
    expect(out.hits).toBeGreaterThan(out.points / 3);
    expect(out.hits).toBeLessThan(out.points);
    expect(out.movedFound).not.toBe('');
    const differ = out.full.map((f, i) => [i, f, out.narrowed[i]] as const).filter(([, f, n]) => f !== n);
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('after the first drawing, a moved person takes their ties along', async () => {
    const before = await drawn(page);
    const mover = before.people.find((p) => before.ties.some((t) => t.source === p.id))!;
    await page.evaluate((id) => {
      const cy = (window as unknown as TestWindow).__tavla.cy();
      const n = cy.getElementById(id);
      n.position({ x: n.position().x + 400, y: n.position().y - 300 });
    }, mover.id);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await drawn(page);
    const moved = after.people.find((p) => p.id === mover.id)!;
    expect(moved.x).toBe(mover.x + 400);
    expectTiesAtTheirPeople(after);
    // And its ties did move with it.
    const one = after.ties.find((t) => t.source === mover.id)!;
    expect(Math.hypot(one.from.x - moved.x, one.from.y - moved.y)).toBeLessThanOrEqual(moved.r + 1);
  });

  it('a large board never laid out: added while its layout runs, then drawn once with everyone placed', async () => {
    // Every message to a worker, with its time (a string: the page has no bundler helpers).
    await page.addInitScript(`(() => {
      const posted = (window.__workerPosts = []);
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (...args) { posted.push(performance.now()); return post.apply(this, args); };
    })()`);
    await page.goto(`${server.url}/boards/${gen.fresh}`);
    await waitForBoard(page);
    // The layout was started once, as the data came in (firstLayout.ts): before the page rendered
    // it, and the page took that layout instead of asking for another.
    const posts = await page.evaluate(() => ({
      at: (window as unknown as { __workerPosts: number[] }).__workerPosts,
      data: performance.getEntriesByName('tavla:board-data')[0]?.startTime ?? NaN,
    }));
    expect(posts.at).toHaveLength(1);
    expect(posts.at[0]).toBeLessThanOrEqual(posts.data);
    const d = await drawn(page);
    expect(d.people).toHaveLength(PEOPLE);
    expect(d.ties).toHaveLength(TIES);
    // Placed by the layout: spread out, nobody left waiting at the origin.
    expect(new Set(d.people.map((p) => `${p.x},${p.y}`)).size).toBeGreaterThan(PEOPLE * 0.95);
    expect(d.people.filter((p) => p.x === 0 && p.y === 0)).toEqual([]);
    expectTiesAtTheirPeople(d);
    // The canvas is out of its batch: a change is drawn (Cytoscape renders only outside one).
    expect(await page.evaluate(() => (window as unknown as { __tavla: { cy: () => { batching(): boolean } } }).__tavla.cy().batching())).toBe(false);
    await shot(page, 'large-board-first-layout');
    // The layout is saved once drawn: the server ends up with everyone where the board drew them.
    const client = await new TestClient(server.url).login(gen.username, password);
    const saved = async () => (await client.ok(`{ board(id: "${gen.fresh}") { layout { nodeId x y } } }`)).board.layout as { nodeId: string; x: number; y: number }[];
    await expect.poll(async () => (await saved()).length, { timeout: 15_000 }).toBe(PEOPLE + 4);
    const at = new Map((await saved()).map((l) => [l.nodeId, { x: l.x, y: l.y }]));
    for (const p of d.people) expect(at.get(p.id), p.id).toEqual(place(p));
  });

  it('raised no uncaught errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
