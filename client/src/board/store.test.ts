import { describe, expect, it } from 'vitest';
import { BoardStore } from './store.js';
import type { BoardData, Tie } from './model.js';

const base: BoardData = {
  id: 'b', title: 'T', description: null,
  people: [{ id: 'a', kind: 'YOUNG_PERSON', alias: 'A', initials: 'A.', pseudonym: 'P-A', toneSetter: false, version: 1 }, { id: 'c', kind: 'YOUNG_PERSON', alias: 'C', initials: 'C.', pseudonym: 'P-C', toneSetter: false, version: 1 }],
  groups: [], ties: [], memberships: [{ id: 'm', personId: 'a', groupId: 'g', role: 'CORE', validFrom: '2026-01-01', validTo: null, version: 1 }], groupLinks: [], positions: {},
};
const tie: Tie = {
  id: 't', sourceId: 'a', targetId: 'c', type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false, confidence: 'MEDIUM',
  legalBasis: 'CONSENT', validFrom: '2026-01-01', validTo: null, note: null, version: 1, sourceAgency: null, exportable: true,
};

describe('BoardStore', () => {
  it('adds, replaces and (when ended) drops a tie, notifying each time', () => {
    const s = new BoardStore();
    s.set(base);
    let n = 0;
    s.subscribe(() => n++);
    s.upsertTie(tie, '2026-06-01');
    expect(s.get()!.ties).toEqual([tie]);
    s.upsertTie({ ...tie, strength: 4, version: 2 }, '2026-06-01');
    expect(s.get()!.ties.map((t) => t.strength)).toEqual([4]);
    s.upsertTie({ ...tie, validTo: '2026-06-01', version: 3 }, '2026-06-01');
    expect(s.get()!.ties).toEqual([]);
    expect(n).toBe(3);
  });

  it('removing a person takes their ties and memberships off the board', () => {
    const s = new BoardStore();
    s.set({ ...base, ties: [tie] });
    s.removePerson('a');
    expect(s.get()!.people.map((p) => p.id)).toEqual(['c']);
    expect(s.get()!.ties).toEqual([]);
    expect(s.get()!.memberships).toEqual([]);
  });

  it('merges positions without losing others', () => {
    const s = new BoardStore();
    s.set({ ...base, positions: { a: { x: 1, y: 2 } } });
    s.setPositions({ c: { x: 3, y: 4 } });
    expect(s.get()!.positions).toEqual({ a: { x: 1, y: 2 }, c: { x: 3, y: 4 } });
  });
});
