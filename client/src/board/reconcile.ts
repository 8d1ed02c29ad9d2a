// Brings the Cytoscape graph in line with the wanted elements, touching only what differs: a
// changed tie is restyled in place, a new person is added where placement put them, and nobody
// else moves.
import type { Core } from 'cytoscape';
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
