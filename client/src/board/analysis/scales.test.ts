import { describe, expect, it } from 'vitest';
import { colourScale, formatMetric, sizeScale } from './scales.js';
import { METRIC_RAMP } from './colour.js';

describe('sizeScale: area proportional to the value', () => {
  const s = sizeScale([0, 0.1, 0.4, 0.025], { min: 20, max: 80 });

  it('draws the largest value at the largest size and a quarter of it at half the diameter', () => {
    expect(s.max).toBe(0.4);
    expect(s.diameter(0.4)).toBe(80);
    // 0.1 / 0.4 = 1/4 of the area → √(1/4) = 1/2 of the diameter.
    expect(s.diameter(0.1)).toBeCloseTo(40, 10);
    // 0.025 / 0.4 = 1/16 → a quarter of the diameter, 20: exactly the floor.
    expect(s.diameter(0.025)).toBeCloseTo(20, 10);
  });

  it('never draws anyone below the smallest size, nor above the largest', () => {
    expect(s.diameter(0)).toBe(20);
    expect(s.diameter(0.001)).toBe(20);
    expect(s.diameter(9)).toBe(80);
  });

  it('gives everyone the smallest size when every value is 0 (no one stands out)', () => {
    const z = sizeScale([0, 0, 0], { min: 20, max: 80 });
    expect([0, 0.5].map(z.diameter)).toEqual([20, 20]);
  });
});

describe('colourScale: five equal-width bins', () => {
  // Degrees 1..11: width (11 − 1) / 5 = 2 → bins [1,3) [3,5) [5,7) [7,9) [9,11].
  const c = colourScale([1, 4, 11, 2, 7]);

  it('puts each value in the bin worked out by hand, the maximum in the last', () => {
    expect(c.bins.map((b) => [b.from, b.to])).toEqual([[1, 3], [3, 5], [5, 7], [7, 9], [9, 11]]);
    expect([1, 2.99, 3, 4, 7, 8.5, 9, 11].map(c.binOf)).toEqual([0, 0, 1, 1, 3, 3, 4, 4]);
    expect(c.colour(11)).toBe(METRIC_RAMP[4]);
    expect(c.colour(1)).toBe(METRIC_RAMP[0]);
  });

  it('has one bin, the middle colour, when all values are equal', () => {
    const flat = colourScale([0.2, 0.2]);
    expect(flat.bins).toHaveLength(1);
    expect(flat.colour(0.2)).toBe(METRIC_RAMP[2]);
  });
});

describe('formatMetric', () => {
  it('shows counts whole, shares with their digits, in the language’s decimal sign', () => {
    expect(formatMetric('degree', 7)).toBe('7');
    expect(formatMetric('betweenness', 0.4567)).toBe('0.46');
    expect(formatMetric('pageRank', 0.08712, 'sv')).toBe('0,087');
    expect(formatMetric('closeness', 0.5, 'da')).toBe('0,50');
  });
});
