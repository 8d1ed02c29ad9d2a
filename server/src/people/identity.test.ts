import { describe, expect, it } from 'vitest';
import { initialsOf, pseudonymOf } from './identity.js';

describe('initialsOf', () => {
  it('regression: a note in brackets is not part of the name ("Hamid (boksetræner)" gave "H.(.")', () => {
    expect(initialsOf('Hamid (boksetræner)')).toBe('H.');
    expect(initialsOf('Per (træner)')).toBe('P.');
    expect(initialsOf('Ali Hassan (storebror)')).toBe('A.H.');
    expect(initialsOf('(ukendt) Mikke')).toBe('M.');
    expect(initialsOf('Sami [SSP] Berg')).toBe('S.B.');
    expect(initialsOf('Jonas (kaldet "J"')).toBe('J.');
  });

  it('ignores punctuation, and gives Danish and Swedish letters as they are', () => {
    expect(initialsOf('Åsa Öberg')).toBe('Å.Ö.');
    expect(initialsOf('øjvind ærø')).toBe('Ø.Æ.');
    expect(initialsOf('Ärlig Åke')).toBe('Ä.Å.');
    expect(initialsOf('"Lille" Bo!')).toBe('L.B.');
    expect(initialsOf("O'Neill, Liam")).toBe('O.L.');
    expect(initialsOf('¡Émile?')).toBe('É.');
    // A decomposed Å (A + ring) is one letter.
    expect(initialsOf('A\u030asa')).toBe('Å.');
  });

  it('parts words at spaces, hyphens and dots, and uses at most two', () => {
    expect(initialsOf('Anna-Karin Lind')).toBe('A.K.');
    expect(initialsOf('B. Jensen')).toBe('B.J.');
    expect(initialsOf('  yusuf   ')).toBe('Y.');
    expect(initialsOf('Mohammed Ali Khan')).toBe('M.A.');
    expect(initialsOf('2Pac')).toBe('2.');
  });

  it('gives "?" when nothing of a name is left', () => {
    expect(initialsOf('(træner)')).toBe('?');
    expect(initialsOf(' - . ')).toBe('?');
  });
});

describe('pseudonymOf', () => {
  it('is stable and reveals nothing of the id', () => {
    expect(pseudonymOf('per_1')).toBe(pseudonymOf('per_1'));
    expect(pseudonymOf('per_1')).not.toBe(pseudonymOf('per_2'));
    expect(pseudonymOf('per_1')).toMatch(/^P-[0-9A-F]{6}$/);
  });
});
