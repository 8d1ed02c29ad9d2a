import { describe, expect, it } from 'vitest';
import { changeCount, changeSetFrom, peopleWithMembershipChanges } from './changes.js';
import type { BoardChangesQuery } from '../generated/graphql.js';

type Raw = NonNullable<BoardChangesQuery['board']>['changes'];
type RawTie = Raw['newTies'][number];
type RawMembership = Raw['newMemberships'][number];

const tie = (id: string, s: string, t: string, extra: Partial<RawTie> = {}): RawTie => ({
  id, source: { id: s }, target: { id: t }, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', directed: false, confidence: 'MEDIUM',
  legalBasis: 'CONSENT', validFrom: '2026-01-01', validTo: null, note: null, version: 1, sourceAgency: null, exportable: true, ...extra,
});
const mem = (id: string, p: string, g: string, extra: Partial<RawMembership> = {}): RawMembership => ({
  id, person: { id: p }, group: { id: g }, role: 'CORE', validFrom: '2026-01-01', validTo: null, version: 1, ...extra,
});
const empty: Raw = { since: '2026-11-01', newTies: [], endedTies: [], changedTies: [], newMemberships: [], endedMemberships: [], newGroupLinks: [], endedGroupLinks: [] };

describe('changeSetFrom', () => {
  it('keeps plain new, ended and changed ties', () => {
    const c = changeSetFrom({
      ...empty,
      newTies: [tie('n', 'a', 'b', { validFrom: '2026-11-05' })],
      endedTies: [tie('e', 'b', 'c', { validTo: '2026-11-06' })],
      changedTies: [{ tie: tie('c', 'a', 'c', { strength: 5 }), before: { type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false }, edits: 1, lastChangedAt: '2026-11-07T10:00:00Z' }],
    });
    expect(c.newTies.map((t) => t.id)).toEqual(['n']);
    expect(c.endedTies.map((t) => t.id)).toEqual(['e']);
    expect(c.changedTies[0]).toMatchObject({ tie: { id: 'c', strength: 5, sourceId: 'a' }, before: { strength: 2 } });
    expect(changeCount(c)).toBe(3);
  });

  it('folds an end and restart of the same tie on one day: nothing, or a change of values', () => {
    const same = changeSetFrom({
      ...empty,
      endedTies: [tie('old', 'a', 'b', { validTo: '2026-11-05' })],
      newTies: [tie('new', 'a', 'b', { validFrom: '2026-11-05' })],
    });
    expect(changeCount(same)).toBe(0);
    const stronger = changeSetFrom({
      ...empty,
      endedTies: [tie('old', 'a', 'b', { validTo: '2026-11-05', strength: 2 })],
      newTies: [tie('new', 'a', 'b', { validFrom: '2026-11-05', strength: 4 })],
    });
    expect(stronger.newTies).toEqual([]);
    expect(stronger.endedTies).toEqual([]);
    expect(stronger.changedTies).toMatchObject([{ tie: { id: 'new', strength: 4 }, before: { strength: 2 } }]);
  });

  it('does not fold ties between other people or of another type', () => {
    const c = changeSetFrom({
      ...empty,
      endedTies: [tie('old', 'a', 'b', { validTo: '2026-11-05' })],
      newTies: [tie('x', 'a', 'c', { validFrom: '2026-11-05' }), tie('y', 'a', 'b', { validFrom: '2026-11-05', type: 'CONFLICT' })],
    });
    expect(c.newTies.map((t) => t.id)).toEqual(['x', 'y']);
    expect(c.endedTies.map((t) => t.id)).toEqual(['old']);
  });

  it('reads an end and a start in the same group on one day as a role change', () => {
    const c = changeSetFrom({
      ...empty,
      endedMemberships: [mem('m1', 'olle', 'g', { role: 'PERIPHERAL', validTo: '2026-11-08' }), mem('m3', 'kev', 'g', { validTo: '2026-11-09' })],
      newMemberships: [mem('m2', 'olle', 'g', { role: 'CORE', validFrom: '2026-11-08' }), mem('m4', 'kev', 'h', { validFrom: '2026-11-09' })],
    });
    expect(c.memberships).toEqual([
      { kind: 'roleChanged', membership: expect.objectContaining({ id: 'm2', role: 'CORE' }), previousRole: 'PERIPHERAL' },
      { kind: 'joined', membership: expect.objectContaining({ id: 'm4', groupId: 'h' }) },
      { kind: 'left', membership: expect.objectContaining({ id: 'm3' }) },
    ]);
    expect([...peopleWithMembershipChanges(c)].sort()).toEqual(['kev', 'olle']);
  });
});
