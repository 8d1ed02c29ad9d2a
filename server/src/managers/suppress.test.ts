import { describe, expect, it } from 'vitest';
import { MIN_PEOPLE, protectLine, protectSeries, raw, suppressedCells, totalOf } from './suppress.js';

const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('small-count suppression', () => {
  it('hides a number with 1–4 people behind it, shows 0 and 5', () => {
    expect(MIN_PEOPLE).toBe(5);
    const line = protectLine([raw(0, []), raw(4, people('a', 4)), raw(5, people('b', 5)), raw(9, people('c', 9))]);
    expect(line.cells.map((c) => c.value)).toEqual([0, null, null, 9]);
    // The 4 alone would follow from the total (18 - 0 - 5 - 9): the smallest non-zero other cell goes too.
    expect(line.cells.map((c) => c.suppressed)).toEqual([false, true, true, false]);
    expect(line.total).toEqual({ value: 18, suppressed: false });
  });

  it('counts people, not values: 12 interventions reaching 3 people are hidden, 3 reaching 40 shown', () => {
    expect(suppressedCells([raw(12, people('a', 3)), raw(3, people('b', 40)), raw(7, people('c', 8))])).toEqual(new Set([0, 1]));
    // Interventions that reach nobody tell nothing about anyone.
    expect(protectLine([raw(2, []), raw(6, people('x', 6))]).cells).toEqual([{ value: 2, suppressed: false }, { value: 6, suppressed: false }]);
  });

  it('never leaves exactly one suppressed cell in a line with a known total', () => {
    // Every combination of a few small and large cells: subtraction must never isolate one.
    const sizes = [0, 1, 3, 5, 8];
    for (const a of sizes) for (const b of sizes) for (const c of sizes) {
      const cells = [raw(a, people('a', a)), raw(b, people('b', b)), raw(c, people('c', c))];
      const hidden = [...suppressedCells(cells)];
      expect(hidden.length === 0 || hidden.length >= 2, `${a},${b},${c}`).toBe(true);
    }
  });

  it('with nothing else non-zero, the complement is a zero cell and the small total is hidden too', () => {
    const line = protectLine([raw(0, []), raw(2, people('a', 2))]);
    expect(line.cells.map((c) => c.suppressed)).toEqual([true, true]);
    expect(line.total.suppressed).toBe(true);
  });

  it('a total counts each person once', () => {
    expect(totalOf([raw(2, ['p', 'q']), raw(1, ['p'])]).contributors.size).toBe(2);
  });

  it('publishes a series point only when its population moved by 0 or at least 5 people', () => {
    const s = (ids: string[]) => new Set(ids);
    const five = people('p', 5);
    expect(protectSeries([s([]), s(people('p', 3)), s(five), s([...five, 'x']), s([...five, 'x', ...people('y', 4)])])).toEqual([
      true, // nobody: nothing to hide
      false, // 3 people
      true, // 5 people
      false, // one more than the last published point: differencing would isolate them
      true, // five more than the last published point
    ]);
  });
});
