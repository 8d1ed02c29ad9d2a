// A small board's first frame is drawn element by element straight onto the canvas, not through
// Cytoscape's element and label texture caches. On a first frame every element would get its
// texture made (drawn once into a texture canvas) and then copied onto the canvas: for the demo
// board, Cytoscape's first frame in the early drawing went from a median of 64-74 ms to 51-70,
// and the board was drawn about 25 ms sooner (docs/board.md). From the next frame on the caches
// are Cytoscape's own again, where they pay (panning, zooming, hovering). Large boards are left
// alone: their first frame is drawn from the layered texture cache (reconcile.ts, edgeDraw.ts).
import type { Core } from 'cytoscape';
import { untouchedCaches } from './textureCaches.js';

interface TextureCache {
  getElement?: unknown;
}
interface CyRenderer {
  renderer?(): { data?: Record<string, TextureCache | undefined> } | undefined;
}

/**
 * Until Cytoscape's next 'render' event, its texture caches hand out no texture, so it draws each
 * element directly (its own fallback for an element without one). Call it after the first
 * elements are in, before the frame that draws them. Does nothing (false) unless all four caches
 * are there with Cytoscape's own `getElement`.
 */
export function drawNextFrameDirect(cy: Core): boolean {
  const caches = untouchedCaches((cy as unknown as CyRenderer).renderer?.()?.data, 'getElement');
  if (!caches) return false;
  for (const c of caches) c.getElement = () => null;
  cy.one('render', () => {
    for (const c of caches) delete c.getElement;
  });
  return true;
}
