// The interventions and factor-catalogue namespaces against the rules the main catalogue follows
// (i18n/catalogue-check.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectTranslated, flatten, missingKeys, sourcesIn, type Tree } from '../i18n/catalogue-check.js';
import * as interventions from './strings.js';
import * as factorsAdmin from '../factors-admin/strings.js';
import * as factorsNav from '../factors-admin/navStrings.js';

const here = dirname(fileURLToPath(import.meta.url));
const admin = join(here, '..', 'factors-admin');
const cases = [
  { name: 'interventions', mod: interventions, dir: here, fn: 'ti' },
  { name: 'factorsAdmin', mod: factorsAdmin, dir: admin, fn: 'tf' },
  { name: 'factorsNav', mod: factorsNav, dir: admin, fn: 'tn' },
];

describe.each(cases)('the $name namespace', ({ mod, dir, fn }) => {
  const en = flatten(mod.en as Tree);

  it('has the same keys and placeholders in sv, da and en, none empty, most translated', () => {
    expectTranslated(en, { sv: flatten(mod.sv as Tree), da: flatten(mod.da as Tree) });
  });

  it('has every literal key the code asks for', () => {
    expect(missingKeys(dir, sourcesIn(dir), fn, en, true)).toEqual([]);
  });
});
