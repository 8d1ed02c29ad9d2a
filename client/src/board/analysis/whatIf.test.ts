// A board drawn on paper: two triangles joined at c–d (a "kite" with a bridge), a separate pair
// g–h and i alone.
//
//   a ─ b          g ─ h     i
//    \ /
//     c ── d
//         / \
//        e ─ f
import { describe, expect, it } from 'vitest';
import { componentsOf, whatIfMarks, type TieEnds } from './whatIf.js';

const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
const t = (s: string, x: string, id = `${s}${x}`): TieEnds => ({ id, sourceId: s, targetId: x });
const ties = [t('a', 'b'), t('b', 'c'), t('c', 'a'), t('c', 'd'), t('d', 'e'), t('e', 'f'), t('f', 'd'), t('g', 'h')];
const none = { removePeople: [], removeTies: [], addTies: [] };

describe('componentsOf', () => {
  it('numbers the parts in board order', () => {
    const parts = componentsOf(people, ties);
    expect(people.map((p) => parts.get(p))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 2]);
  });
});

describe('whatIfMarks', () => {
  it('changes nothing when nothing is removed', () => {
    const m = whatIfMarks(people, ties, none);
    expect(m).toMatchObject({ isolated: [], splitOff: [], componentsBefore: 3, componentsAfter: 3 });
    expect(m.removedTies.size).toBe(0);
  });

  it('taking out c cuts a–b off from the larger triangle d, e, f', () => {
    const m = whatIfMarks(people, ties, { ...none, removePeople: ['c'] });
    expect([...m.removed]).toEqual(['c']);
    expect([...m.removedTies].sort()).toEqual(['bc', 'ca', 'cd']);
    expect(m.isolated).toEqual([]);
    expect(m.splitOff).toEqual(['a', 'b']);
    expect([m.componentsBefore, m.componentsAfter]).toEqual([3, 4]);
  });

  it('taking out d cuts e–f off instead', () => {
    expect(whatIfMarks(people, ties, { ...none, removePeople: ['d'] }).splitOff).toEqual(['e', 'f']);
  });

  it('with two equal pieces left, the one met first on the board counts as the rest', () => {
    const m = whatIfMarks(people, ties, { ...none, removePeople: ['c', 'f'] });
    expect(m.splitOff).toEqual(['d', 'e']);
    expect([m.componentsBefore, m.componentsAfter]).toEqual([3, 4]);
  });

  it('taking out g leaves h with no tie: isolated, not split off', () => {
    const m = whatIfMarks(people, ties, { ...none, removePeople: ['g'] });
    expect(m.isolated).toEqual(['h']);
    expect(m.splitOff).toEqual([]);
    // i was alone before and is not "newly" isolated.
    expect(m.isolated).not.toContain('i');
    expect([m.componentsBefore, m.componentsAfter]).toEqual([3, 3]);
  });

  it('cutting the bridge tie c–d splits the kite in two', () => {
    const m = whatIfMarks(people, ties, { ...none, removeTies: ['cd'] });
    expect([...m.removedTies]).toEqual(['cd']);
    expect(m.splitOff).toEqual(['d', 'e', 'f']);
    expect(m.componentsAfter).toBe(4);
  });

  it('a pair recorded twice stays tied when one of its ties is cut', () => {
    const m = whatIfMarks(people, [...ties, t('a', 'b', 'ab2')], { ...none, removePeople: ['c'], removeTies: ['ab'] });
    expect(m.isolated).toEqual([]);
    expect(m.splitOff).toEqual(['a', 'b']);
  });

  it('a planned tie joins i to a; one to a removed person counts for nothing', () => {
    const m = whatIfMarks(people, ties, {
      removePeople: ['c'],
      removeTies: [],
      addTies: [{ sourceId: 'i', targetId: 'a' }, { sourceId: 'c', targetId: 'h' }],
    });
    // Parts after: {a, b, i}, {d, e, f}, {g, h}.
    expect(m.componentsAfter).toBe(3);
    expect(m.splitOff).toEqual(['a', 'b']);
    expect(m.isolated).toEqual([]);
  });

  it('taking out everyone tied to someone leaves them isolated, in board order', () => {
    const m = whatIfMarks(people, ties, { ...none, removePeople: ['b', 'c', 'e', 'f', 'g'] });
    expect(m.isolated).toEqual(['a', 'd', 'h']);
    expect(m.splitOff).toEqual([]);
    expect(m.componentsAfter).toBe(4);
  });
});
