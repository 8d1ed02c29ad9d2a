// `npm run seed`: loads the factor catalogue and the demo case into the configured database
// (the embedded one is started for the purpose when NEO4J_URI is unset).
import { loadConfig } from '../config.js';
import { Db } from '../db/db.js';
import { startEmbeddedNeo4j } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { loadSeed } from './load.js';

const config = loadConfig();
const embedded = config.embedded
  ? await startEmbeddedNeo4j({ dir: config.EMBEDDED_NEO4J_DIR, port: config.EMBEDDED_NEO4J_PORT, heap: config.EMBEDDED_NEO4J_HEAP })
  : null;
const db = new Db(
  embedded
    ? { uri: embedded.uri, user: embedded.user, password: embedded.password }
    : { uri: config.NEO4J_URI!, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD!, database: config.NEO4J_DATABASE },
);
try {
  await migrate(db);
  const { rows } = await loadSeed(db, { demo: config.NODE_ENV !== 'production' });
  process.stdout.write(`Seed loaded (${rows} rows merged).\n`);
} finally {
  await db.close();
  await embedded?.stop();
}
