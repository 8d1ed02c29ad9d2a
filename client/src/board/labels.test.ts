import { describe, expect, it } from 'vitest';
import { labelsFor } from './labels.js';
import type { Person } from './model.js';

const p = (id: string, alias: string, initials: string): Person => ({ id, alias, initials, pseudonym: `P-${id.toUpperCase()}`, kind: 'YOUNG_PERSON', toneSetter: false, version: 1 });
const people = [p('b2', 'Bilal', 'B.'), p('a1', 'Ahmad', 'A.'), p('b1', 'Benji', 'B.')];

describe('labels', () => {
  it('shows aliases outside meeting mode', () => {
    expect(labelsFor(people, 'alias').get('b2')).toBe('Bilal');
  });

  it('shows pseudonyms and never an alias in pseudonym mode', () => {
    const l = labelsFor(people, 'pseudonym');
    expect([...l.values()]).toEqual(['P-B2', 'P-A1', 'P-B1']);
  });

  it('numbers clashing initials in a stable order and leaves unique ones alone', () => {
    const l = labelsFor(people, 'initials');
    expect(l.get('a1')).toBe('A.');
    expect(l.get('b1')).toBe('B.1');
    expect(l.get('b2')).toBe('B.2');
    // Same answer whatever order the people come in.
    expect(labelsFor([...people].reverse(), 'initials')).toEqual(l);
    for (const v of l.values()) expect(v).not.toMatch(/Bilal|Benji|Ahmad/);
  });

  it('cleans initials made from a working name with a note, then numbers the clash', () => {
    const l = labelsFor([p('x', 'Per (træner)', 'P.(.'), p('y', 'Patrick', 'P.')], 'initials');
    expect([l.get('x'), l.get('y')]).toEqual(['P.1', 'P.2']);
  });
});
