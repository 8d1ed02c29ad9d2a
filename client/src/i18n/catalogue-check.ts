// The rules every string catalogue follows, for the catalogue tests (the main one and each
// feature's namespace): sv and da have exactly en's keys, none empty, the same placeholders, and
// are really translated; every key the code asks for exists. Test-only: no app code imports it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export type Tree = { [k: string]: string | Tree };

/** 'a.b.c' → text, for a nested catalogue. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

export const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

/** sv and da against en: the same keys and placeholders, none empty, fewer than 20% left as in English. */
export function expectTranslated(en: Map<string, string>, others: Record<string, Map<string, string>>): void {
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
}

/** The source files of a folder (no tests). */
export const sourcesIn = (dir: string) => readdirSync(dir).filter((e) => /\.tsx?$/.test(e) && !e.endsWith('.test.ts'));

/**
 * Keys the code asks for through `fn('key')` that the catalogue lacks; with `prefixes`, also
 * keys built from a value (`fn(\`metric.${m}\`)`), whose prefix must have entries.
 */
export function missingKeys(dir: string, files: string[], fn: string, en: Map<string, string>, prefixes = false): string[] {
  const missing: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(new RegExp(`\\b${fn}\\(\\s*'([a-zA-Z0-9_.]+)'`, 'g'))) if (!en.has(m[1]!)) missing.push(`${f}: ${m[1]}`);
    if (!prefixes) continue;
    for (const m of text.matchAll(new RegExp(`\\b${fn}\\(\\s*\`([a-zA-Z.]+)\\.\\$\\{`, 'g'))) if (![...en.keys()].some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${f}: ${m[1]}.*`);
  }
  return missing;
}
