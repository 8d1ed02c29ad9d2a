// Builds the embedded Neo4j launcher (server/embedded-neo4j) with Maven after `npm install`.
// Never fails the install: without Java 17+ or Maven it explains how to point Tavla at another
// Neo4j with NEO4J_URI instead, which needs neither.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const project = join(root, 'server', 'embedded-neo4j');
const classpath = join(project, 'target', 'classpath.txt');

function say(msg) {
  process.stdout.write(`[tavla] ${msg}\n`);
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function javaMajor() {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return null;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

if (process.env.NEO4J_URI) {
  say('NEO4J_URI is set: skipping the embedded Neo4j build.');
  process.exit(0);
}

const upToDate =
  existsSync(classpath) &&
  statSync(classpath).mtimeMs >= Math.max(statSync(join(project, 'pom.xml')).mtimeMs, newestSource(join(project, 'src')));
if (upToDate) {
  say('Embedded Neo4j launcher is up to date.');
  process.exit(0);
}

const major = javaMajor();
const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
if (major === null || major < 17 || mvn.error || mvn.status !== 0) {
  say('Embedded Neo4j NOT built: it needs Java 17+ and Maven on the PATH' +
    (major === null ? ' (no java found)' : major < 17 ? ` (found Java ${major})` : ' (no mvn found)') + '.');
  say('Install them and run `npm install` again, or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)');
  say('to use another Neo4j 5 server, cluster or Aura instead of the embedded one.');
  process.exit(0);
}

say('Building the embedded Neo4j launcher with Maven (first time downloads Neo4j Community from Maven Central)...');
const build = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: project, stdio: 'inherit' });
if (build.status !== 0) {
  say('Maven build of the embedded Neo4j failed (see above). Fix it, or set NEO4J_URI to use another Neo4j.');
  process.exit(1);
}
// Maven leaves an unchanged classpath.txt untouched; mark it fresh so the next install skips the build.
const now = new Date();
utimesSync(classpath, now, now);
say('Embedded Neo4j launcher built.');
