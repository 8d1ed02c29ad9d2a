import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { sv } from './sv.js';
import { da } from './da.js';
import { pickLanguage } from './index.js';
import { flatten, placeholders } from './catalogue-check.js';

const catalogues = { en: flatten(en), sv: flatten(sv), da: flatten(da) };

describe('catalogues', () => {
  it('sv and da have exactly the keys en has', () => {
    const keys = [...catalogues.en.keys()].sort();
    expect([...catalogues.sv.keys()].sort()).toEqual(keys);
    expect([...catalogues.da.keys()].sort()).toEqual(keys);
  });

  it('every translation uses the same placeholders and none is empty', () => {
    for (const [key, text] of catalogues.en) {
      for (const lang of ['sv', 'da'] as const) {
        const other = catalogues[lang].get(key)!;
        expect(other.trim(), `${lang}:${key}`).not.toBe('');
        expect(placeholders(other), `${lang}:${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('is really translated: most strings differ from English', () => {
    for (const lang of ['sv', 'da'] as const) {
      let same = 0;
      for (const [key, text] of catalogues.en) if (catalogues[lang].get(key) === text) same++;
      expect(same / catalogues.en.size, lang).toBeLessThan(0.2);
    }
  });

  it('every literal key the code asks for exists', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir)) {
        const p = join(dir, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e) && !e.endsWith('.test.ts') && !p.includes('generated')) files.push(p);
      }
    };
    walk(root);
    const missing: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        const key = m[1]!;
        if (!catalogues.en.has(key) && !catalogues.en.has(`${key}_one`)) missing.push(`${f}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('pickLanguage', () => {
  it('maps browser languages to ours, Norwegian to Danish, others to English', () => {
    expect(pickLanguage(['sv-SE', 'en'])).toBe('sv');
    expect(pickLanguage(['da'])).toBe('da');
    expect(pickLanguage(['nb-NO'])).toBe('da');
    expect(pickLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(pickLanguage(['fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
