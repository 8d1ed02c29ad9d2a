// `npm start`: runs Tavla until SIGINT/SIGTERM, then shuts down cleanly (the embedded Neo4j too).
import { loadConfig } from './config.js';
import { startTavla } from './server.js';
import { demoLogins, DEMO_PASSWORD } from './seed/load.js';
import { setLogLevel } from './log.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
  setLogLevel(config.LOG_LEVEL);
  let running;
  try {
    running = await startTavla(config);
  } catch (err) {
    process.stderr.write(`Tavla could not start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const lines = [
    '',
    `  Tavla is running at ${running.url}`,
    `  Database: ${config.embedded ? `embedded Neo4j (store ${config.EMBEDDED_NEO4J_DIR})` : config.NEO4J_URI}`,
  ];
  if (config.NODE_ENV !== 'production') {
    lines.push(`  Demo logins (password "${DEMO_PASSWORD}"): ${demoLogins().map((u) => `${u.username} (${u.role})`).join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Received ${signal}, shutting down...\n`);
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();
