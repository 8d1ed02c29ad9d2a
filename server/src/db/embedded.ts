// Runs Neo4j Community embedded (server/embedded-neo4j, built by `npm install`) as a child JVM
// with Bolt on 127.0.0.1 only. The password is random per start (or the one a restart keeps) and
// passed by environment, so it never touches disk or a command line.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '../../embedded-neo4j');

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
  /** Kills the JVM with SIGKILL (a crash, for fault tests) and waits until it is gone. */
  kill(): Promise<void>;
  /** The JVM's pid, for fault tests. */
  pid: number | undefined;
}

export interface EmbeddedOptions {
  dir: string;
  port: number;
  heap?: string;
  pagecache?: string;
  timeoutMs?: number;
  /**
   * The neo4j user's password (default: a new random one). Given by whoever restarts the same
   * store and must keep the credentials its clients hold (the fault tests; a supervisor).
   */
  password?: string;
}

export class EmbeddedNeo4jError extends Error {}

function classpath(): string {
  const file = join(project, 'target', 'classpath.txt');
  if (!existsSync(file)) {
    throw new EmbeddedNeo4jError(
      'The embedded Neo4j is not built (server/embedded-neo4j/target/classpath.txt is missing). ' +
        'Install Java 17+ and Maven and run `npm install` again, or set NEO4J_URI (with NEO4J_USER ' +
        'and NEO4J_PASSWORD) to use another Neo4j.',
    );
  }
  return [join(project, 'target', 'classes'), readFileSync(file, 'utf8').trim()].join(':');
}

export function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const cp = classpath();
  const dir = resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const password = opts.password ?? randomBytes(24).toString('base64url');
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const child: ChildProcess = spawn(
    'java',
    [`-Xmx${opts.heap ?? '1g'}`, '-XX:+UseSerialGC', '-cp', cp, 'app.tavla.embedded.Launcher'],
    {
      env: {
        ...process.env,
        TAVLA_NEO4J_DIR: dir,
        TAVLA_NEO4J_PORT: String(opts.port),
        TAVLA_NEO4J_PASSWORD: password,
        TAVLA_NEO4J_PAGECACHE: opts.pagecache ?? '256m',
      },
      // stdin stays open: the launcher shuts Neo4j down when it closes (i.e. when we die).
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );

  let exited = false;
  const exitPromise = new Promise<void>((res) => child.once('exit', () => { exited = true; res(); }));

  const stop = async (): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exitPromise;
    clearTimeout(killer);
  };

  const kill = async (): Promise<void> => {
    // Through the child's handle, never a bare pid: a process that has exited is not signalled.
    if (!exited) child.kill('SIGKILL');
    await exitPromise;
  };

  return new Promise<EmbeddedNeo4j>((resolvePromise, reject) => {
    let stderr = '';
    let stdout = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new EmbeddedNeo4jError(`Embedded Neo4j did not become ready within ${timeoutMs} ms (store ${dir}).`));
    }, timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('TAVLA_NEO4J_READY')) {
        clearTimeout(timer);
        stdout = '';
        resolvePromise({ uri: `bolt://127.0.0.1:${opts.port}`, user: 'neo4j', password, stop, kill, pid: child.pid });
      } else {
        stdout = stdout.slice(-4000);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`Could not run java for the embedded Neo4j: ${err.message}. Install Java 17+ or set NEO4J_URI.`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const reason = /TAVLA_NEO4J_ERROR (.*)/.exec(stderr)?.[1] ?? stderr.split('\n').filter(Boolean).slice(-3).join(' | ');
      reject(new EmbeddedNeo4jError(`Embedded Neo4j exited (code ${code}) before it was ready: ${reason}`));
    });
  });
}
