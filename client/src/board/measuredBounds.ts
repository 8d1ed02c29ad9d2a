// A large board's bounding boxes, asked again while nothing has moved since it was measured.
//
// A large board's first frame asks each of its 5,000 elements for its bounding box three to five
// times: the layer cache's bounds, its check of which layer the element goes in, its drawing of
// the element, then the element's body and label boxes. Cytoscape's `boundingBox()` builds a
// memoised closure and its cache per call, and hashes the element's rounded position (a tie's:
// both ends') to see whether the box it cached is still good: about a quarter of that frame, the
// longest task of opening the board (session 21's profile, docs/board.md).
//
// The large board's loader has just measured every element (reconcile.ts), so it notes here, for
// each, the position key of the box Cytoscape cached and where the element (a tie's two ends)
// stood. A later `boundingBox()` without options, on one element with a cached box under that
// same key, a clean style, and standing exactly where noted, returns that box as Cytoscape would:
// Cytoscape's own test (a box cached, style clean, the key of the rounded position the cached
// one) passes then too, and it returns the same object after the same in-place clean-up of
// infinite sides. Anything else goes to Cytoscape's own function.
// This reaches inside Cytoscape (the elements' `_private`, the collections' prototype, shared by
// every canvas on the page): `install` checks the shape first, and the fast answer is given only
// for elements noted on a canvas that has it installed.
import type { Core } from 'cytoscape';
import type { Box } from './cyRenderer.js';
interface Point {
  x: number;
  y: number;
}
interface Private {
  cy: Core;
  group: string;
  position: Point;
  source?: { _private: Private };
  target?: { _private: Private };
  bbCache?: Box | null;
  bbCachePosKey?: unknown;
  styleDirty?: boolean;
}
interface Ele {
  length: number;
  0?: Ele;
  _private: Private;
}
type BoundingBox = (this: Ele, options?: unknown) => Box;
interface Proto {
  boundingBox: BoundingBox & { measured?: true };
}

/** The position key of an element's cached box when it was noted, and where it (a tie's ends) stood. */
interface Note {
  key: unknown;
  x: number;
  y: number;
  x2: number;
  y2: number;
}

/** Notes by element (its `_private`), per canvas that has the fast answer installed. */
const notes = new WeakMap<Core, WeakMap<Private, Note>>();
let own: BoundingBox | null = null;
let proto: Proto | null = null;
let installed = 0;

const noninf = (v: number) => (v === Infinity || v === -Infinity ? 0 : v);

function standsWhereNoted(p: Private, n: Note): boolean {
  if (p.group === 'nodes') return p.position.x === n.x && p.position.y === n.y;
  const s = p.source?._private.position;
  const t = p.target?._private.position;
  return !!s && !!t && s.x === n.x && s.y === n.y && t.x === n.x2 && t.y === n.y2;
}

function fastBoundingBox(this: Ele, options?: unknown): Box {
  if (options === undefined && this.length === 1) {
    const p = (this[0] ?? this)._private;
    const n = notes.get(p.cy)?.get(p);
    const bb = p.bbCache;
    if (n && bb && p.bbCachePosKey === n.key && !p.styleDirty && standsWhereNoted(p, n)) {
      bb.x1 = noninf(bb.x1);
      bb.y1 = noninf(bb.y1);
      bb.x2 = noninf(bb.x2);
      bb.y2 = noninf(bb.y2);
      bb.w = noninf(bb.x2 - bb.x1);
      bb.h = noninf(bb.y2 - bb.y1);
      return bb;
    }
  }
  return own!.apply(this, arguments as unknown as [unknown?]);
}
(fastBoundingBox as Proto['boundingBox']).measured = true;

/**
 * Notes these elements' cached boxes as measured where they stand. Call it right after
 * `boundingBox()` on them (which makes every box current); an element without a cached box is
 * left out. Does nothing on a canvas without the fast answer installed.
 */
export function noteMeasured(cy: Core, eles: ArrayLike<unknown>): void {
  const byEle = notes.get(cy);
  if (!byEle) return;
  for (let i = 0; i < eles.length; i++) {
    const p = (eles[i] as Ele)._private;
    if (!p.bbCache) continue;
    const node = p.group === 'nodes';
    const a = node ? p.position : p.source?._private.position;
    const b = node ? p.position : p.target?._private.position;
    if (!a || !b) continue;
    byEle.set(p, { key: p.bbCachePosKey, x: a.x, y: a.y, x2: b.x, y2: b.y });
  }
}

/** Gives this canvas's noted elements the fast answer; false (and nothing changed) if Cytoscape is not of the expected shape. */
export function installMeasuredBounds(cy: Core): boolean {
  if (notes.has(cy)) return true;
  const p = Object.getPrototypeOf(cy.collection()) as Proto;
  if (typeof p.boundingBox !== 'function') return false;
  if (!p.boundingBox.measured) {
    own = p.boundingBox;
    proto = p;
    p.boundingBox = fastBoundingBox as Proto['boundingBox'];
  }
  notes.set(cy, new WeakMap());
  installed++;
  return true;
}

/** This canvas back on Cytoscape's own function (its notes forgotten); the prototype too once no canvas has it. */
export function removeMeasuredBounds(cy: Core): void {
  if (!notes.delete(cy)) return;
  installed--;
  if (installed === 0 && proto && own) {
    proto.boundingBox = own;
    proto = null;
    own = null;
  }
}
