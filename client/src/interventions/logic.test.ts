import { describe, expect, it } from 'vitest';
import type { InterventionFieldsFragment } from '../generated/graphql.js';
import { addDays, changes, costProblem, defaultObservations, formFrom, formatAmount, latestFirst, observationInputs, utcToday, withChosen } from './logic.js';
import { interventionsPath, parseInterventionsPath } from './route.js';
import { parseRoute } from '../app/router.js';

const mentor: InterventionFieldsFragment = {
  id: 'int_1', title: 'Mentor', description: null, level: 'INDIVIDUAL', status: 'ACTIVE',
  startDate: '2026-10-01', endDate: null,
  responsibleAgency: { id: 'agy_s', name: 'Social' }, responsibleContact: null,
  involvedAgencies: [], targetPeople: [{ id: 'per_b', alias: 'Bilal' }, { id: 'per_k', alias: 'Kevin' }],
  targetGroups: [], targetAreas: [],
  strengthens: [{ id: 'fac_p', name: 'Trusted adult' }, { id: 'fac_r', name: 'Both ways' }],
  reduces: [{ id: 'fac_r', name: 'Both ways' }],
  cost: { amount: 3900, unit: 'PER_WEEK', currency: 'DKK' },
  nextFollowUp: '2026-11-20', followUpOverdue: true, version: 4,
};

describe('the edit form', () => {
  it('sends only what changed, with the id and version', () => {
    const before = formFrom(mentor);
    expect(changes('int_1', 4, before, before)).toEqual({ id: 'int_1', version: 4 });
    const after = { ...before, title: 'Mentor for B', description: '  ', endDate: '2026-12-31', responsibleAgencyId: '', reducesFactorIds: [] };
    expect(changes('int_1', 4, before, after)).toEqual({
      id: 'int_1', version: 4, title: 'Mentor for B', endDate: '2026-12-31', responsibleAgencyId: null, reducesFactorIds: [],
    });
  });

  it('clears a date or the cost when emptied, and treats a reordered list as unchanged', () => {
    const before = formFrom(mentor);
    const after = { ...before, nextFollowUp: '', costAmount: '', strengthensFactorIds: ['fac_r', 'fac_p'] };
    expect(changes('int_1', 4, before, after)).toEqual({ id: 'int_1', version: 4, nextFollowUp: null, cost: null });
  });

  it('sends a changed cost whole, the currency upper-cased and a decimal comma read as a point', () => {
    const before = formFrom(mentor);
    expect(changes('int_1', 4, before, { ...before, costAmount: '4100,50', costCurrency: 'sek' }).cost).toEqual({ amount: 4100.5, unit: 'PER_WEEK', currency: 'SEK' });
    expect(costProblem({ ...before, costAmount: 'lots' })).toBe('badAmount');
    expect(costProblem({ ...before, costAmount: '' })).toBeNull();
    expect(costProblem({ ...before, costAmount: '-5' })).toBeNull(); // a number: the server judges it
  });

  it('offers what the intervention has first, including what the choices no longer hold', () => {
    const items = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }];
    expect(withChosen(items, [{ id: 'c', name: 'C' }, { id: 'x', name: 'Retired X' }]).map((i) => i.id)).toEqual(['c', 'x', 'a', 'b']);
  });
});

describe('the follow-up form', () => {
  it('offers each target person with each factor the intervention works on, once', () => {
    const rows = defaultObservations(mentor);
    expect(rows.map((r) => `${r.personName}/${r.factorName}`)).toEqual(['Bilal/Both ways', 'Bilal/Trusted adult', 'Kevin/Both ways', 'Kevin/Trusted adult']);
    expect(rows.every((r) => r.level === '')).toBe(true);
  });

  it('sends only rows given a level, a repeated person and factor once (the last), with its row', () => {
    const rows = defaultObservations(mentor);
    rows[1]!.level = '2';
    rows[3]!.level = '0';
    rows.push({ personId: 'per_b', personName: 'Bilal', factorId: 'fac_p', factorName: 'Trusted adult', level: '3' });
    rows.push({ personId: '', personName: '', factorId: 'fac_p', factorName: '', level: '1' });
    expect(observationInputs(rows)).toEqual([
      { personId: 'per_k', factorId: 'fac_p', level: 0, row: 3 },
      { personId: 'per_b', factorId: 'fac_p', level: 3, row: 4 },
    ]);
  });

  it('counts days in UTC, as the server does', () => {
    expect(utcToday(new Date('2026-11-23T23:30:00-05:00'))).toBe('2026-11-24');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('the detail view', () => {
  it('lists follow-ups latest first, the same day by when they were recorded', () => {
    const list = [
      { id: 'a', date: '2026-11-01', createdAt: '2026-11-01T10:00:00Z' },
      { id: 'b', date: '2026-11-15', createdAt: '2026-11-15T09:00:00Z' },
      { id: 'c', date: '2026-11-15', createdAt: '2026-11-15T12:00:00Z' },
      { id: 'd', date: '2026-11-08', createdAt: '2026-11-20T12:00:00Z' },
    ];
    expect(latestFirst(list).map((f) => f.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('writes an amount in the currency of the cost', () => {
    // Intl puts a no-break space between code and number.
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(formatAmount(9600, 'DKK', 'en'))).toBe('DKK 9,600');
    expect(plain(formatAmount(12.5, 'SEK', 'en'))).toBe('SEK 12.50');
    expect(formatAmount(5, 'XX', 'en')).toBe('5 XX');
  });
});

describe('the route', () => {
  it('has the list and one intervention, and the app router knows both', () => {
    expect(interventionsPath('brd_1')).toBe('/boards/brd_1/interventions');
    expect(interventionsPath('brd_1', 'int 2')).toBe('/boards/brd_1/interventions/int%202');
    expect(parseInterventionsPath('/boards/brd_1/interventions/int%202')).toEqual({ id: 'brd_1', interventionId: 'int 2' });
    expect(parseRoute('/boards/brd_1/interventions/')).toEqual({ name: 'interventions', id: 'brd_1', interventionId: null });
    expect(parseRoute('/factors')).toEqual({ name: 'factors' });
    expect(parseRoute('/boards/brd_1')).toEqual({ name: 'board', id: 'brd_1' });
  });
});
