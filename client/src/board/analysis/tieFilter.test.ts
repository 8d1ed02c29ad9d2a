import { describe, expect, it } from 'vitest';
import { analysisFilter, agencyFilterIgnored, countedTies } from './tieFilter.js';
import { noFilters } from '../filters.js';
import type { Tie } from '../model.js';

const tie = (id: string, s: string, t: string, over: Partial<Tie> = {}): Tie => ({
  id, sourceId: s, targetId: t, type: 'FRIEND', strength: 3, valence: 'AMBIVALENT', directed: false, confidence: 'HIGH',
  legalBasis: 'CONSENT', validFrom: '2026-01-01', validTo: null, note: null, version: 1, sourceAgency: null, exportable: true, ...over,
});

describe('analysisFilter', () => {
  it('sends nothing when the board shows every tie today (the server’s defaults)', () => {
    expect(analysisFilter(noFilters, null)).toBeNull();
  });

  it('turns hidden types and valences into the ones kept, plus strength and the day', () => {
    const f = { ...noFilters, hiddenTypes: ['FRIEND' as const, 'OTHER' as const], hiddenValences: ['HARMFUL' as const], minStrength: 3 };
    expect(analysisFilter(f, '2026-02-01')).toEqual({
      types: ['FAMILY', 'PARTNER', 'CLASSMATE', 'CONFLICT', 'CO_OFFENDING', 'LOOKS_UP_TO', 'RECRUITS', 'PROTECTIVE_ADULT'],
      minStrength: 3,
      valences: ['SUPPORTIVE', 'AMBIVALENT'],
      asOf: '2026-02-01',
    });
  });

  it('says when the agency filter is on (the analysis cannot follow it)', () => {
    expect(agencyFilterIgnored(noFilters)).toBe(false);
    expect(agencyFilterIgnored({ ...noFilters, hiddenAgencies: ['ag_1'] })).toBe(true);
  });
});

describe('countedTies', () => {
  const ties = [
    tie('t1', 'a', 'b'),
    tie('t2', 'a', 'c', { strength: 1 }),
    tie('t3', 'b', 'c', { type: 'CONFLICT', valence: 'HARMFUL' }),
    tie('t4', 'c', 'c'),
    tie('t5', 'c', 'd', { sourceAgency: { id: 'ag_1', name: 'Police', kind: 'POLICE' } }),
  ];

  it('drops self-ties and applies type, strength and valence, not agency', () => {
    expect(countedTies(ties, noFilters).map((t) => t.id)).toEqual(['t1', 't2', 't3', 't5']);
    expect(countedTies(ties, { ...noFilters, minStrength: 2, hiddenValences: ['HARMFUL'], hiddenAgencies: ['ag_1'] }).map((t) => t.id)).toEqual(['t1', 't5']);
    expect(countedTies(ties, { ...noFilters, hiddenTypes: ['FRIEND'] }).map((t) => t.id)).toEqual(['t3']);
  });
});
