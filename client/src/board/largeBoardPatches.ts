// The changes a large board's canvas makes to Cytoscape (its renderer, its elements' boxes), in
// the order they are put on: BoardCanvas.tsx puts each on a large board's canvas, and
// BoardPage.tsx gives the browser tests a switch per name to take one off (Cytoscape's own way
// back) and put it on again.
import type { Core } from 'cytoscape';
import { installPlainEdges, removePlainEdges } from './edgeDraw.js';
import { installHitTest, removeHitTest } from './hitTest.js';
import { installMeasuredBounds, removeMeasuredBounds } from './measuredBounds.js';
import { installViewportSnapshot, removeViewportSnapshot } from './viewportSnapshot.js';

export interface RendererPatch {
  /** False (and nothing changed) if the renderer is not of the shape the change expects. */
  install(cy: Core): boolean;
  remove(cy: Core): void;
}

export const LARGE_BOARD_PATCHES = {
  // Ties have no labels: drawn without the label lookups (edgeDraw.ts).
  plainEdges: { install: installPlainEdges, remove: removePlainEdges },
  // What is under the pointer is looked for only near it (hitTest.ts).
  hitTest: { install: installHitTest, remove: removeHitTest },
  // A pan or zoom starts on a copy of the board as drawn (viewportSnapshot.ts).
  viewportSnapshot: { install: installViewportSnapshot, remove: removeViewportSnapshot },
  // A box measured where its element still stands is given without Cytoscape's checks (measuredBounds.ts).
  measuredBounds: { install: installMeasuredBounds, remove: removeMeasuredBounds },
} satisfies Record<string, RendererPatch>;
