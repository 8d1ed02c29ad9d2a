import { describe, expect, it } from 'vitest';
import { cellsFor, isoWeekOf, mondayOf, trendOf, weeksEndingAt, type Cell, type Level } from './heatmap.js';

const cells = (levels: (Level | null)[]): Cell[] => levels.map((level, i) => ({ week: `2026-W0${i + 1}`, level, reports: level ? 1 : 0 }));

describe('ISO weeks', () => {
  it('name the week by its Thursday', () => {
    expect(isoWeekOf(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01'); // a Thursday
    expect(isoWeekOf(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53'); // a Friday; 2026 has 53 weeks
    expect(isoWeekOf(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01'); // a Monday
    expect(mondayOf('2026-W01').toISOString().slice(0, 10)).toBe('2025-12-29');
    expect(mondayOf('2026-W53').toISOString().slice(0, 10)).toBe('2026-12-28');
  });

  it('count back across a year end', () => {
    expect(weeksEndingAt('2026-W02', 4)).toEqual(['2025-W51', '2025-W52', '2026-W01', '2026-W02']);
  });
});

describe('heat map cells', () => {
  it('take the highest level reported that week, and none for a week without reports', () => {
    const r = [
      { week: '2026-W01', level: 'NORMAL' as const }, { week: '2026-W01', level: 'CRITICAL' as const },
      { week: '2026-W01', level: 'ELEVATED' as const }, { week: '2026-W02', level: 'NORMAL' as const },
      { week: '2025-W40', level: 'CRITICAL' as const },
    ];
    expect(cellsFor(r, ['2025-W52', '2026-W01', '2026-W02'])).toEqual([
      { week: '2025-W52', level: null, reports: 0 },
      { week: '2026-W01', level: 'CRITICAL', reports: 3 },
      { week: '2026-W02', level: 'NORMAL', reports: 1 },
    ]);
  });
});

describe('trend', () => {
  it('compares the mean level of the last two weeks with the two before', () => {
    // (1 + 2) / 2 = 1.5 before, 0 now.
    expect(trendOf(cells(['ELEVATED', 'CRITICAL', 'NORMAL', 'NORMAL']))).toBe('FALLING');
    // Before: only the normal week counts (0); now (1 + 2) / 2.
    expect(trendOf(cells(['NORMAL', null, 'ELEVATED', 'CRITICAL']))).toBe('RISING');
    expect(trendOf(cells(['ELEVATED', 'NORMAL', 'NORMAL', 'ELEVATED']))).toBe('STEADY');
    expect(trendOf(cells([null, null, 'ELEVATED', 'ELEVATED']))).toBe('UNKNOWN');
    expect(trendOf(cells(['NORMAL', 'NORMAL', 'NORMAL']))).toBe('UNKNOWN');
  });
});
