// The auditor's namespace against the rules the main catalogue follows (i18n/catalogue-check.ts).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectTranslated, flatten, missingKeys, sourcesIn, type Tree } from '../i18n/catalogue-check.js';
import * as audit from './strings.js';

const dir = dirname(fileURLToPath(import.meta.url));

describe('the audit namespace', () => {
  const en = flatten(audit.en as Tree);

  it('has the same keys and placeholders in sv, da and en, none empty, most translated', () => {
    expectTranslated(en, { sv: flatten(audit.sv as Tree), da: flatten(audit.da as Tree) });
  });

  it('has every literal key the code asks for, and every action', () => {
    // The person panel's retention section speaks from this namespace too.
    expect(missingKeys(dir, [...sourcesIn(dir), '../panels/PersonRetention.tsx'], 'ta', en)).toEqual([]);
    const actions = ['READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'READ_AUDIT', 'EXPORT_AUDIT'];
    expect(Object.keys(audit.en.actions).sort()).toEqual([...actions].sort());
  });
});
