// The retention rule's parser and date arithmetic, against dates worked out by hand.
import { describe, expect, it } from 'vitest';
import { addMonths, eighteenthBirthday, isExpired, localDate, parseRetentionRule, retainUntil, type RetentionFacts } from './rule.js';

const facts = (f: Partial<RetentionFacts>): RetentionFacts => ({ birthYear: null, boards: 1, openBoards: 0, lastClosedOn: null, lastChangedOn: '2020-01-01', ...f });

describe('parseRetentionRule', () => {
  it('reads one or more terms, normalised', () => {
    expect(parseRetentionRule('months-after-18:6')).toEqual({ text: 'months-after-18:6', terms: [{ kind: 'months-after-18', months: 6 }] });
    expect(parseRetentionRule(' months-after-case-closed:12 , months-after-18:0 ')).toEqual({
      text: 'months-after-case-closed:12,months-after-18:0',
      terms: [{ kind: 'months-after-case-closed', months: 12 }, { kind: 'months-after-18', months: 0 }],
    });
  });

  it('refuses what it cannot read, saying why', () => {
    expect(() => parseRetentionRule('')).toThrow(/one or more terms/);
    expect(() => parseRetentionRule('months-after-18:6,')).toThrow(/one or more terms/);
    expect(() => parseRetentionRule('months-after-18')).toThrow(/not <kind>:<months>/);
    expect(() => parseRetentionRule('months-after-18:-1')).toThrow(/not <kind>:<months>/);
    expect(() => parseRetentionRule('months-after-18:1.5')).toThrow(/not <kind>:<months>/);
    expect(() => parseRetentionRule('years-after-18:1')).toThrow(/unknown kind "years-after-18"/);
    expect(() => parseRetentionRule('months-after-18:601')).toThrow(/more than 600/);
    expect(() => parseRetentionRule('months-after-18:1,months-after-18:2')).toThrow(/twice/);
  });
});

describe('date arithmetic', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29'); // leap year
    expect(addMonths('2026-12-31', 6)).toBe('2027-06-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-10', 0)).toBe('2026-05-10');
    expect(addMonths('2026-05-10', 24)).toBe('2028-05-10');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts the 18th birthday from the last day of the birth year', () => {
    expect(eighteenthBirthday(2010)).toBe('2028-12-31');
  });

  it('is expired from the day after retain-until, never without a date', () => {
    expect(isExpired('2026-06-30', '2026-06-30')).toBe(false);
    expect(isExpired('2026-06-30', '2026-07-01')).toBe(true);
    expect(isExpired(null, '2999-01-01')).toBe(false);
  });

  it('takes the calendar date in the municipality’s time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen (UTC+1 in winter).
    expect(localDate('2025-12-31T23:30:00Z', 'Europe/Copenhagen')).toBe('2026-01-01');
    expect(localDate('2025-12-31T23:30:00Z', 'UTC')).toBe('2025-12-31');
  });
});

describe('retainUntil', () => {
  const after18 = parseRetentionRule('months-after-18:6');
  const closed = parseRetentionRule('months-after-case-closed:12');
  const both = parseRetentionRule('months-after-18:6,months-after-case-closed:12');

  it('months-after-18: from the last possible 18th birthday; unknown without a birth year', () => {
    // Born 2008: 18 at the latest on 2026-12-31, plus six months: 2027-06-30.
    expect(retainUntil(after18, facts({ birthYear: 2008 }))).toBe('2027-06-30');
    expect(retainUntil(after18, facts({ birthYear: null }))).toBeNull();
    // The board being open does not matter to this term.
    expect(retainUntil(after18, facts({ birthYear: 2008, openBoards: 1 }))).toBe('2027-06-30');
  });

  it('months-after-case-closed: from the last board to close; unknown while one is open', () => {
    expect(retainUntil(closed, facts({ boards: 2, openBoards: 0, lastClosedOn: '2026-02-28' }))).toBe('2027-02-28');
    expect(retainUntil(closed, facts({ boards: 2, openBoards: 1, lastClosedOn: '2026-01-10' }))).toBeNull();
    expect(retainUntil(closed, facts({ boards: 1, openBoards: 1 }))).toBeNull();
    // On no board: from the person's last change.
    expect(retainUntil(closed, facts({ boards: 0, openBoards: 0, lastChangedOn: '2025-03-31' }))).toBe('2026-03-31');
  });

  it('several terms: the latest date, and unknown if any term is', () => {
    // 18 + 6 months: 2027-06-30; closed 2027-03-01 + 12 months: 2028-03-01 → the later.
    expect(retainUntil(both, facts({ birthYear: 2008, lastClosedOn: '2027-03-01' }))).toBe('2028-03-01');
    // Closed 2025-01-01 + 12: 2026-01-01; 18 + 6: 2027-06-30 → the later.
    expect(retainUntil(both, facts({ birthYear: 2008, lastClosedOn: '2025-01-01' }))).toBe('2027-06-30');
    expect(retainUntil(both, facts({ birthYear: null, lastClosedOn: '2025-01-01' }))).toBeNull();
    expect(retainUntil(both, facts({ birthYear: 2008, openBoards: 1 }))).toBeNull();
  });
});
