import { describe, expect, it } from 'vitest';
import { convexHull, groupOutlines, hullPathData, insideConvex, paddedHull, type Disc } from './hulls.js';

describe('hulls', () => {
  it('finds the convex hull and drops inner points', () => {
    const h = convexHull([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 5, y: 5 }, { x: 5, y: 0 }]);
    expect(h).toHaveLength(4);
    expect(h).not.toContainEqual({ x: 5, y: 5 });
    expect(h).not.toContainEqual({ x: 5, y: 0 });
  });

  it('pads: every member centre lies at least the radius inside the outline', () => {
    const centres = [{ x: 0, y: 0 }, { x: 200, y: 50 }, { x: 80, y: 160 }];
    const hull = paddedHull(centres, 40);
    const xs = hull.map((p) => p.x), ys = hull.map((p) => p.y);
    expect(Math.min(...xs)).toBeCloseTo(-40, 0);
    expect(Math.max(...xs)).toBeCloseTo(240, 0);
    expect(Math.min(...ys)).toBeLessThanOrEqual(-39);
    expect(Math.max(...ys)).toBeGreaterThanOrEqual(199);
  });

  it('a one-member group is a circle around them', () => {
    const hull = paddedHull([{ x: 10, y: 10 }], 30);
    for (const p of hull) expect(Math.hypot(p.x - 10, p.y - 10)).toBeCloseTo(30, 5);
  });

  it('writes closed SVG path data', () => {
    const d = hullPathData(paddedHull([{ x: 0, y: 0 }, { x: 100, y: 0 }], 20));
    expect(d).toMatch(/^M[-\d.]+ [-\d.]+ (Q[-\d. ]+ )+Z$/);
    expect(hullPathData([{ x: 0, y: 0 }])).toBe('');
  });

  it('tells whether a point is inside a convex polygon, whatever its orientation', () => {
    const square = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }];
    for (const poly of [square, [...square].reverse()]) {
      expect(insideConvex(poly, { x: 5, y: 5 })).toBe(true);
      expect(insideConvex(poly, { x: 11, y: 5 })).toBe(false);
      expect(insideConvex(poly, { x: -0.1, y: 9 })).toBe(false);
    }
  });
});

describe('group outlines', () => {
  const member = (x: number, y: number, r = 40): Disc[] => [{ x, y, r }];
  const coveredBy = (hulls: { x: number; y: number }[][], p: { x: number; y: number }) => hulls.some((h) => insideConvex(h, p));

  it('regression: a group on both sides of an outsider no longer covers them (the convex hull did)', () => {
    // Two members 400 apart with a non-member half way: the plain hull runs straight through them.
    const units = [member(0, 0), member(400, 0), member(0, 60), member(400, 60)];
    const outsider = { x: 200, y: 30 };
    expect(insideConvex(paddedHull(units.flat(), 0), outsider)).toBe(true);
    const hulls = groupOutlines(units, [outsider]);
    expect(hulls).toHaveLength(2);
    expect(coveredBy(hulls, outsider)).toBe(false);
    // Every member is still inside an outline, by at least most of its padding.
    for (const [d] of units) {
      expect(coveredBy(hulls, d!)).toBe(true);
      expect(coveredBy(hulls, { x: d!.x, y: d!.y - 35 })).toBe(true);
    }
  });

  it('keeps one convex outline when it covers nobody else', () => {
    const units = [member(0, 0), member(200, 0), member(100, 150)];
    const hulls = groupOutlines(units, [{ x: 500, y: 500 }, { x: -200, y: 0 }]);
    expect(hulls).toHaveLength(1);
    expect(hulls[0]).toEqual(paddedHull(units.flat(), 0));
  });

  it('an outsider in the middle of a ring of members: every outline stays clear, no member is left out', () => {
    const units = Array.from({ length: 8 }, (_, i) => member(Math.round(300 * Math.cos((i / 8) * 2 * Math.PI)), Math.round(300 * Math.sin((i / 8) * 2 * Math.PI))));
    const outsiders = [{ x: 0, y: 0 }, { x: 20, y: -15 }];
    expect(outsiders.every((o) => insideConvex(paddedHull(units.flat(), 0), o))).toBe(true);
    const hulls = groupOutlines(units, outsiders);
    expect(hulls.length).toBeGreaterThan(1);
    expect(hulls.length).toBeLessThan(8);
    for (const o of outsiders) expect(coveredBy(hulls, o)).toBe(false);
    for (const [d] of units) expect(coveredBy(hulls, d!)).toBe(true);
  });

  it('a non-member standing close beside a member is not under that member’s padding', () => {
    // 30 from the member's centre: inside its 40-wide padded circle.
    const hulls = groupOutlines([member(0, 0), member(0, 120)], [{ x: 30, y: 0 }]);
    expect(coveredBy(hulls, { x: 30, y: 0 })).toBe(false);
    expect(coveredBy(hulls, { x: 0, y: 0 })).toBe(true);
    expect(coveredBy(hulls, { x: 0, y: 120 })).toBe(true);
  });

  it('keeps the group’s tag whole with the members nearest it', () => {
    const tag: Disc[] = [{ x: -50, y: -100, r: 12 }, { x: 50, y: -100, r: 12 }, { x: -50, y: -80, r: 12 }, { x: 50, y: -80, r: 12 }];
    const hulls = groupOutlines([tag, member(0, 0), member(600, 0)], [{ x: 300, y: 0 }]);
    expect(hulls).toHaveLength(2);
    const withTag = hulls.filter((h) => tag.every((c) => insideConvex(h, c)));
    expect(withTag).toHaveLength(1);
    expect(insideConvex(withTag[0]!, { x: 0, y: 0 })).toBe(true);
    expect(insideConvex(withTag[0]!, { x: 600, y: 0 })).toBe(false);
  });
});
