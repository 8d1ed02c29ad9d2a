// Every query the server runs lives in a .cypher file under /cypher; code refers to it by name
// ('people/create' -> cypher/people/create.cypher). Files are read once and cached.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cypherRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../cypher');
const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9_/-]+$/.test(name)) throw new Error(`Bad Cypher file name: ${name}`);
    text = readFileSync(join(cypherRoot, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a multi-statement file (schema, migrations) on semicolons that end a line. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

/** All query files (not schema or migrations), for the EXPLAIN test. */
export function listCypherFiles(dir = cypherRoot): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...listCypherFiles(p));
    else if (entry.endsWith('.cypher')) out.push(relative(cypherRoot, p).split(sep).join('/').replace(/\.cypher$/, ''));
  }
  return out.sort();
}
