import { describe, expect, it } from 'vitest';
import { da } from './da.js';
import { en } from './en.js';
import { sv } from './sv.js';
import { pickLang, t } from './index.js';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('server messages', () => {
  it('have the same keys in Swedish, Danish and English, none empty or left in English', () => {
    expect(keys(sv).sort()).toEqual(keys(en).sort());
    expect(keys(da).sort()).toEqual(keys(en).sort());
    for (const k of keys(en)) {
      expect(t('sv', k)).not.toBe('');
      expect(t('da', k)).not.toBe('');
      if (!/^validation\.(invalid|badWeek)$/.test(k)) {
        expect(t('sv', k), k).not.toBe(t('en', k));
        expect(t('da', k), k).not.toBe(t('en', k));
      }
    }
  });

  it('interpolates parameters', () => {
    expect(t('en', 'validation.tooLong', { max: 60 })).toBe('Must be at most 60 characters.');
    expect(t('sv', 'validation.tooLong', { max: 60 })).toBe('Får vara högst 60 tecken.');
  });

  it('picks the language from an explicit choice, then Accept-Language by weight', () => {
    expect(pickLang('da', 'sv-SE')).toBe('da');
    expect(pickLang('xx', 'sv-SE,sv;q=0.9,en;q=0.8')).toBe('sv');
    expect(pickLang(undefined, 'en;q=0.5, da-DK;q=0.9')).toBe('da');
    expect(pickLang(undefined, 'de-DE, nb;q=0.9')).toBe('en');
    expect(pickLang(undefined, undefined)).toBe('en');
  });
});
