// The 'factors' namespace against the rules the main catalogue follows (i18n/catalogue-check.ts).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectTranslated, flatten, missingKeys, sourcesIn, type Tree } from '../../i18n/catalogue-check.js';
import { DOMAINS, KINDS, LEVELS } from './model.js';
import { da, en, sv } from './strings.js';

const ref = flatten(en as unknown as Tree);

describe('the factors namespace', () => {
  it('has the same keys and placeholders in sv, da and en, none empty, most translated', () => {
    expectTranslated(ref, { sv: flatten(sv as unknown as Tree), da: flatten(da as unknown as Tree) });
  });

  it('has every key the code asks for, and every value it builds keys from', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    expect(missingKeys(dir, sourcesIn(dir), 'tf', ref, true)).toEqual([]);
    for (const k of KINDS) expect(ref.has(`kinds.${k}`) && ref.has(`kindShort.${k}`)).toBe(true);
    for (const d of DOMAINS) expect(ref.has(`domains.${d}`)).toBe(true);
    for (const l of LEVELS) expect(ref.has(`levels.${l}`)).toBe(true);
    for (const c of ['up', 'down', 'same', 'first']) expect(ref.has(`change.${c}`)).toBe(true);
  });
});
