// One real Neo4j for the whole test run: the embedded one in a temp dir on a free port, unless
// NEO4J_URI points at another. Schema, migrations, the catalogue and the demo case are loaded once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { Db } from '../../server/src/db/db.js';
import { migrate } from '../../server/src/db/migrate.js';
import { loadSeed } from '../../server/src/seed/load.js';
import { freePort } from './free-port.js';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
  embeddedDir?: string;
  embeddedPid?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

export default async function setup(project: TestProject) {
  let target: Neo4jTarget;
  let stop = async () => {};
  if (process.env.NEO4J_URI) {
    target = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}) };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'tavla-test-neo4j-'));
    const neo = await startEmbeddedNeo4j({ dir, port: await freePort(), heap: '1g', pagecache: '128m' });
    target = { uri: neo.uri, user: neo.user, password: neo.password, embeddedDir: dir, ...(neo.pid ? { embeddedPid: neo.pid } : {}) };
    stop = async () => {
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const db = new Db(target);
  try {
    await migrate(db);
    await loadSeed(db, { demo: true });
  } finally {
    await db.close();
  }
  project.provide('neo4j', target);
  return stop;
}
