import { describe, expect, it } from 'vitest';
import { convexHull, hullPathData, paddedHull } from './hulls.js';

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
});
