// Calendar dates in the browser's time zone (the municipality's, as a rule), not UTC: a consent
// given this morning in Copenhagen is given today, whatever the UTC date is.
export function localIso(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The local calendar date of a server timestamp (e.g. a board's closedAt). */
export const localDateOf = (iso: string): string => localIso(new Date(iso));
