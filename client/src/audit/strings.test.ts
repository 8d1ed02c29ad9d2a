// The auditor's namespace against the rules the main catalogue follows: the same keys and
// placeholders in sv, da and en, really translated, and every key the code asks for there.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as audit from './strings.js';

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
const dir = dirname(fileURLToPath(import.meta.url));

describe('the audit namespace', () => {
  const en = flatten(audit.en as Tree);

  it('has the same keys and placeholders in sv, da and en, none empty, most translated', () => {
    for (const [lang, tree] of Object.entries({ sv: audit.sv, da: audit.da })) {
      const cat = flatten(tree as Tree);
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

  it('has every literal key the code asks for, and every action', () => {
    const missing: string[] = [];
    // The person panel's retention section speaks from this namespace too.
    const files = [...readdirSync(dir).filter((e) => /\.tsx?$/.test(e) && !e.endsWith('.test.ts')), '../panels/PersonRetention.tsx'];
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/\bta\(\s*'([a-zA-Z0-9_.]+)'/g)) if (!en.has(m[1]!)) missing.push(`${f}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
    const actions = ['READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'READ_AUDIT', 'EXPORT_AUDIT'];
    expect(Object.keys(audit.en.actions).sort()).toEqual([...actions].sort());
  });
});
