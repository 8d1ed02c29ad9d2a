// The 'legal' namespace against the rules the main catalogue follows: the same keys and
// placeholders in sv, da and en, really translated, and every key the code asks for there.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { da, en, sv } from './legalStrings.js';

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

describe('the legal namespace', () => {
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

  it('has every key the code asks for, and every value of the enums it labels', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const missing: string[] = [];
    for (const f of readdirSync(dir).filter((e) => /\.tsx?$/.test(e) && !e.endsWith('.test.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/\btl\(\s*'([a-zA-Z0-9_.]+)'/g)) if (!ref.has(m[1]!)) missing.push(`${f}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
    for (const s of ['TIES', 'FACTORS', 'INFORMATION']) expect(ref.has(`scope.${s}`)).toBe(true);
    for (const k of ['AGENCY_NOTE', 'POLICE_115', 'CONSENT_GATED', 'STATUTE']) expect(ref.has(`kind.${k}`)).toBe(true);
  });
});
