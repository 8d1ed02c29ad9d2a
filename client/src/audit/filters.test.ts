import { describe, expect, it } from 'vitest';
import { emptyForm, startOfDay, toFilter } from './filters.js';

describe('toFilter', () => {
  it('leaves out what is empty', () => {
    expect(toFilter(emptyForm)).toEqual({});
    expect(toFilter({ ...emptyForm, username: '  ', purpose: '' })).toEqual({});
  });

  it('passes what is set, trimmed', () => {
    expect(toFilter({ ...emptyForm, username: ' member ', role: 'ANALYST', action: 'READ', purpose: 'Query.', personId: ' per_x ', agencyId: 'agy_1', personalOnly: true })).toEqual({
      username: 'member', role: 'ANALYST', action: 'READ', purpose: 'Query.', personId: 'per_x', agencyId: 'agy_1', personalOnly: true,
    });
  });

  it('turns the inclusive day range into [start of first day, start of the day after the last)', () => {
    const f = toFilter({ ...emptyForm, from: '2026-03-01', to: '2026-03-31' });
    expect(f.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(f.to).toBe(new Date(2026, 3, 1).toISOString());
    // Across a month's end and a year's end.
    expect(startOfDay('2026-12-31', 1)).toBe(new Date(2027, 0, 1).toISOString());
  });
});
