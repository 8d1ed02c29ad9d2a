// Brings the Cytoscape graph in line with the wanted elements, touching only what differs: a
// changed tie is restyled in place, a new person is added where placement put them, and nobody
// else moves.
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { ElementDef } from './elements.js';
import type { Position } from './model.js';

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
  const byId = new Map(wanted.map((d) => [String(d.data.id), d]));
  const nodes: ElementDef[] = [];
  const edges: ElementDef[] = [];
  cy.batch(() => {
    cy.elements().forEach((el) => {
      if (!byId.has(el.id())) el.remove();
    });
    for (const d of wanted) {
      const el = cy.getElementById(String(d.data.id));
      if (el.nonempty()) {
        if (!sameData(el.data(), d.data)) el.data(d.data);
        if (el.classes().join(' ') !== d.classes) el.classes(d.classes);
      } else if (d.group === 'nodes') {
        const p = positionOf(String(d.data.id));
        if (p) nodes.push({ ...d, position: { x: p.x, y: p.y } });
      } else edges.push(d);
    }
  });
  // Opening the board: nothing drawn yet, so all of it is added in one batch (below).
  if (firstDraw) return loadInBatch(cy, nodes, edges, cancelled, budgetMs);
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

/** What loadInBatch reaches inside Cytoscape: its stylesheet's apply, and the batch's queue of elements to restyle. */
interface CyInternals {
  style(): { apply?: (eles: CollectionReturnValue) => void };
  _private?: { batchStyleEles?: unknown };
}

/**
 * A large board's first drawing. Added chunk by chunk, each chunk redrew everything added so far
 * (a 5,000-element board was drawn four or five times over, each time in a task of seconds). In
 * one Cytoscape batch nothing is drawn until the end: the elements are added, then styled, then
 * the people's labels measured, in chunks of about `budgetMs` (Cytoscape would otherwise do all
 * of it in the first frame), and the board is drawn once. The styles computed here are kept: the batch's own restyling
 * queue is emptied before it ends (only when the run completed; otherwise Cytoscape restyles
 * everything, which is always correct).
 */
async function loadInBatch(cy: Core, nodes: ElementDef[], edges: ElementDef[], cancelled: () => boolean, budgetMs: number): Promise<number> {
  const internals = cy as unknown as CyInternals;
  const applyStyle = internals.style().apply?.bind(internals.style());
  const chunks: CollectionReturnValue[] = [];
  let added = 0;
  let complete = false;
  cy.startBatch();
  try {
    let size = 500;
    const adapt = (took: number) => (size = Math.max(100, Math.min(5000, Math.round(size * (budgetMs / Math.max(1, took))))));
    // Nodes first, all of them: an edge is added only once both its ends are.
    for (const list of [nodes, edges]) {
      for (let i = 0; i < list.length; ) {
        if (cancelled()) return added;
        const t0 = performance.now();
        const chunk = list
          .slice(i, i + size)
          .filter((d) => cy.getElementById(String(d.data.id)).empty() && (d.group === 'nodes' || (cy.getElementById(String(d.data.source)).nonempty() && cy.getElementById(String(d.data.target)).nonempty())));
        if (chunk.length) chunks.push(cy.add(chunk));
        added += chunk.length;
        i += size;
        adapt(performance.now() - t0);
        await nextFrame();
      }
    }
    if (applyStyle) {
      // Styling costs more per element than adding: start small again.
      size = 300;
      for (const c of chunks) {
        for (let i = 0; i < c.length; ) {
          if (cancelled()) return added;
          const t0 = performance.now();
          applyStyle(c.slice(i, i + size));
          i += size;
          adapt(performance.now() - t0);
          await nextFrame();
        }
      }
      // The people's label sizes and bounds too (the first frame would measure every label).
      size = 200;
      for (const c of chunks) {
        const nodesOf = c.nodes();
        for (let i = 0; i < nodesOf.length; ) {
          if (cancelled()) return added;
          const t0 = performance.now();
          nodesOf.slice(i, i + size).boundingBox();
          i += size;
          adapt(performance.now() - t0);
          await nextFrame();
        }
      }
      complete = true;
    }
    return added;
  } finally {
    if (complete && internals._private?.batchStyleEles) internals._private.batchStyleEles = cy.collection();
    cy.endBatch();
  }
}
