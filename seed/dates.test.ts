import { describe, expect, it } from 'vitest';
import { isoDate, isoInstant, isoWeek } from './dates.js';

const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

describe('isoDate', () => {
  it('counts back across a month end', () => {
    expect(isoDate(day('2026-03-01'), -1)).toBe('2026-02-28');
    expect(isoDate(day('2026-05-01'), -1)).toBe('2026-04-30');
  });

  it('knows leap years', () => {
    expect(isoDate(day('2024-03-01'), -1)).toBe('2024-02-29');
    expect(isoDate(day('2024-02-28'), 1)).toBe('2024-02-29');
    expect(isoDate(day('2100-03-01'), -1)).toBe('2100-02-28');
  });

  it('crosses year boundaries both ways', () => {
    expect(isoDate(day('2026-01-03'), -7)).toBe('2025-12-27');
    expect(isoDate(day('2026-12-31'), 1)).toBe('2027-01-01');
    // 2026-02-10 minus 56 days: 10 days in Feb, 31 in Jan, leaves 15 back from 31 Dec.
    expect(isoDate(day('2026-02-10'), -56)).toBe('2025-12-16');
  });

  it('uses the UTC day of `today`, whatever the time of day', () => {
    expect(isoDate(new Date('2026-11-22T23:59:59Z'), 0)).toBe('2026-11-22');
    expect(isoDate(new Date('2026-11-22T00:00:00Z'), 0)).toBe('2026-11-22');
    // 00:30 in Copenhagen (UTC+1) is still the previous UTC day.
    expect(isoDate(new Date('2026-11-23T00:30:00+01:00'), 0)).toBe('2026-11-22');
  });

  it('gives instants at midnight UTC', () => {
    expect(isoInstant(day('2026-01-01'), -1)).toBe('2025-12-31T00:00:00Z');
  });
});

describe('isoWeek', () => {
  it('numbers weeks from the week holding the year’s first Thursday', () => {
    expect(isoWeek(day('2026-01-01'), 0)).toBe('2026-W01'); // a Thursday
    expect(isoWeek(day('2026-11-22'), 0)).toBe('2026-W47'); // a Sunday
    expect(isoWeek(day('2026-11-22'), -7)).toBe('2026-W46');
  });

  it('puts days around New Year in the right week-year', () => {
    expect(isoWeek(day('2027-01-01'), 0)).toBe('2026-W53'); // Friday: still 2026's last week
    expect(isoWeek(day('2027-01-03'), 0)).toBe('2026-W53');
    expect(isoWeek(day('2027-01-04'), 0)).toBe('2027-W01');
    expect(isoWeek(day('2021-01-03'), 0)).toBe('2020-W53');
    expect(isoWeek(day('2024-12-30'), 0)).toBe('2025-W01'); // Monday: already 2025's first week
    expect(isoWeek(day('2027-01-11'), -14)).toBe('2026-W53');
  });
});
