// A large board's pan and zoom start without a long frame.
//
// Large boards pan and zoom on a snapshot (Cytoscape's `textureOnViewport`, BoardCanvas.tsx).
// Cytoscape makes that snapshot in the gesture's first frame by drawing the whole board once more
// into a texture at twice the pixel ratio, node by node (with `hideEdgesOnViewport`), at a level
// of its caches not drawn yet: on the 1,000-person board a frame of 170–330 ms each time a pan or
// a zoom starts. But the board as last drawn is still on the screen when the gesture's first frame
// begins: this copies the node canvas into Cytoscape's texture then and hands it over as the
// snapshot, with the viewport that frame was drawn at. The copy shows the edges too.
//
// This reaches inside Cytoscape's canvas renderer (`render`, `textureCache`, its canvases and
// buffers): `install` checks they are there and otherwise leaves it alone, and large-board.e2e
// checks that a gesture's frames are drawn from the copy, not by drawing the board again.
import type { Core } from 'cytoscape';
import { rendererOf } from './cyRenderer.js';

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
  mpan: { x: number; y: number };
}
interface Renderer {
  render(options?: { forcedContext?: unknown }): void;
  textureOnViewport?: boolean;
  textureCache?: { texture: HTMLCanvasElement; viewport: Viewport } | null;
  textureMult?: number;
  canvasWidth?: number;
  canvasHeight?: number;
  NODE?: number;
  TEXTURE_BUFFER?: number;
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData?: { dragging?: boolean };
  data?: { wheelZooming?: boolean; canvases?: HTMLCanvasElement[]; bufferCanvases?: HTMLCanvasElement[]; bufferContexts?: CanvasRenderingContext2D[] };
}

const OWN_RENDER = Symbol('cytoscape render');
type Patched = Renderer & { [OWN_RENDER]?: Renderer['render'] };

/** Cytoscape's own test for drawing from the snapshot (its `render`). */
const inGesture = (r: Renderer) => !!(r.pinching || r.hoverData?.dragging || r.swipePanning || r.data?.wheelZooming);

/** The viewport a full frame was drawn at, in the form Cytoscape keeps with its snapshot. */
function viewportOf(cy: Core, r: Renderer): Viewport {
  const zoom = cy.zoom();
  const pan = { ...cy.pan() };
  return { zoom, pan, width: r.canvasWidth!, height: r.canvasHeight!, mpan: { x: -pan.x / zoom, y: -pan.y / zoom } };
}

/** Copies the node canvas (the last full frame, drawn at `vp`) into the texture buffer and sets it as Cytoscape's snapshot. */
function useAsSnapshot(r: Renderer, vp: Viewport): void {
  const node = r.data!.canvases![r.NODE!];
  const texture = r.data!.bufferCanvases![r.TEXTURE_BUFFER!];
  const cxt = r.data!.bufferContexts![r.TEXTURE_BUFFER!];
  // A resize since: Cytoscape's own snapshot.
  if (!node || !texture || !cxt || vp.width !== r.canvasWidth || vp.height !== r.canvasHeight) return;
  const mult = r.textureMult ?? 1;
  cxt.setTransform(1, 0, 0, 1, 0, 0);
  cxt.clearRect(0, 0, texture.width, texture.height);
  cxt.drawImage(node, 0, 0, vp.width * mult, vp.height * mult);
  r.textureCache = { texture, viewport: vp };
}

/** Installs the snapshot copy on this canvas's renderer; false (and nothing changed) if its shape is not the expected one. */
export function installViewportSnapshot(cy: Core): boolean {
  const r = rendererOf<Patched>(cy);
  const d = r?.data;
  if (!r || typeof r.render !== 'function' || !r.textureOnViewport || !d?.canvases || !d.bufferCanvases || !d.bufferContexts || typeof r.NODE !== 'number' || typeof r.TEXTURE_BUFFER !== 'number') return false;
  if (r[OWN_RENDER]) return true;
  const own = r.render;
  r[OWN_RENDER] = own;
  let last: Viewport | null = null;
  const copying: Renderer['render'] & { viewportSnapshot?: true } = function (this: Renderer, options) {
    // Frames drawn into a given context (an export's, Cytoscape's own snapshot) are not the screen's.
    const onScreen = !options?.forcedContext;
    if (onScreen && inGesture(r) && !r.textureCache && last) useAsSnapshot(r, last);
    own.call(this, options);
    if (onScreen && !cy.destroyed()) last = inGesture(r) ? null : viewportOf(cy, r);
  };
  // A mark the browser test can see (names do not survive minifying).
  copying.viewportSnapshot = true;
  r.render = copying;
  return true;
}

/** Tests only (large-board.e2e, through cyRenderer.ts's switch): Cytoscape's own snapshot back on this canvas. */
export function removeViewportSnapshot(cy: Core): void {
  const r = rendererOf<Patched>(cy);
  if (!r) return;
  if (r[OWN_RENDER]) delete (r as Partial<Renderer>).render;
  delete r[OWN_RENDER];
  r.textureCache = null;
}
