// A large board's tie drawn as a straight line in a few canvas calls (edgeDraw.ts hands it every
// plain edge).
//
// Cytoscape's `drawEdge` sets up six closures, reads about twenty style properties, builds a
// string key and a Path2D per edge, and asks for arrowheads and labels a haystack edge never has:
// about half of the JavaScript time of drawing the 4,000 ties of the benchmark's board. For a
// haystack edge with nothing but its line (and the outline of a double tie) this makes the same
// canvas calls in the same order with the same state, so the pixels are the same; large-board.e2e
// compares them. Anything else (underlay, overlay, ghost, gradient, mid arrows) returns false and
// is drawn by Cytoscape.
//
// One deliberate difference: a dotted tie drawn where its dots are below a pixel. Cytoscape's
// dots are one unit long with one unit between (`setLineDash([1, 1])` in model units), so at the
// zoom a board of a thousand people is fitted at (about 0.12) a dot is an eighth of a pixel:
// Skia cuts every such tie into hundreds of dashes and antialiases them into an even line at half
// the colour's strength, about 45 ms of rasterising for the benchmark board's 500 dotted ties
// against 20 for its 2,000 solid ones. Where one dot and its gap are less than a pixel on the
// canvas, the tie is drawn as a solid line at half its opacity instead: the same even line, in
// one segment. large-board.e2e checks that every such tie puts the same amount of colour on the
// canvas both ways.

/** What this reads of an edge (Cytoscape's element, its `pstyle` and renderer scratch). */
export interface TieEle {
  pstyle(name: string): { value: unknown; pfValue?: unknown };
  _private: { rscratch: { edgeType?: string; badLine?: boolean; allpts?: number[] | null } };
}

type Rgb = [number, number, number];

/** Dotted ties are drawn solid at this share of their opacity where a dot and its gap are under a pixel. */
export const SUBPIXEL_DOT_ALPHA = 0.5;

const value = <T>(ele: TieEle, name: string) => ele.pstyle(name).value as T;
const rgba = (c: Rgb, a: number) => 'rgba(' + c[0] + ',' + c[1] + ',' + c[2] + ',' + a + ')';

/** Canvas pixels per model unit along the line, or null if the transform is not a plain scale. */
function scaleOf(context: CanvasRenderingContext2D): number | null {
  const m = context.getTransform();
  return m.b === 0 && m.c === 0 && m.a === m.d ? Math.abs(m.a) : null;
}

/**
 * Draws the edge's line (and outline) as Cytoscape's `drawEdge` would, with its opacity; false,
 * with nothing drawn, if the edge has anything else to draw.
 */
export function drawTieLine(context: CanvasRenderingContext2D, ele: TieEle): boolean {
  const rs = ele._private.rscratch;
  if (rs.edgeType !== 'haystack') return false;
  if (value<string>(ele, 'ghost') === 'yes' || value<string>(ele, 'line-fill') !== 'solid') return false;
  if (value<number>(ele, 'underlay-opacity') !== 0 || value<number>(ele, 'overlay-opacity') !== 0) return false;
  if (value<string>(ele, 'mid-target-arrow-shape') !== 'none' || value<string>(ele, 'mid-source-arrow-shape') !== 'none') return false;
  const pts = rs.allpts;
  // Cytoscape draws nothing at all for such an edge.
  if (rs.badLine || pts == null || Number.isNaN(pts[0])) return true;
  let opacity = value<number>(ele, 'opacity') * value<number>(ele, 'line-opacity');
  let dash = value<string>(ele, 'line-style');
  if (dash === 'dotted') {
    const scale = scaleOf(context);
    if (scale !== null && 2 * scale < 1) {
      dash = 'solid';
      opacity *= SUBPIXEL_DOT_ALPHA;
    }
  }
  const width = ele.pstyle('width').pfValue as number;
  const cap = value<CanvasLineCap>(ele, 'line-cap');
  const outline = value<number>(ele, 'line-outline-width');
  const path = new Path2D();
  path.moveTo(pts[0]!, pts[1]!);
  for (let i = 2; i + 1 < pts.length; i += 2) path.lineTo(pts[i]!, pts[i + 1]!);
  const stroke = (lineWidth: number, colour: Rgb) => {
    context.lineWidth = lineWidth;
    context.lineCap = cap;
    context.strokeStyle = rgba(colour, opacity);
    if (dash === 'dotted') context.setLineDash([1, 1]);
    else if (dash === 'dashed') {
      context.setLineDash(ele.pstyle('line-dash-pattern').pfValue as number[]);
      context.lineDashOffset = ele.pstyle('line-dash-offset').pfValue as number;
    } else context.setLineDash([]);
    context.stroke(path);
    context.setLineDash([]);
    context.lineCap = 'butt';
  };
  context.lineJoin = 'round';
  if (outline > 0) stroke(width + outline, value<Rgb>(ele, 'line-outline-color'));
  stroke(width, value<Rgb>(ele, 'line-color'));
  return true;
}
