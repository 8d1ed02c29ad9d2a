// Brings the Cytoscape graph in line with the wanted elements, touching only what differs: a
// changed tie is restyled in place, a new person is added where placement put them, and nobody
// else moves.
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { ElementDef } from './elements.js';
import type { Position } from './model.js';
import { noteMeasured } from './measuredBounds.js';
import { untouchedCaches } from './textureCaches.js';

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k of Object.keys(b)) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * `positionOf` gives new nodes their place; nodes without one are left out this round (they are
 * placed once positions are known, so nothing flashes at the origin).
 * Returns the number of elements added.
 */
export function reconcile(cy: Core, wanted: ElementDef[], positionOf: (id: string) => Position | undefined): number {
  const byId = new Map(wanted.map((d) => [String(d.data.id), d]));
  let added = 0;
  cy.batch(() => {
    cy.elements().forEach((el) => {
      if (!byId.has(el.id())) el.remove();
    });
    const nodes: ElementDef[] = [];
    const edges: ElementDef[] = [];
    for (const d of wanted) {
      const el = cy.getElementById(String(d.data.id));
      if (el.nonempty()) {
        if (!sameData(el.data(), d.data)) el.data(d.data);
        if (el.classes().join(' ') !== d.classes) el.classes(d.classes);
        continue;
      }
      if (d.group === 'nodes') {
        const p = positionOf(String(d.data.id));
        if (p) nodes.push({ ...d, position: { x: p.x, y: p.y } });
      } else {
        edges.push(d);
      }
    }
    if (nodes.length) cy.add(nodes);
    // Edges only where both ends are on the canvas.
    const ready = edges.filter((e) => cy.getElementById(String(e.data.source)).nonempty() && cy.getElementById(String(e.data.target)).nonempty());
    if (ready.length) cy.add(ready);
    added = nodes.length + ready.length;
  });
  return added;
}

/** Yield to the browser (and let it paint) between chunks. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same as `reconcile`, for large boards: removals and restyling at once, additions in
 * chunks sized to about `budgetMs` each, so opening a 5,000-element board never blocks the page
 * for long. `cancelled()` stops it (a newer reconcile has started; it adds whatever is missing).
 */
export async function reconcileInChunks(
  cy: Core,
  wanted: ElementDef[],
  positionOf: (id: string) => Position | undefined,
  cancelled: () => boolean,
  budgetMs = 50,
  /** Nothing is on screen yet (a first load cut short by a newer one is still a first load). */
  firstDraw = cy.elements().empty(),
): Promise<number> {
  // Elements added while the first layout ran are finished here, in the batch they are in.
  const prep = prepared.get(cy);
  if (prep) {
    await prep.done;
    if (prepared.get(cy) !== prep) return reconcileInChunks(cy, wanted, positionOf, cancelled, budgetMs, firstDraw);
    prepared.delete(cy);
  }
  const byId = new Map(wanted.map((d) => [String(d.data.id), d]));
  const nodes: ElementDef[] = [];
  const edges: ElementDef[] = [];
  const changed = cy.collection();
  cy.batch(() => {
    cy.elements().forEach((el) => {
      if (!byId.has(el.id())) el.remove();
    });
    for (const d of wanted) {
      const el = cy.getElementById(String(d.data.id));
      if (el.nonempty()) {
        if (!sameData(el.data(), d.data)) (el.data(d.data), changed.merge(el));
        if (el.classes().join(' ') !== d.classes) (el.classes(d.classes), changed.merge(el));
        if (!prep || d.group !== 'nodes') continue;
        // Prepared people wait at the origin for the layout's positions.
        const p = positionOf(String(d.data.id));
        if (p) el.position({ x: p.x, y: p.y });
      } else if (d.group === 'nodes') {
        const p = positionOf(String(d.data.id));
        if (p) nodes.push({ ...d, position: { x: p.x, y: p.y } });
      } else edges.push(d);
    }
  });
  // A prepared load's batch is still open, so a change made above is only queued, and finishing
  // the load empties that queue: such elements are restyled now.
  if (prep && changed.nonempty()) (cy as unknown as CyInternals).style().apply?.(changed);
  // Opening the board: nothing drawn yet, so all of it is added in one batch (below).
  if (firstDraw || prep) return loadInBatch(cy, nodes, edges, cancelled, budgetMs, prep);
  let added = 0;
  let size = 200;
  for (const list of [nodes, edges]) {
    for (let i = 0; i < list.length; ) {
      if (cancelled()) return added;
      const chunk = list
        .slice(i, i + size)
        .filter((d) => cy.getElementById(String(d.data.id)).empty() && (d.group === 'nodes' || (cy.getElementById(String(d.data.source)).nonempty() && cy.getElementById(String(d.data.target)).nonempty())));
      const t0 = performance.now();
      if (chunk.length) cy.add(chunk);
      const took = performance.now() - t0;
      added += chunk.length;
      i += size;
      // Aim each chunk at the budget, whatever this machine's speed.
      size = Math.max(50, Math.min(2000, Math.round(size * (budgetMs / Math.max(1, took)))));
      await nextFrame();
    }
  }
  return added;
}

/** What loadInBatch reaches inside Cytoscape: its stylesheet, and the batch's queue of elements to restyle. */
interface CyStyle {
  apply?: (eles: CollectionReturnValue) => void;
  checkTriggers?: unknown;
}
/** One of the renderer's element texture caches (node bodies, labels, edge end labels). */
interface TextureCache {
  invalidateElements?: unknown;
  lookup?: { keyForId?: { size?: unknown } };
  eleKeyToCacheQueue?: Record<string, unknown>;
}
interface Renderer {
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: () => unknown;
  data?: Record<string, TextureCache | undefined>;
}
interface CyInternals {
  style(): CyStyle;
  renderer?(): Renderer | undefined;
  _private?: { batchStyleEles?: unknown };
}

/**
 * Styles elements added in this batch and not yet drawn or measured. Cytoscape checks after every
 * property of every element whether it must throw away cached bounds, style values and z-order,
 * and for that walks the element's edges and fires events: more than half of the styling time of
 * a large board (a node's 25 properties walked its edges 25 times). For elements just added none
 * of that is cached yet and `add` has already queued them for measuring and z-ordering, so those
 * checks are switched off for the call and the style-value cache is cleared once per element
 * after it. A reconcile.test compares every style and bounding box with a plain reconcile.
 */
function styleFresh(style: CyStyle, eles: CollectionReturnValue): void {
  style.checkTriggers = () => undefined;
  try {
    style.apply!(eles);
  } finally {
    delete style.checkTriggers;
  }
  for (let i = 0; i < eles.length; i++) (eles[i] as unknown as { _private: { styleCache: unknown } })._private.styleCache = null;
}

/**
 * Works off the renderer's queue of elements to update without telling its element texture
 * caches about each one, when those caches hold nothing yet (no texture made, none queued): what
 * they would do for an element is look up a texture it does not have and forget it, about 50 ms
 * for a 1,000 / 4,000 board. With anything in them, or their shape not as expected, they are told
 * as usual. The layer cache is always told: it keeps the time of the last change.
 */
export function flushUntold(renderer: Renderer): void {
  const caches = untouchedCaches(renderer.data, 'invalidateElements');
  const empty = caches?.every((c) => c.lookup?.keyForId?.size === 0 && Object.values(c.eleKeyToCacheQueue ?? {}).every((q) => q == null)) ? caches : null;
  if (empty) for (const c of empty) c.invalidateElements = () => undefined;
  try {
    renderer.flushRenderedStyleQueue!();
  } finally {
    if (empty) for (const c of empty) delete c.invalidateElements;
  }
}

interface RenderedState {
  _private: { group: string; rstyle?: { clean?: boolean; cleanConnected?: boolean } };
}

/**
 * Tells Cytoscape's renderer that what `boundingBox()` just computed for these elements (their
 * rendered style: label positions, edge end points) is current. Measuring marks every element
 * for recomputation again (its bounds event), and a node so marked sends all its edges back too:
 * without this the first frame computed the whole board's rendered style a second time, in the
 * one task it draws in (about 130–180 ms of its 500 on a 1,000 / 4,000 board). Only valid when
 * nothing has changed since the measuring; the next change marks them again as usual.
 */
function markRendered(cols: CollectionReturnValue[]): void {
  for (const c of cols) {
    for (let i = 0; i < c.length; i++) {
      const p = (c[i] as unknown as RenderedState)._private;
      if (!p.rstyle) continue;
      p.rstyle.clean = true;
      if (p.group === 'nodes') p.rstyle.cleanConnected = true;
    }
  }
}

/** One first load of a large board: a Cytoscape batch kept open while elements go in, chunk by chunk. */
interface Load {
  added: CollectionReturnValue[];
  count: number;
  /** Adds the elements not on the canvas yet (edges only where both ends are) and styles them. */
  addAndStyle(list: ElementDef[], cancelled: () => boolean): Promise<boolean>;
  /** Measures everything added, then ends the batch: the board is drawn once, in the next frame. */
  finish(cancelled: () => boolean): Promise<number>;
}

function startLoad(cy: Core, budgetMs: number): Load {
  const internals = cy as unknown as CyInternals;
  const style = internals.style();
  const canStyle = typeof style.apply === 'function';
  let size = 500;
  const adapt = (took: number) => (size = Math.max(100, Math.min(5000, Math.round(size * (budgetMs / Math.max(1, took))))));
  // The load starts in the task that rendered the page and created the canvas (100–150 ms on a
  // large board): its first chunk waits for a task of its own, or the two make one over 200 ms.
  let started = false;
  /** Runs `step` over `length` items in chunks of about the budget; false once cancelled. */
  const inChunks = async (length: number, start: number, cancelled: () => boolean, step: (from: number, to: number) => void): Promise<boolean> => {
    size = start;
    if (!started) {
      started = true;
      await nextFrame();
    }
    for (let i = 0; i < length; ) {
      if (cancelled()) return false;
      const t0 = performance.now();
      step(i, Math.min(length, i + size));
      i += size;
      adapt(performance.now() - t0);
      await nextFrame();
    }
    return true;
  };
  let styledAll = true;
  const load: Load = {
    added: [],
    count: 0,
    async addAndStyle(list, cancelled) {
      const mine: CollectionReturnValue[] = [];
      const ok = await inChunks(list.length, 500, cancelled, (from, to) => {
        const chunk = list
          .slice(from, to)
          .filter((d) => cy.getElementById(String(d.data.id)).empty() && (d.group === 'nodes' || (cy.getElementById(String(d.data.source)).nonempty() && cy.getElementById(String(d.data.target)).nonempty())));
        if (!chunk.length) return;
        const c = cy.add(chunk);
        mine.push(c);
        load.added.push(c);
        load.count += c.length;
      });
      if (!ok || !canStyle) return (styledAll = false);
      // Styling costs more per element than adding: start small again.
      for (const c of mine) if (!(await inChunks(c.length, 300, cancelled, (from, to) => styleFresh(style, c.slice(from, to))))) return (styledAll = false);
      return true;
    },
    async finish(cancelled) {
      let complete = false;
      try {
        if (!styledAll) return load.count;
        // Where each element is drawn and its bounds too (label sizes, edge end points): the
        // first frame would otherwise compute all of them in one task.
        // The boxes are noted as measured (measuredBounds.ts) and each element's visibility worked
        // out (the first frame asks it of every element), both here rather than in that frame.
        const measure = (eles: CollectionReturnValue) => {
          eles.boundingBox();
          noteMeasured(cy, eles);
          for (let i = 0; i < eles.length; i++) eles[i]!.visible();
        };
        for (const c of load.added) {
          if (!(await inChunks(c.length, 300, cancelled, (from, to) => measure(c.slice(from, to))))) return load.count;
        }
        markRendered(load.added);
        // The renderer's own queue of elements to update (it tells its texture caches about
        // each of the 5,000) is worked off in a task of its own, not in the first frame's.
        const renderer = internals.renderer?.();
        if (typeof renderer?.flushRenderedStyleQueue === 'function') {
          await nextFrame();
          if (cancelled()) return load.count;
          flushUntold(renderer);
        }
        complete = true;
        return load.count;
      } finally {
        // The styles computed here are kept (only when all of it ran; otherwise Cytoscape
        // restyles everything in the batch's queue, which is always correct).
        if (complete && internals._private?.batchStyleEles) internals._private.batchStyleEles = cy.collection();
        cy.endBatch();
        // The elements in drawing order, sorted here (after the batch's end has told the renderer
        // of the additions, which empties that cache) rather than in the first frame's task.
        if (complete) internals.renderer?.()?.getCachedZSortedEles?.();
      }
    },
  };
  cy.startBatch();
  return load;
}

/**
 * A large board's first drawing. Added chunk by chunk, each chunk redrew everything added so far
 * (a 5,000-element board was drawn four or five times over, each time in a task of seconds). In
 * one Cytoscape batch nothing is drawn until the end: the people are added and styled, then the
 * ties (a node styled while it has no edges yet costs a third as much), then every element
 * measured, in chunks of about `budgetMs` (Cytoscape would otherwise do all of it in the first
 * frame), and the board is drawn once.
 */
async function loadInBatch(cy: Core, nodes: ElementDef[], edges: ElementDef[], cancelled: () => boolean, budgetMs: number, prep?: Prepared): Promise<number> {
  const load = prep?.load ?? startLoad(cy, budgetMs);
  const before = load.count;
  try {
    if (!(await load.addAndStyle(nodes, cancelled))) return load.count - before;
    await load.addAndStyle(edges, cancelled);
  } finally {
    await load.finish(cancelled);
  }
  return load.count - before;
}

interface Prepared {
  load: Load;
  done: Promise<void>;
}

/** First loads under way while the board's first layout runs, by canvas. */
const prepared = new WeakMap<Core, Prepared>();

/**
 * A large board never laid out: while its first layout runs (in a worker, 0.6–0.75 s after the
 * data for 1,000 people) the page has nothing else to do, so its elements are added and styled
 * then, people at the origin, in a batch left open (nothing is drawn). The reconcile that brings the layout's
 * positions puts the people in place and finishes the same load. `abandonPrepared` ends it if no
 * layout comes.
 */
export function prepareFirstLoad(cy: Core, wanted: ElementDef[], laidOut: Set<string>, budgetMs = 50): void {
  if (prepared.has(cy) || cy.elements().nonempty()) return;
  const load = startLoad(cy, budgetMs);
  const gone = () => cy.destroyed() || prepared.get(cy)?.load !== load;
  // Only what the layout places (people, group tags): the rest is placed beside them afterwards.
  const nodes = wanted.filter((d) => d.group === 'nodes' && laidOut.has(String(d.data.id))).map((d) => ({ ...d, position: { x: 0, y: 0 } }));
  const edges = wanted.filter((d) => d.group === 'edges');
  const prep: Prepared = { load, done: Promise.resolve() };
  prepared.set(cy, prep);
  prep.done = (async () => {
    if (await load.addAndStyle(nodes, gone)) await load.addAndStyle(edges, gone);
  })();
}

/** Whether a prepared first load is waiting for its positions. */
export const isPrepared = (cy: Core): boolean => prepared.has(cy);

/** No layout came (it failed): the prepared load is taken off again, the canvas left as it was before it. */
export async function abandonPrepared(cy: Core): Promise<void> {
  const prep = prepared.get(cy);
  if (!prep) return;
  prepared.delete(cy);
  await prep.done;
  if (cy.destroyed()) return;
  for (const c of prep.load.added) c.remove();
  cy.endBatch();
}
