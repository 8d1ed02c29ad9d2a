import { describe, expect, it } from 'vitest';
import { computeView, isFiltering, neighbourhood, noFilters, tiePasses, agenciesOn, NO_AGENCY } from './filters.js';
import type { BoardData, Tie } from './model.js';

const tie = (id: string, s: string, t: string, extra: Partial<Tie> = {}): Tie => ({
  id, sourceId: s, targetId: t, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', directed: false, confidence: 'MEDIUM',
  legalBasis: 'CONSENT', validFrom: '2026-01-01', validTo: null, note: null, version: 1, sourceAgency: null, exportable: true, ...extra,
});

const person = (id: string) => ({ id, kind: 'YOUNG_PERSON' as const, alias: id, initials: id[0]!, pseudonym: `P-${id}`, toneSetter: false, version: 1 });

// a - b - c - d, and e alone; c is also in group g.
const board: BoardData = {
  id: 'b', title: 'T', description: null,
  people: ['a', 'b', 'c', 'd', 'e'].map(person),
  groups: [{ id: 'g', name: 'G', description: null, version: 1 }, { id: 'h', name: 'H', description: null, version: 1 }],
  ties: [
    tie('ab', 'a', 'b', { type: 'CONFLICT', valence: 'HARMFUL', strength: 5, sourceAgency: { id: 'pol', name: 'Police', kind: 'POLICE' } }),
    tie('bc', 'b', 'c', { strength: 1 }),
    tie('cd', 'd', 'c'),
  ],
  memberships: [{ id: 'm', personId: 'c', groupId: 'g', role: 'CORE', validFrom: '2026-01-01', validTo: null, version: 1 }],
  groupLinks: [],
  positions: {},
};

describe('filters', () => {
  it('passes every tie with no filter, and says it is not filtering', () => {
    expect(board.ties.every((t) => tiePasses(t, noFilters))).toBe(true);
    expect(isFiltering(noFilters)).toBe(false);
  });

  it('filters by type, valence, minimum strength and source agency', () => {
    const ids = (f: Partial<typeof noFilters>) => board.ties.filter((t) => tiePasses(t, { ...noFilters, ...f })).map((t) => t.id);
    expect(ids({ hiddenTypes: ['CONFLICT'] })).toEqual(['bc', 'cd']);
    expect(ids({ hiddenValences: ['SUPPORTIVE'] })).toEqual(['ab']);
    expect(ids({ minStrength: 3 })).toEqual(['ab', 'cd']);
    expect(ids({ hiddenAgencies: [NO_AGENCY] })).toEqual(['ab']);
    expect(ids({ hiddenAgencies: ['pol'] })).toEqual(['bc', 'cd']);
    expect(isFiltering({ ...noFilters, minStrength: 2 })).toBe(true);
  });

  it('finds the 1- and 2-step neighbourhood, ignoring direction', () => {
    expect([...neighbourhood('b', board.ties, 1)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood('a', board.ties, 2)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood('d', board.ties, 2)].sort()).toEqual(['b', 'c', 'd']);
    expect([...neighbourhood('e', board.ties, 2)]).toEqual(['e']);
  });

  it('focus keeps the neighbourhood over the ties that pass the filters, and their groups', () => {
    const v = computeView(board, noFilters, { personId: 'a', depth: 2 });
    expect(v.focused).toBe(true);
    expect([...v.people].sort()).toEqual(['a', 'b', 'c']);
    expect(v.ties.map((t) => t.id)).toEqual(['ab', 'bc']);
    expect([...v.groups]).toEqual(['g']);
    // With weak ties hidden, c is out of a's reach.
    const w = computeView(board, { ...noFilters, minStrength: 2 }, { personId: 'a', depth: 2 });
    expect([...w.people].sort()).toEqual(['a', 'b']);
    expect([...w.groups]).toEqual([]);
  });

  it('ignores a focus on someone not on the board', () => {
    const v = computeView(board, noFilters, { personId: 'zz', depth: 1 });
    expect(v.focused).toBe(false);
    expect(v.people.size).toBe(5);
  });

  it('lists source agencies on the board, with "none" last', () => {
    expect(agenciesOn(board)).toEqual([{ id: 'pol', name: 'Police' }, { id: NO_AGENCY, name: '' }]);
  });
});
