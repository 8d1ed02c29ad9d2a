import { describe, expect, it } from 'vitest';
import { contrast, SCALES, shade } from './format.js';

const rgb = (h: string): [number, number, number] => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16)) as [number, number, number];

describe('heat-map colours', () => {
  it('keep every shade readable: text contrast at least 4.5:1 (WCAG 2.1 AA)', () => {
    for (const scale of [SCALES.blue, SCALES.red]) {
      for (let v = 0; v <= 20; v++) {
        const s = shade(v, 20, scale);
        expect(contrast(rgb(s.background), rgb(s.color)), `${v}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('goes from white for nothing to darker for more', () => {
    expect(shade(0, 10, SCALES.blue).background).toBe('#ffffff');
    expect(contrast(rgb(shade(10, 10, SCALES.blue).background), [255, 255, 255])).toBeGreaterThan(contrast(rgb(shade(3, 10, SCALES.blue).background), [255, 255, 255]));
  });
});
