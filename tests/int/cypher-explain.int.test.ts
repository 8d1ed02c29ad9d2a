// Every .cypher file the server can run is planned by the real database (EXPLAIN): a typo or
// a removed label/property syntax error fails here, not in production.
import { describe, expect, it, inject } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Db } from '../../server/src/db/db.js';
import { cypher, cypherRoot, listCypherFiles, statements } from '../../server/src/db/cypher.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? (e === 'generated' ? [] : sourceFiles(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('cypher files', () => {
  const files = listCypherFiles().filter((f) => f !== 'schema' && !f.startsWith('migrations/'));

  // Planning every file takes over a minute on a small machine now that there are this many.
  it('are many and each one is planned by Neo4j (EXPLAIN)', { timeout: 300_000 }, async () => {
    expect(files.length).toBeGreaterThan(30);
    const target = inject('neo4j');
    const db = new Db(target);
    const failures: string[] = [];
    try {
      for (const name of files) {
        try {
          await db.runAutoCommit(`EXPLAIN ${cypher(name)}`);
        } catch (e) {
          failures.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
        }
      }
    } finally {
      await db.close();
    }
    expect(failures).toEqual([]);
  });

  it('schema and migrations parse into statements', () => {
    expect(statements(readFileSync(join(cypherRoot, 'schema.cypher'), 'utf8')).length).toBeGreaterThan(20);
  });

  it('every cypher file named in server code exists', () => {
    const known = new Set(listCypherFiles());
    const missing: string[] = [];
    for (const file of sourceFiles(join(cypherRoot, '..', 'server', 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\.(?:rows|one|fire|readOne)(?:<[^>]*>)?\(\s*'([a-z0-9_/-]+)'/g)) {
        if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no query builds Cypher from strings: values only as $parameters', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(cypherRoot, '..', 'server', 'src'))) {
      const text = readFileSync(file, 'utf8');
      if (/\.run\(\s*`[^`]*\$\{/.test(text) || /\.run\([^)]*\+\s*[a-zA-Z]/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
