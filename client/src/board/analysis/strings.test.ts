// The analysis namespace against the rules the main catalogue follows: the same keys and
// placeholders in sv, da and en, really translated, and every key the code asks for there.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { da, en, sv } from './strings.js';

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
const ref = flatten(en as unknown as Tree);

describe('the analysis namespace', () => {
  it('has the same keys and placeholders in sv, da and en, none empty, most translated', () => {
    for (const [lang, cat] of Object.entries({ sv: flatten(sv as unknown as Tree), da: flatten(da as unknown as Tree) })) {
      expect([...cat.keys()].sort(), lang).toEqual([...ref.keys()].sort());
      let same = 0;
      for (const [key, text] of ref) {
        expect(cat.get(key)!.trim(), `${lang}:${key}`).not.toBe('');
        expect(placeholders(cat.get(key)!), `${lang}:${key}`).toEqual(placeholders(text));
        if (cat.get(key) === text) same++;
      }
      expect(same / ref.size, lang).toBeLessThan(0.2);
    }
  });

  it('has every key the code asks for', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const missing: string[] = [];
    for (const f of readdirSync(dir).filter((e) => /\.tsx?$/.test(e) && !e.endsWith('.test.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/\bta\(\s*'([a-zA-Z0-9_.]+)'/g)) if (!ref.has(m[1]!)) missing.push(`${f}: ${m[1]}`);
      // Keys built from a value (`metric.${m}`): the prefix must have entries.
      for (const m of text.matchAll(/\bta\(\s*`([a-zA-Z.]+)\.\$\{/g)) if (![...ref.keys()].some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${f}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });
});
