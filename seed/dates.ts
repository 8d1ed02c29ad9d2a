// Seed dates are whole days relative to the load day; everything here works on UTC calendar days
// so the result never depends on the loading machine's time zone.
import type { RelDay } from './types.js';

const DAY_MS = 86_400_000;

function utcMidnight(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** The UTC calendar day `rel` days from `today`, as `YYYY-MM-DD`. */
export function isoDate(today: Date, rel: RelDay): string {
  return new Date(utcMidnight(today) + rel * DAY_MS).toISOString().slice(0, 10);
}

/** Midnight UTC of that day as an ISO instant, for `…At` properties stored as datetimes. */
export function isoInstant(today: Date, rel: RelDay): string {
  return `${isoDate(today, rel)}T00:00:00Z`;
}

/** ISO 8601 week (`2026-W47`) of the day `rel` days from `today`. */
export function isoWeek(today: Date, rel: RelDay): string {
  const day = new Date(utcMidnight(today) + rel * DAY_MS);
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  // The Thursday of the same week decides the week-year (ISO 8601).
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
