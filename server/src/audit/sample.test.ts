// The sample's positions: reproducible from the seed, distinct, bounded, and uniform.
import { describe, expect, it } from 'vitest';
import { samplePositions, seededRandom } from './sample.js';

describe('samplePositions', () => {
  it('draws the same positions for the same seed, and others for another seed', () => {
    const a = samplePositions(10_000, 20, 'DPO review 2026-Q1');
    expect(samplePositions(10_000, 20, 'DPO review 2026-Q1')).toEqual(a);
    expect(samplePositions(10_000, 20, 'DPO review 2026-Q2')).not.toEqual(a);
  });

  it('gives distinct positions in range, ascending, never more than the population', () => {
    for (const [n, k] of [[100, 100], [100, 99], [1, 1], [5, 50], [0, 10], [1000, 0]] as const) {
      const p = samplePositions(n, k, `s${n}-${k}`);
      expect(p).toHaveLength(Math.min(n, k));
      expect(new Set(p).size).toBe(p.length);
      expect(p.every((x) => Number.isInteger(x) && x >= 0 && x < n)).toBe(true);
      expect([...p].sort((x, y) => x - y)).toEqual(p);
    }
    expect(samplePositions(7, 7, 'all')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('picks every position about equally often over many seeds (uniform)', () => {
    // 20 of 50 positions, 5,000 seeds: each position is expected 2,000 times. With p = 0.4 the
    // standard deviation is sqrt(5000·0.4·0.6) ≈ 34.6; allow ±5 sd (deterministic seeds: no flake).
    const counts = new Array<number>(50).fill(0);
    for (let s = 0; s < 5000; s++) for (const p of samplePositions(50, 20, `seed-${s}`)) counts[p]!++;
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(5 * 34.6);
    // And not the same subset every time: the first position varies.
    const firsts = new Set(Array.from({ length: 50 }, (_, s) => samplePositions(50, 20, `x${s}`)[0]));
    expect(firsts.size).toBeGreaterThan(3);
  });

  it('seeds a PRNG with values in [0, 1)', () => {
    const r = seededRandom('x');
    const xs = Array.from({ length: 10_000 }, r);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});
