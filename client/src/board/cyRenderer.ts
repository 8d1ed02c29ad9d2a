// Cytoscape's canvas renderer, which edgeDraw.ts, viewportSnapshot.ts and hitTest.ts reach into (its API is
// not public): each types it as the parts it uses and checks they are there before touching it.
import type { Core } from 'cytoscape';

export const rendererOf = <R>(cy: Core): R | undefined => (cy as unknown as { renderer?(): R | undefined }).renderer?.();

/** A bounding box as Cytoscape keeps it (model coordinates). */
export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A bounding box as `boundingBox()` gives it: the bounds with their width and height. */
export interface Box extends Bounds {
  w: number;
  h: number;
}
