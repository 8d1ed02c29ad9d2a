// A large board's ties drawn without the label lookups they do not need.
//
// Cytoscape's canvas renderer draws every element through `drawCachedElement`, used for the
// layered texture cache's first drawing of a whole board as for frames drawn element by element.
// For an edge it asks the element's bounding box six times over: once itself, then for the body
// and for the main, source and target labels, each through `boundingBox()` (which builds a
// memoised closure and an options object per call), and only then finds there is no label to
// draw. A large board's ties have no labels (style.ts: no valence badge), so for them this draws
// what that function draws (underlay, line, overlay) after one lookup, the line itself in a few
// canvas calls where it is all there is (tieLine.ts). On the 1,000 / 4,000 board
// that was about a sixth of the first frame, the one task over 200 ms. Anything else (a node, an
// edge with a label, textures for edges allowed) goes to Cytoscape's own function. This reaches
// inside Cytoscape (its renderer's `drawCachedElement`, `drawElement*`, the element's cached
// `labelBounds` and `bodyBounds`): `install` checks they are there and otherwise leaves it alone,
// and large-board.e2e draws every tie both ways and compares the pixels.
import type { Core } from 'cytoscape';
import { rendererOf, type Box } from './cyRenderer.js';
import { drawTieLine, type TieEle } from './tieLine.js';

interface Ele {
  isEdge(): boolean;
  visible(): boolean;
  boundingBox(): Box;
  _private?: { labelBounds?: { main?: Box | null; source?: Box | null; target?: Box | null }; bodyBounds?: Box | null };
}
type DrawCached = (context: CanvasRenderingContext2D, ele: Ele, pxRatio: number, extent: Box | null | undefined, lvl: number, hq?: boolean) => void;
type DrawInLayer = (layer: { context: CanvasRenderingContext2D }, ele: Ele, lvl: number, pxRatio: number) => void;
interface Renderer {
  drawCachedElement?: DrawCached;
  drawElement?: (context: CanvasRenderingContext2D, ele: Ele, shift?: unknown, showLabel?: boolean, showOverlay?: boolean, showOpacity?: boolean) => void;
  drawElementUnderlay?: (context: CanvasRenderingContext2D, ele: Ele) => void;
  drawElementOverlay?: (context: CanvasRenderingContext2D, ele: Ele) => void;
  data?: { eleTxrCache?: { allowEdgeTxrCaching?: boolean }; lyrTxrCache?: { drawEleInLayer?: DrawInLayer } };
}

// Cytoscape's own test (boundingBoxesIntersect), edges included.
const intersects = (a: Box, b: Box) => !(a.x1 > b.x2 || b.x1 > a.x2 || a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1);

const ORIGINAL = Symbol('cytoscape drawCachedElement');
const ORIGINAL_IN_LAYER = Symbol('cytoscape drawEleInLayer');
type Patched = Renderer & { [ORIGINAL]?: DrawCached; [ORIGINAL_IN_LAYER]?: DrawInLayer };

/** The edge's bounding box if it is a plain edge (no label of any kind, no edge textures), else null. */
function plainBox(r: Renderer, ele: Ele): Box | null {
  if (!ele.isEdge() || r.data?.eleTxrCache?.allowEdgeTxrCaching) return null;
  const bb = ele.boundingBox();
  const labels = ele._private?.labelBounds;
  return labels && !labels.main && !labels.source && !labels.target ? bb : null;
}

/** What drawCachedElement draws for a plain edge with this box: underlay, line, overlay (nothing if empty, hidden or outside `extent`). */
function drawPlain(r: Renderer, context: CanvasRenderingContext2D, ele: Ele, bb: Box, extent?: Box | null): void {
  if (bb.w === 0 || bb.h === 0 || !ele.visible()) return;
  if (extent && !intersects(bb, extent)) return;
  const body = ele._private?.bodyBounds;
  const line = !!body && body.w !== 0 && body.h !== 0;
  if (line && drawTieLine(context, ele as unknown as TieEle)) return;
  r.drawElementUnderlay!(context, ele);
  if (line) r.drawElement!(context, ele, undefined, false, false, undefined);
  r.drawElementOverlay!(context, ele);
}

/** Installs the plain-edge drawing on this canvas's renderer; false (and nothing changed) if its shape is not the expected one. */
export function installPlainEdges(cy: Core): boolean {
  const r = rendererOf<Patched>(cy);
  if (!r || typeof r.drawCachedElement !== 'function' || typeof r.drawElement !== 'function' || typeof r.drawElementUnderlay !== 'function' || typeof r.drawElementOverlay !== 'function') return false;
  if (r[ORIGINAL]) return true;
  const own = r.drawCachedElement;
  r[ORIGINAL] = own;
  const plainEdgeFirst: DrawCached & { plainEdges?: true } = (context, ele, pxRatio, extent, lvl, hq) => {
    const bb = plainBox(r, ele);
    if (!bb) return own.call(r, context, ele, pxRatio, extent, lvl, hq);
    drawPlain(r, context, ele, bb, extent);
  };
  // A mark the browser test can see (names do not survive minifying).
  plainEdgeFirst.plainEdges = true;
  r.drawCachedElement = plainEdgeFirst;
  // The layer cache's first drawing asks the box once more per element and switches image
  // smoothing off and on around it; a line draws no image.
  const layers = r.data?.lyrTxrCache;
  if (layers && typeof layers.drawEleInLayer === 'function' && !Object.hasOwn(layers, 'drawEleInLayer')) {
    const inLayer = layers.drawEleInLayer;
    r[ORIGINAL_IN_LAYER] = inLayer;
    layers.drawEleInLayer = function (layer, ele, lvl, pxRatio) {
      const bb = plainBox(r, ele);
      if (!bb) return inLayer.call(this, layer, ele, lvl, pxRatio);
      drawPlain(r, layer.context, ele, bb);
    };
  }
  return true;
}

/** Tests only (large-board.e2e, through cyRenderer.ts's switch): Cytoscape's own functions back on this canvas. */
export function removePlainEdges(cy: Core): void {
  const r = rendererOf<Patched>(cy);
  if (!r) return;
  if (r[ORIGINAL]) r.drawCachedElement = r[ORIGINAL];
  delete r[ORIGINAL];
  if (r[ORIGINAL_IN_LAYER] && r.data?.lyrTxrCache) delete r.data.lyrTxrCache.drawEleInLayer;
  delete r[ORIGINAL_IN_LAYER];
}
