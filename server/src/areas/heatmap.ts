// The overview's areas × weeks heat map. A cell's level is the highest level any report gave that
// area that week: one critical report from the police matters even if the club's was normal, and
// the cell links to the reports for the nuance. Weeks without reports have no level (not NORMAL):
// silence is not a report of calm.
import { weeksInIsoYear } from './validation.js';

export type Level = 'NORMAL' | 'ELEVATED' | 'CRITICAL';
export type Trend = 'RISING' | 'FALLING' | 'STEADY' | 'UNKNOWN';

export const levelRank: Record<Level, number> = { NORMAL: 0, ELEVATED: 1, CRITICAL: 2 };

const DAY_MS = 86_400_000;

/** ISO 8601 week of a UTC day (`2026-W09`). */
export function isoWeekOf(d: Date): string {
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const weekday = new Date(day).getUTCDay() || 7;
  const thursday = new Date(day + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday (UTC) of an ISO week. */
export function mondayOf(week: string): Date {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const jan4Weekday = new Date(jan4).getUTCDay() || 7;
  return new Date(jan4 - (jan4Weekday - 1) * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS);
}

/** `count` consecutive ISO weeks ending with `until`, oldest first. */
export function weeksEndingAt(until: string, count: number): string[] {
  const end = mondayOf(until).getTime();
  return Array.from({ length: count }, (_, i) => isoWeekOf(new Date(end - (count - 1 - i) * 7 * DAY_MS)));
}

export { weeksInIsoYear };

export interface ReportPoint {
  week: string;
  level: Level;
}

export interface Cell {
  week: string;
  level: Level | null;
  reports: number;
}

export function cellsFor(reports: ReportPoint[], weeks: string[]): Cell[] {
  return weeks.map((week) => {
    const these = reports.filter((r) => r.week === week);
    const level = these.reduce<Level | null>((max, r) => (max === null || levelRank[r.level] > levelRank[max] ? r.level : max), null);
    return { week, level, reports: these.length };
  });
}

/**
 * The last two weeks against the two before them: the mean level of the weeks that had reports in
 * each pair. UNKNOWN when either pair had no reports.
 */
export function trendOf(cells: Cell[]): Trend {
  if (cells.length < 4) return 'UNKNOWN';
  const mean = (pair: Cell[]): number | null => {
    const ranks = pair.flatMap((c) => (c.level === null ? [] : [levelRank[c.level]]));
    return ranks.length ? ranks.reduce((a, b) => a + b, 0) / ranks.length : null;
  };
  const recent = mean(cells.slice(-2));
  const before = mean(cells.slice(-4, -2));
  if (recent === null || before === null) return 'UNKNOWN';
  return recent > before ? 'RISING' : recent < before ? 'FALLING' : 'STEADY';
}
