// Formatting for the readiness pages: pure, so the clock's wording is tested without a browser.
export function hoursMinutes(totalSeconds: number): { h: number; m: number } {
  const s = Math.max(0, Math.floor(Math.abs(totalSeconds)));
  return { h: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) };
}

/** hh:mm:ss for the visible countdown. */
export function countdown(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(Math.abs(totalSeconds)));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/**
 * What the live region says: the time left rounded down to whole quarter hours, so a screen
 * reader hears it change at most every 15 minutes, never every second.
 */
export function announcedSeconds(totalSeconds: number): number {
  const quarter = 15 * 60;
  return totalSeconds >= 0 ? Math.floor(totalSeconds / quarter) * quarter : -Math.ceil(-totalSeconds / quarter) * quarter;
}

export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return h ? `${h} h ${m} min` : `${m} min`;
}

/** The current ISO week (UTC), e.g. 2026-W47. */
export function currentIsoWeek(now = new Date()): string {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const weekday = new Date(day).getUTCDay() || 7;
  const thursday = new Date(day + (4 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
