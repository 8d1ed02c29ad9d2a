import { describe, expect, it } from 'vitest';
import { groupKey, normaliseCode } from './code.js';

describe('normaliseCode', () => {
  it('takes six digits, with the spaces apps show', () => {
    expect(normaliseCode('123456')).toBe('123456');
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('012345')).toBe('012345');
  });

  it('refuses anything else', () => {
    for (const bad of ['', '12345', '1234567', '12a456', '１２３４５６', '123-456']) expect(normaliseCode(bad), bad).toBeNull();
  });
});

describe('groupKey', () => {
  it('splits a key into groups of four, without a trailing space', () => {
    expect(groupKey('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupKey('ABCDEF')).toBe('ABCD EF');
    expect(groupKey('ABCD')).toBe('ABCD');
  });
});
