// The embedded Neo4j itself: data survives a restart, Bolt listens on loopback only, and the
// routing scheme neo4j:// works against it (as against a cluster or Aura).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { Db } from '../../server/src/db/db.js';
import { freePort } from '../support/free-port.js';
import { migrate } from '../../server/src/db/migrate.js';

const dir = mkdtempSync(join(tmpdir(), 'tavla-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded Neo4j', () => {
  it('keeps data across a restart, runs migrations once, and serves neo4j:// routing on 127.0.0.1', async () => {
    const port = await freePort();
    let neo = await startEmbeddedNeo4j({ dir, port, heap: '512m', pagecache: '64m' });
    let db = new Db({ uri: neo.uri, user: neo.user, password: neo.password });
    try {
      const first = await migrate(db);
      expect(first.length).toBeGreaterThanOrEqual(2);
      await db.write((tx) => tx.rows('test/marker-create', { id: 'restart-marker' }));
    } finally {
      await db.close();
      await neo.stop();
    }

    neo = await startEmbeddedNeo4j({ dir, port, heap: '512m', pagecache: '64m' });
    // The routing driver asks the server for a routing table and follows its advertised address.
    db = new Db({ uri: `neo4j://127.0.0.1:${port}`, user: neo.user, password: neo.password });
    try {
      expect(await migrate(db)).toEqual([]);
      const rows = await db.read((tx) => tx.rows<{ n: number }>('test/marker-count', { id: 'restart-marker' }));
      expect(rows[0]?.n).toBe(1);
      const table = await db.runAutoCommit('CALL dbms.routing.getRoutingTable({}, "neo4j")');
      const servers = table[0]?.servers as { addresses: string[] }[];
      expect(servers.flatMap((s) => s.addresses).every((a) => a === `127.0.0.1:${port}`)).toBe(true);
      // Plans are kept an hour, not replanned every 10 s as statistics move (Launcher.java).
      const replan = await db.runAutoCommit("SHOW SETTINGS YIELD name, value WHERE name = 'dbms.cypher.min_replan_interval' RETURN value");
      expect(replan).toEqual([{ value: '1h' }]);
    } finally {
      await db.close();
      await neo.stop();
    }
  }, 300_000); // two JVM starts of Neo4j: slow on a loaded 2-core machine

  it('refuses a bad password, and a second instance on a taken port fails with a clear error', async () => {
    const target = inject('neo4j');
    const bad = new Db({ uri: target.uri, user: 'neo4j', password: 'not-the-password' });
    await expect(bad.verify()).rejects.toThrow(/auth|unauthorized|credentials/i);
    await bad.close();
    if (!target.embeddedDir) return; // NEO4J_URI runs: no embedded instance to collide with
    const port = Number(new URL(target.uri.replace(/^bolt/, 'http')).port);
    const other = mkdtempSync(join(tmpdir(), 'tavla-port-'));
    try {
      await expect(startEmbeddedNeo4j({ dir: other, port, heap: '512m', pagecache: '64m', timeoutMs: 90_000 })).rejects.toThrow(/Embedded Neo4j exited/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
