import { describe, expect, it } from 'vitest';
import { announcedSeconds, countdown, currentIsoWeek, hoursMinutes } from './format.js';

describe('the clock as text', () => {
  it('counts down in hours, minutes and seconds', () => {
    expect(countdown(86_400)).toBe('24:00:00');
    expect(countdown(3_661)).toBe('1:01:01');
    expect(hoursMinutes(23 * 3600 + 59 * 60 + 59)).toEqual({ h: 23, m: 59 });
  });

  it('announces whole quarter hours only, so a screen reader is not told every second', () => {
    expect(announcedSeconds(86_400)).toBe(86_400);
    expect(announcedSeconds(86_399)).toBe(86_400 - 900);
    expect(announcedSeconds(901)).toBe(900);
    expect(announcedSeconds(-1)).toBe(-900);
    expect(new Set(Array.from({ length: 900 }, (_, i) => announcedSeconds(10_000 - i))).size).toBeLessThanOrEqual(2);
  });

  it('names the ISO week', () => {
    expect(currentIsoWeek(new Date('2026-11-22T12:00:00Z'))).toBe('2026-W47');
    expect(currentIsoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
  });
});
