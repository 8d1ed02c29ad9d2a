// The planning and managers' namespaces against the rules the main catalogue follows: the same
// keys and placeholders in sv, da and en, really translated, and every key the code asks for there.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as planning from './strings.js';
import * as managers from '../managers/strings.js';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const here = dirname(fileURLToPath(import.meta.url));
const cases = [
  { name: 'planning', mod: planning, dir: here, fn: 'tp' },
  { name: 'managers', mod: managers, dir: join(here, '..', 'managers'), fn: 'tm' },
];

describe.each(cases)('the $name namespace', ({ mod, dir, fn }) => {
  const en = flatten(mod.en as Tree);
  const others = { sv: flatten(mod.sv as Tree), da: flatten(mod.da as Tree) };

  it('has the same keys and placeholders in sv, da and en, none empty, most translated', () => {
    for (const [lang, cat] of Object.entries(others)) {
      expect([...cat.keys()].sort(), lang).toEqual([...en.keys()].sort());
      let same = 0;
      for (const [key, text] of en) {
        expect(cat.get(key)!.trim(), `${lang}:${key}`).not.toBe('');
        expect(placeholders(cat.get(key)!), `${lang}:${key}`).toEqual(placeholders(text));
        if (cat.get(key) === text) same++;
      }
      expect(same / en.size, lang).toBeLessThan(0.2);
    }
  });

  it('has every literal key the code asks for', () => {
    const missing: string[] = [];
    for (const f of readdirSync(dir).filter((e) => /\.tsx?$/.test(e) && !e.endsWith('.test.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(new RegExp(`\\b${fn}\\(\\s*'([a-zA-Z0-9_.]+)'`, 'g'))) if (!en.has(m[1]!)) missing.push(`${f}: ${m[1]}`);
      // Keys built from an enum: every value must be there.
      for (const m of text.matchAll(new RegExp(`\\b${fn}\\(\\s*\`([a-zA-Z]+)\\.\\$\\{`, 'g'))) if (![...en.keys()].some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${f}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });
});
