import { describe, expect, it } from 'vitest';
import { COMMUNITY_FILLS, MARKS, METRIC_RAMP, communityFill, communityLetter, contrast, luminance } from './colour.js';
import { groupColours } from '../palette.js';

// Eight ids give every one of the eight group colours.
const GROUP_DARK = [...groupColours(['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8']).values()].map((c) => c.dark);

describe('contrast arithmetic (WCAG 2.x)', () => {
  it('gives the published end points and a hand-worked middle', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // #777777: 0x77/255 = 0.46667 → ((0.46667 + 0.055) / 1.055)^2.4 = 0.18447 on every channel,
    // so L = 0.18447 and against white (1.05) / (0.23447) = 4.478.
    expect(luminance('#777777')).toBeCloseTo(0.18447, 4);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.478, 2);
    // Pure green: only the G weight, 0.7152 → (0.7652 / 0.05) = 15.30 against black.
    expect(contrast('#00ff00', '#000000')).toBeCloseTo(15.304, 2);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => luminance('red')).toThrow();
  });
});

describe('the metric ramp', () => {
  it('has every step at least 3:1 against the white board', () => {
    for (const c of METRIC_RAMP) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
  });

  it('gets darker at every step, each step visibly (≥ 1.4:1 from the one before)', () => {
    for (let i = 1; i < METRIC_RAMP.length; i++) {
      expect(luminance(METRIC_RAMP[i]!)).toBeLessThan(luminance(METRIC_RAMP[i - 1]!));
      expect(contrast(METRIC_RAMP[i]!, METRIC_RAMP[i - 1]!)).toBeGreaterThanOrEqual(1.4);
    }
    expect(contrast(METRIC_RAMP[0]!, METRIC_RAMP[METRIC_RAMP.length - 1]!)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('community colours and letters', () => {
  it('meet 3:1 against white, are all different, and none is a group hull colour', () => {
    for (const c of COMMUNITY_FILLS) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
    expect(new Set(COMMUNITY_FILLS).size).toBe(COMMUNITY_FILLS.length);
    expect(new Set(GROUP_DARK).size).toBe(8);
    for (const g of GROUP_DARK) expect(COMMUNITY_FILLS).not.toContain(g);
  });

  it('cycle past the palette and letter A, B, … Z, AA', () => {
    expect(communityFill(0)).toBe(COMMUNITY_FILLS[0]);
    expect(communityFill(COMMUNITY_FILLS.length + 2)).toBe(COMMUNITY_FILLS[2]);
    expect([0, 1, 25, 26, 27, 51, 52].map(communityLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('marks meet 3:1 against white', () => {
    for (const c of Object.values(MARKS)) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
  });
});
