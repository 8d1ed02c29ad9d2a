import { describe, expect, it } from 'vitest';
import { NODE_SPACING, centroid, placeNear } from './placement.js';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('placement', () => {
  it('takes the centre of the neighbours when it is free', () => {
    expect(placeNear([{ x: 0, y: 0 }, { x: 400, y: 0 }], [{ x: 0, y: 0 }, { x: 400, y: 0 }], { x: 9, y: 9 })).toEqual({ x: 200, y: 0 });
  });

  it('goes beside a single neighbour, not on it', () => {
    const p = placeNear([{ x: 100, y: 100 }], [{ x: 100, y: 100 }], { x: 0, y: 0 });
    expect(dist(p, { x: 100, y: 100 })).toBeGreaterThanOrEqual(NODE_SPACING);
    expect(dist(p, { x: 100, y: 100 })).toBeLessThan(NODE_SPACING * 2);
  });

  it('finds the nearest free spot in a crowd and never overlaps', () => {
    const crowd = [];
    for (let x = -200; x <= 200; x += 100) for (let y = -200; y <= 200; y += 100) crowd.push({ x, y });
    const p = placeNear([{ x: 0, y: 0 }], crowd, { x: 0, y: 0 });
    for (const o of crowd) expect(dist(p, o)).toBeGreaterThanOrEqual(NODE_SPACING);
    expect(dist(p, { x: 0, y: 0 })).toBeLessThan(400);
  });

  it('uses the fallback when there are no neighbours, and is deterministic', () => {
    expect(placeNear([], [], { x: 5, y: 6 })).toEqual({ x: 5, y: 6 });
    const occ = [{ x: 5, y: 6 }];
    expect(placeNear([], occ, { x: 5, y: 6 })).toEqual(placeNear([], occ, { x: 5, y: 6 }));
  });

  it('centroid of nothing is null', () => {
    expect(centroid([])).toBeNull();
  });
});
