// A large board's hit test (what is under the pointer) looks only at elements near the pointer.
//
// Cytoscape's canvas renderer answers every mouse move, press and release with
// `findNearestElements`, which checks every element of the board in turn: for each node its
// shape, for each edge its line and arrows, and for every element its labels, each check asking
// the element's bounding box through `boundingBox()` (a memoised closure and an options object
// per call). On the 1,000 / 4,000 board that was 40–70 ms per mouse event in a profile: a click
// on a person spent more time finding the person than drawing the result, and moving the mouse
// over the board kept the main thread busy.
//
// Every check Cytoscape makes is within an element's bounding box (its shape, line, arrows and
// labels, overlays and underlays included) widened by its largest distance threshold (8 px on
// screen for an edge, 24 for touch). So the elements whose cached box, so widened, does not hold
// the point cannot be found, and this hands Cytoscape only the others, in the same order, for
// that one call. An element without a fresh cached box is always handed on: one with no box or
// with its style changed since (Cytoscape's own flags), and any node that moved, and its edges,
// until its box has been asked for again (Cytoscape keeps a moved element's old box until then).
//
// This reaches inside Cytoscape (its renderer's `findNearestElements` and
// `getCachedZSortedEles`, an element's `bbCache` and `styleDirty`): `installHitTest` checks
// they are there and otherwise leaves the renderer alone, and large-board.e2e compares the two
// answers at points on and beside every element.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { rendererOf, type Bounds as Box } from './cyRenderer.js';

interface Ele {
  boundingBox(): Box;
  _private: { bbCache?: Box | null; styleDirty?: boolean };
}
type Sorted = Ele[] & { interactive: Ele[] };
type Find = (x: number, y: number, interactiveOnly?: boolean, isTouch?: boolean) => Ele[];
interface Renderer {
  findNearestElements?: Find;
  getCachedZSortedEles?: (force?: boolean) => Sorted;
}

const OWN = Symbol('cytoscape findNearestElements');
type Patched = Renderer & { [OWN]?: { find: Find; off: () => void } };

/** Cytoscape's largest hit distance, in screen pixels: an edge's, for a mouse and for touch. */
export const EDGE_THRESHOLD = { mouse: 8, touch: 24 };

/** Whether `(x, y)` can hit an element whose box is `bb`, widened by `margin` (model units). */
export const mayHit = (bb: Box, x: number, y: number, margin: number): boolean =>
  x >= bb.x1 - margin && x <= bb.x2 + margin && y >= bb.y1 - margin && y <= bb.y2 + margin;

/** Installs the narrowed hit test on this canvas's renderer; false (and nothing changed) if its shape is not the expected one. */
export function installHitTest(cy: Core): boolean {
  const r = rendererOf<Patched>(cy);
  if (!r || typeof r.findNearestElements !== 'function' || typeof r.getCachedZSortedEles !== 'function') return false;
  if (r[OWN]) return true;
  // Both are the renderer's prototype's; this puts its own in front of them (and takes them off).
  if (Object.hasOwn(r, 'findNearestElements') || Object.hasOwn(r, 'getCachedZSortedEles')) return false;
  const own = r.findNearestElements;
  // Nodes that moved: their cached box, and their edges', may be the one from before the move.
  // Only noted here (a first layout moves every node at once); looked at on the next hit test.
  const moved = new Set<NodeSingular>();
  const onPosition = (e: EventObject) => void moved.add(e.target as NodeSingular);
  cy.on('position', 'node', onPosition);
  r[OWN] = { find: own, off: () => cy.off('position', 'node', onPosition) };

  r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const all = r.getCachedZSortedEles!();
    // Boxes asked for again are fresh (Cytoscape recomputes a moved element's box when asked).
    for (const n of moved) {
      if (n.removed()) continue;
      n.boundingBox();
      n.connectedEdges().forEach((edge) => void edge.boundingBox());
    }
    moved.clear();
    const margin = ((isTouch ? EDGE_THRESHOLD.touch : EDGE_THRESHOLD.mouse) + 1) / cy.zoom();
    const near = (e: Ele) => {
      const p = e._private;
      return !p.bbCache || !!p.styleDirty || mayHit(p.bbCache, x, y, margin);
    };
    // Cytoscape's own function reads the sorted elements once, at its start, and then their
    // `interactive` list only if asked for interactive elements only: just that list is narrowed,
    // and handed over for this one call.
    const narrowed = (interactiveOnly ? all.interactive : all).filter(near) as Sorted;
    narrowed.interactive = narrowed;
    (r as Renderer).getCachedZSortedEles = () => narrowed;
    try {
      return own.call(this, x, y, interactiveOnly, isTouch);
    } finally {
      delete (r as Renderer).getCachedZSortedEles;
    }
  };
  return true;
}

/** Tests only (large-board.e2e, through BoardPage's switch): Cytoscape's own hit test back on this canvas. */
export function removeHitTest(cy: Core): void {
  const r = rendererOf<Patched>(cy);
  const own = r?.[OWN];
  if (!r || !own) return;
  own.off();
  delete r.findNearestElements;
  delete r[OWN];
}
