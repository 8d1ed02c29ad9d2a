// Headless Chromium (Debian's) for the browser tests and the render benchmark, plus helpers to
// log in, read the board through the test hook, and run axe-core.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TEXTURE_CACHES } from '../../client/src/board/textureCaches.js';
import { BLANK_LAYERS } from '../../client/src/board/blankLayers.js';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'e2e', 'screenshots');

/** Where a test's picture or file `name` goes (the folder is made on first use: a fresh clone has none). */
export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, name);
}

export async function shot(page: Page, name: string): Promise<string> {
  const path = screenshotPath(`${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * A PNG's RGBA pixels, decoded by Chromium in `page`: an <img> from a data: address (the app's CSP
 * allows those for images; fetch it does not allow).
 */
export async function pngPixels(page: Page, png: Buffer): Promise<{ width: number; height: number; data: Buffer }> {
  const r = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const bytes = new Uint8Array(ctx.getImageData(0, 0, c.width, c.height).data.buffer);
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { width: img.width, height: img.height, rgba: btoa(bin) };
  }, png.toString('base64'));
  return { width: r.width, height: r.height, data: Buffer.from(r.rgba, 'base64') };
}

/** A projector-like viewport (1366×768 is still what many meeting-room projectors show). */
export async function newContext(browser: Browser, opts: { locale?: string; width?: number; height?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 768 },
    locale: opts.locale ?? 'en-GB',
    acceptDownloads: true,
  });
}

/** A page in a fresh context whose uncaught page errors are collected into `errors` (tests assert none). */
export async function watchedPage(browser: Browser, errors: string[], opts: { timeout?: number; locale?: string } = {}): Promise<Page> {
  const page = await (await newContext(browser, opts.locale ? { locale: opts.locale } : {})).newPage();
  page.setDefaultTimeout(opts.timeout ?? 15_000);
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

export async function login(page: Page, baseUrl: string, username = 'coordinator', password = 'tavla-demo'): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel(/username|användarnamn|brugernavn/i).fill(username);
  await page.getByLabel(/^(password|lösenord|adgangskode)$/i).fill(password);
  await page.getByRole('button', { name: /log in|logga in|log ind/i }).click();
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, which the page's CSP does
 * not govern) and returns the serious and critical violations (WCAG 2.1 A and AA rules).
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Reads through the test-only window.__tavla hook (non-production builds). */
export interface HookNode {
  id: string;
  label: string;
  classes: string[];
  x: number;
  y: number;
  rx: number;
  ry: number;
}

export interface HookEdge {
  id: string;
  source: string;
  target: string;
  classes: string[];
  width: number;
  colour: string;
  lineStyle: string;
  arrow: string;
}

export async function boardState(page: Page): Promise<{ nodes: HookNode[]; edges: HookEdge[]; zoom: number }> {
  return page.evaluate(() => {
    type Cy = import('cytoscape').Core;
    const hook = (window as unknown as { __tavla?: { cy: () => Cy | null } }).__tavla;
    const cy = hook?.cy();
    if (!cy) return { nodes: [], edges: [], zoom: 0 };
    return {
      zoom: cy.zoom(),
      nodes: cy.nodes().map((n) => ({
        id: n.id(), label: String(n.data('label') ?? ''), classes: n.classes(), x: n.position().x, y: n.position().y,
        rx: n.renderedPosition().x, ry: n.renderedPosition().y,
      })),
      edges: cy.edges().map((e) => ({
        id: e.id(), source: e.source().id(), target: e.target().id(), classes: e.classes(), width: parseFloat(String(e.style('width'))),
        colour: String(e.style('line-color')), lineStyle: String(e.style('line-style')), arrow: String(e.style('target-arrow-shape')),
      })),
    };
  });
}

export async function waitForBoard(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('tavla:board-ready').length > 0, undefined, { timeout: 30_000 });
}

/**
 * The board's Cytoscape's four texture caches (the app's, else the early drawing's): whether all
 * have their own `getElement` (a small board's first frame is drawn without them,
 * board/firstFrame.ts, which relies on that method and puts it back), and how many element
 * textures there are.
 */
export function textureCaches(page: Page): Promise<{ own: boolean; textures: number }> {
  return page.evaluate((keys) => {
    type Caches = Record<string, { getElement?: unknown; lookup: { keyForId: Map<string, unknown> } } | undefined>;
    type PageCy = { renderer(): { data: Caches } };
    const w = window as unknown as { __tavla?: { cy(): PageCy }; __tavlaFirst?: { drawn: { cy: PageCy } | null } };
    const data = (w.__tavla?.cy() ?? w.__tavlaFirst!.drawn!.cy).renderer().data;
    const caches = keys.map((k) => data[k]);
    return { own: caches.every((c) => c && typeof c.getElement === 'function' && !Object.hasOwn(c, 'getElement')), textures: caches[0]?.lookup.keyForId.size ?? 0 };
  }, [...TEXTURE_CACHES]);
}

/**
 * From the page's next load on, notes the frame (its requestAnimationFrame time) the board's hulls
 * were first painted in (the first clearing of a `canvas.overlay.under`) and the frame of the
 * drawn mark; `drawnFrames` reads them. Hulls painted in a frame before the mark's were on the
 * screen at the mark. Also notes how Cytoscape's blank layers (blankLayers.ts) were shown when
 * the hulls were first painted, that is in the board's first frame.
 */
export async function noteDrawnFrames(page: Page): Promise<void> {
  await page.addInitScript((blank) => {
    const w = window as unknown as { __frame?: number; __hullFrame?: number; __markFrame?: number; __blankAtFirst?: string[] };
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => ((w.__frame = t), cb(t)));
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...a) {
      if (this.canvas.matches('canvas.overlay.under') && this.canvas.width > 0 && w.__hullFrame === undefined) {
        w.__hullFrame = w.__frame;
        w.__blankAtFirst = [...document.querySelectorAll(blank)].map((c) => getComputedStyle(c).display);
      }
      return clear.apply(this, a);
    };
    const mark = performance.mark.bind(performance);
    performance.mark = (name, o) => {
      if (name === 'tavla:board-drawn') w.__markFrame ??= w.__frame;
      return mark(name, o);
    };
  }, BLANK_LAYERS);
}

export function drawnFrames(page: Page): Promise<{ hulls?: number; mark?: number; blankAtFirst?: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __hullFrame?: number; __markFrame?: number; __blankAtFirst?: string[] };
    return { hulls: w.__hullFrame, mark: w.__markFrame, blankAtFirst: w.__blankAtFirst };
  });
}

/** How Cytoscape's blank layers (blankLayers.ts) are shown now, on the board's canvas. */
export function blankLayersShown(page: Page): Promise<string[]> {
  return page.evaluate((blank) => [...document.querySelectorAll(blank)].map((c) => getComputedStyle(c).display), BLANK_LAYERS);
}
