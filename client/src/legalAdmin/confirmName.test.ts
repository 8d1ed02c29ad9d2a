import { describe, expect, it } from 'vitest';
import { confirmsName } from './confirmName.js';

describe('confirming an erasure by name', () => {
  it('accepts the name as shown or the initials, whatever the case, spacing and dots', () => {
    expect(confirmsName('Erik Lund', 'Erik Lund', 'E.L.')).toBe(true);
    expect(confirmsName('  erik   lund ', 'Erik Lund', 'E.L.')).toBe(true);
    expect(confirmsName('EL', 'Erik Lund', 'E.L.')).toBe(true);
    expect(confirmsName('e. l.', 'Erik Lund', 'E.L.')).toBe(true);
    expect(confirmsName('Åsa', 'åsa', 'Å.')).toBe(true);
  });

  it('refuses anything else, and an empty answer even when the initials are empty', () => {
    expect(confirmsName('', 'Erik Lund', 'E.L.')).toBe(false);
    expect(confirmsName('   ', 'Erik Lund', '')).toBe(false);
    expect(confirmsName('Erik', 'Erik Lund', 'E.L.')).toBe(false);
    expect(confirmsName('E', 'Erik Lund', 'E.L.')).toBe(false);
    expect(confirmsName('ELL', 'Erik Lund', 'E.L.')).toBe(false);
    expect(confirmsName('Erik Lunde', 'Erik Lund', 'E.L.')).toBe(false);
  });
});
