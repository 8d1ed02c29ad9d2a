import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultStatutes, parseStatutes, statuteLabel } from './statutes.js';
import { loadConfig } from '../config.js';

const one = { code: 'SE-SOL-12-10', label: { sv: 'Socialtjänstlagen 12 kap. 10 §', da: 'Socialtjenesteloven', en: 'Social Services Act' } };

describe('LEGAL_STATUTES', () => {
  it('is the list as JSON, or the path of a JSON file holding it', () => {
    expect(parseStatutes(JSON.stringify([one]))).toEqual([one]);
    const file = join(mkdtempSync(join(tmpdir(), 'tavla-statutes-')), 'statutes.json');
    writeFileSync(file, JSON.stringify([one, { ...one, code: 'DK-X' }]));
    expect(parseStatutes(file).map((s) => s.code)).toEqual(['SE-SOL-12-10', 'DK-X']);
  });

  it('refuses a bad list, naming what is wrong but not repeating the file', () => {
    expect(() => parseStatutes('[{')).toThrow('is not valid JSON');
    expect(() => parseStatutes('/nowhere/statutes.json')).toThrow(/cannot read a JSON list from \/nowhere\/statutes.json \(ENOENT\)/);
    expect(() => parseStatutes(JSON.stringify([{ ...one, code: 'lower case' }]))).toThrow(/0.code/);
    expect(() => parseStatutes(JSON.stringify([{ ...one, label: { sv: 'x', en: 'y' } }]))).toThrow(/0.label.da/);
    expect(() => parseStatutes(JSON.stringify([one, one]))).toThrow(/duplicate code SE-SOL-12-10/);
  });

  it('defaults to the built-in list, and a bad value stops the start', () => {
    expect(loadConfig({}).LEGAL_STATUTES).toEqual(defaultStatutes);
    expect(loadConfig({ LEGAL_STATUTES: JSON.stringify([one]) }).LEGAL_STATUTES).toEqual([one]);
    expect(() => loadConfig({ LEGAL_STATUTES: '[]x' })).toThrow(/LEGAL_STATUTES/);
  });

  it('labels a code in the reader’s language, and an unconfigured one by its code', () => {
    expect(statuteLabel([one], 'SE-SOL-12-10', 'sv')).toBe('Socialtjänstlagen 12 kap. 10 §');
    expect(statuteLabel([one], 'GONE-1', 'da')).toBe('GONE-1');
    for (const s of defaultStatutes) for (const lang of ['sv', 'da', 'en'] as const) expect(s.label[lang].length).toBeGreaterThan(3);
  });
});
