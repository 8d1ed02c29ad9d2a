// Groups are drawn as hulls around their members (not compound nodes: a person can be in two
// groups at once, as Kevin is). Geometry only; drawing is in overlay.ts.
import type { Position } from './model.js';

function cross(o: Position, a: Position, b: Position): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Convex hull, counter-clockwise (in y-down screen terms: clockwise), no repeated first point. */
export function convexHull(points: readonly Position[]): Position[] {
  const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (pts.length <= 2) return pts;
  const lower: Position[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Position[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/**
 * The hull of circles around each point (of `radius`, or the point's own `r`): the outline a
 * group's hull follows.
 */
export function paddedHull(centres: readonly (Position & { r?: number })[], radius: number, samples = 18): Position[] {
  const pts: Position[] = [];
  for (const c of centres) {
    const r = c.r ?? radius;
    for (let i = 0; i < samples; i++) {
      const a = (i / samples) * 2 * Math.PI;
      pts.push({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
    }
  }
  return convexHull(pts);
}

/** A closed, smooth path through the hull (quadratic curves between edge midpoints). */
export function tracePath(ctx: { moveTo(x: number, y: number): void; quadraticCurveTo(cx: number, cy: number, x: number, y: number): void; closePath(): void }, hull: readonly Position[]): void {
  const n = hull.length;
  if (n < 3) return;
  const mid = (a: Position, b: Position) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const start = mid(hull[n - 1]!, hull[0]!);
  ctx.moveTo(start.x, start.y);
  for (let i = 0; i < n; i++) {
    const p = hull[i]!;
    const m = mid(p, hull[(i + 1) % n]!);
    ctx.quadraticCurveTo(p.x, p.y, m.x, m.y);
  }
  ctx.closePath();
}

/** The same path as SVG path data, for the SVG export. */
export function hullPathData(hull: readonly Position[]): string {
  const parts: string[] = [];
  tracePath({
    moveTo: (x, y) => parts.push(`M${x.toFixed(1)} ${y.toFixed(1)}`),
    quadraticCurveTo: (cx, cy, x, y) => parts.push(`Q${cx.toFixed(1)} ${cy.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)}`),
    closePath: () => parts.push('Z'),
  }, hull);
  return parts.join(' ');
}
