// Groups are drawn as hulls around their members (not compound nodes: a person can be in two
// groups at once, as Kevin is). Geometry only; drawing is in overlay.ts.
//
// A hull must not cover anyone who is not in the group: the board would say they are. Moving
// people out of the way is not an option (saved positions are the team's; nothing reshuffles the
// board by itself), so the outline gives way instead (groupOutlines): one convex outline when it
// covers no outsider, else one outline per cluster of members, clusters grown nearest-first and
// merged only while their outline stays clear of outsiders. A group whose members stand on both
// sides of someone else is drawn as two (or more) patches in its colour, each still a smooth,
// convex shape that reads at a glance, rather than a concave outline that snakes between people.
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

/** Is p inside (or on the edge of) the convex polygon `poly` (either orientation)? */
export function insideConvex(poly: readonly Position[], p: Position): boolean {
  const n = poly.length;
  if (n < 3) return false;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const c = cross(poly[i]!, poly[(i + 1) % n]!, p);
    if (c === 0) continue;
    if (sign === 0) sign = Math.sign(c);
    else if (Math.sign(c) !== sign) return false;
  }
  return true;
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

export interface Disc extends Position {
  r: number;
}

/**
 * The outlines of one group that cover none of `outsiders` (the centres of people not in it).
 * `units` are what must stay whole inside one outline: each member's disc (centre and padded
 * radius), and the group's tag (its corners). A member's disc that would itself reach an
 * outsider is made smaller (down to a third). Returns one outline when the plain convex hull is
 * clear, else one per cluster (single-linkage, nearest first, a merge kept only if its hull is
 * clear).
 */
export function groupOutlines(units: readonly (readonly Disc[])[], outsiders: readonly Position[], samples = 18): Position[][] {
  const discs = units
    .map((u) =>
      u.map((d) => {
        let r = d.r;
        for (const o of outsiders) {
          const dist = Math.hypot(o.x - d.x, o.y - d.y);
          if (dist <= r) r = Math.max(d.r / 3, dist * 0.9);
        }
        return { ...d, r };
      }),
    )
    .filter((u) => u.length > 0);
  if (!discs.length) return [];
  const hullOf = (ds: readonly Disc[]) => paddedHull(ds, 0, samples);
  const clear = (h: readonly Position[]) => !outsiders.some((o) => insideConvex(h, o));
  const whole = hullOf(discs.flat());
  if (clear(whole)) return [whole];

  const centres = discs.map((u) => ({ x: u.reduce((s, d) => s + d.x, 0) / u.length, y: u.reduce((s, d) => s + d.y, 0) / u.length }));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < discs.length; i++) {
    for (let j = i + 1; j < discs.length; j++) pairs.push([Math.hypot(centres[i]!.x - centres[j]!.x, centres[i]!.y - centres[j]!.y), i, j]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const parent = discs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const hulls = new Map<number, Position[]>(discs.map((u, i) => [i, hullOf(u)]));
  // Two clusters whose merged hull was not clear stay apart until one of them grows.
  const size = discs.map(() => 1);
  const refused = new Set<string>();
  for (const [, i, j] of pairs) {
    const a = find(i), b = find(j);
    if (a === b) continue;
    const key = a < b ? `${a}/${size[a]}:${b}/${size[b]}` : `${b}/${size[b]}:${a}/${size[a]}`;
    if (refused.has(key)) continue;
    const merged = convexHull([...hulls.get(a)!, ...hulls.get(b)!]);
    if (!clear(merged)) {
      refused.add(key);
      continue;
    }
    parent[b] = a;
    size[a] = size[a]! + size[b]!;
    hulls.set(a, merged);
    hulls.delete(b);
  }
  return [...hulls.values()];
}
