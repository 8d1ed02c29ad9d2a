// Applies cypher/schema.cypher (idempotent) and then every numbered migration in
// cypher/migrations that the database has no (:Migration) record of, in order.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cypherRoot, statements } from './cypher.js';
import type { Db } from './db.js';
import { log } from '../log.js';

export async function applySchema(db: Db): Promise<void> {
  for (const stmt of statements(readFileSync(join(cypherRoot, 'schema.cypher'), 'utf8'))) {
    await db.runAutoCommit(stmt);
  }
  await db.runAutoCommit('CALL db.awaitIndexes(120)');
}

export async function migrate(db: Db): Promise<string[]> {
  await applySchema(db);
  const applied = new Set((await db.read((tx) => tx.rows<{ id: string }>('system/migration-applied'))).map((r) => r.id));
  const files = readdirSync(join(cypherRoot, 'migrations')).filter((f) => /^\d{4}_[a-z0-9_]+\.cypher$/.test(f)).sort();
  const ran: string[] = [];
  for (const file of files) {
    const id = file.replace(/\.cypher$/, '');
    if (applied.has(id)) continue;
    for (const stmt of statements(readFileSync(join(cypherRoot, 'migrations', file), 'utf8'))) {
      await db.runAutoCommit(stmt);
    }
    await db.write((tx) => tx.rows('system/migration-record', { id }));
    ran.push(id);
    log.info('migration applied', { id });
  }
  await db.runAutoCommit('CALL db.awaitIndexes(120)');
  return ran;
}
