// The analysis namespace against the rules the main catalogue follows (i18n/catalogue-check.ts).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectTranslated, flatten, missingKeys, sourcesIn, type Tree } from '../../i18n/catalogue-check.js';
import { da, en, sv } from './strings.js';

const ref = flatten(en as unknown as Tree);

describe('the analysis namespace', () => {
  it('has the same keys and placeholders in sv, da and en, none empty, most translated', () => {
    expectTranslated(ref, { sv: flatten(sv as unknown as Tree), da: flatten(da as unknown as Tree) });
  });

  it('has every key the code asks for', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    expect(missingKeys(dir, sourcesIn(dir), 'ta', ref, true)).toEqual([]);
  });
});
