// The 'legalAdmin' namespace against the rules the main catalogue follows (i18n/catalogue-check.ts).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectTranslated, flatten, missingKeys, sourcesIn, type Tree } from '../i18n/catalogue-check.js';
import { da, en, sv } from './strings.js';

const ref = flatten(en as unknown as Tree);

describe('the legalAdmin namespace', () => {
  it('has the same keys and placeholders in sv, da and en, none empty, most translated', () => {
    expectTranslated(ref, { sv: flatten(sv as unknown as Tree), da: flatten(da as unknown as Tree) });
  });

  it('has every key the code asks for, and every value of the enums it labels', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    expect(missingKeys(dir, sourcesIn(dir), 'tl', ref, true)).toEqual([]);
    for (const s of ['TIES', 'FACTORS', 'INFORMATION']) expect(ref.has(`consent.scopeOption.${s}`)).toBe(true);
    for (const k of ['AGENCY_NOTE', 'POLICE_115', 'CONSENT_GATED', 'STATUTE']) expect(ref.has(`share.kindHelp.${k}`)).toBe(true);
    for (const r of ['SUBJECT_REQUEST', 'GUARDIAN_REQUEST', 'CONSENT_WITHDRAWN', 'NO_LONGER_NEEDED', 'ENTERED_IN_ERROR', 'UNLAWFUL']) {
      expect(ref.has(`erase.reasonOption.${r}`), r).toBe(true);
    }
  });
});
