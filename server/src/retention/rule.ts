// The retention rule (RETENTION_RULE): how long a person's data is kept. Pure functions, so the
// date arithmetic is tested on its own (rule.test.ts) and the purge, the Person.retainUntil field
// and the docs all mean the same thing.
//
// A rule is one or more terms separated by commas, each `<kind>:<months>`:
//   months-after-18:N          N months after the person's 18th birthday
//   months-after-case-closed:N N months after their case closed (the last of their boards to close)
// With several terms the data is kept until every one of them has passed (the latest date).
// A term that cannot be worked out (no birth year; a board still open) keeps the data: the
// retain-until date is then unknown, and nothing is purged on a guess.

export const termKinds = ['months-after-18', 'months-after-case-closed'] as const;
export type TermKind = (typeof termKinds)[number];

export interface RetentionTerm {
  kind: TermKind;
  months: number;
}

export interface RetentionRule {
  /** The rule as configured, normalised (no spaces): safe for logs and the access log. */
  text: string;
  terms: RetentionTerm[];
}

export const defaultRetentionRule = 'months-after-case-closed:12';
/** Fifty years: a larger number is a typo, not a retention period. */
export const maxMonths = 600;

/** Parses a rule; throws an Error whose message says what is wrong (config.ts shows it). */
export function parseRetentionRule(value: string): RetentionRule {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) throw new Error('must be one or more terms like months-after-case-closed:12, separated by commas');
  const terms: RetentionTerm[] = [];
  for (const part of parts) {
    const m = /^([a-z0-9-]+):(\d{1,4})$/.exec(part);
    if (!m) throw new Error(`"${part}" is not <kind>:<months>, e.g. months-after-18:6`);
    const kind = m[1] as TermKind;
    if (!termKinds.includes(kind)) throw new Error(`unknown kind "${m[1]}": use ${termKinds.join(' or ')}`);
    const months = Number(m[2]);
    if (months > maxMonths) throw new Error(`${months} months is more than ${maxMonths}`);
    if (terms.some((t) => t.kind === kind)) throw new Error(`"${kind}" is given twice`);
    terms.push({ kind, months });
  }
  return { text: terms.map((t) => `${t.kind}:${t.months}`).join(','), terms };
}

/** What the rule needs to know about one person (dates are local calendar dates, YYYY-MM-DD). */
export interface RetentionFacts {
  birthYear: number | null;
  /** Boards the person is on, and how many of them are still open. */
  boards: number;
  openBoards: number;
  /** The local date the last of their boards was closed (null when none is closed). */
  lastClosedOn: string | null;
  /** The local date the person was last changed: the case's end for someone on no board at all. */
  lastChangedOn: string;
}

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const m = iso.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Calendar months later; a day the target month lacks becomes its last (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return format(ty, tm, Math.min(d, last));
}

/**
 * The 18th birthday as the rule counts it: only the birth year is stored, so the last day it
 * can be (31 December of the year they turn 18). Counting from the latest possible birthday
 * never keeps data shorter than the rule says, and never more than a year longer.
 */
export function eighteenthBirthday(birthYear: number): string {
  return format(birthYear + 18, 12, 31);
}

function termDate(term: RetentionTerm, f: RetentionFacts): string | null {
  if (term.kind === 'months-after-18') return f.birthYear === null ? null : addMonths(eighteenthBirthday(f.birthYear), term.months);
  // On no board at all, nobody reaches the person any more: their case ended with their last change.
  if (f.boards === 0) return addMonths(f.lastChangedOn, term.months);
  if (f.openBoards > 0 || f.lastClosedOn === null) return null;
  return addMonths(f.lastClosedOn, term.months);
}

/**
 * The last day the person's data is kept, or null when the rule cannot say yet (a case still
 * open, no birth year): such data is kept.
 */
export function retainUntil(rule: RetentionRule, facts: RetentionFacts): string | null {
  let latest: string | null = null;
  for (const term of rule.terms) {
    const date = termDate(term, facts);
    if (date === null) return null;
    if (latest === null || date > latest) latest = date;
  }
  return latest;
}

/** Past its retain-until date: from the day after it. */
export function isExpired(until: string | null, today: string): boolean {
  return until !== null && today > until;
}

/** The calendar date of an instant in a time zone (the municipality's), as YYYY-MM-DD. */
export function localDate(instant: string | Date, timeZone: string): string {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instant));
  const get = (type: string) => p.find((x) => x.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}
