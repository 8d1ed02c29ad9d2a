// Fuzzing the real server: at least 10,000 generated malformed or abusive requests (random
// tokens, deep nesting, alias floods, broken variables, wrong types, unknown names, injection
// strings, invalid UTF-8, enormous numbers, null bytes, directive and fragment abuse, odd body
// shapes), sent as a logged-in user. None may get a 5xx, a stack trace, a field suggestion or an
// echo of a value it sent. Seeded: FUZZ_SEED=<n> reruns a failing run exactly; FUZZ_CASES=<n>
// changes the count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { isEnumType, isObjectType } from 'graphql';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { createPerson } from '../support/fixtures.js';
import { createTestUser, testPassword } from '../support/users.js';
import { Prng } from '../support/prng.js';
import { echoMark, fuzzCase, type FuzzCase, type FuzzWorld } from '../support/fuzz-gen.js';

const seed = Number(process.env.FUZZ_SEED ?? 20261122);
const total = Number(process.env.FUZZ_CASES ?? 10_000);
const parallel = 20;

let server: TestServer;
let fuzzer: TestClient;
let world: FuzzWorld;

const leak = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|stacktrace|"stack"|Neo4jError|Neo\.(Client|Transient|Database)Error/i;

function schemaWords(): Pick<FuzzWorld, 'fieldNames' | 'typeNames' | 'enumValues'> {
  const schema = buildSchema();
  const fields = new Set<string>();
  const types: string[] = [];
  const enums: string[] = [];
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__')) continue;
    types.push(t.name);
    if (isObjectType(t)) for (const f of Object.values(t.getFields())) fields.add(f.name);
    if (isEnumType(t)) enums.push(...t.getValues().map((v) => v.name));
  }
  // Names whose calls would end the fuzzer's own session are left out of the random soup.
  for (const n of ['logout', 'login', 'loginWithTotp', 'confirmTotpEnrolment', 'disableTotp']) fields.delete(n);
  return { fieldNames: [...fields].sort(), typeNames: types.sort(), enumValues: enums.sort() };
}

interface Outcome {
  index: number;
  kind: string;
  problem: string;
  request: string;
  response: string;
}

async function send(c: FuzzCase, cookie: string): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { cookie, 'x-tavla-lang': 'en' };
  if (c.contentType) headers['content-type'] = c.contentType;
  if (c.method === 'GET' && c.path.length % 2 === 0) headers['apollo-require-preflight'] = 'true';
  const res = await fetch(`${server.url}${c.path}`, { method: c.method, headers, ...(c.body !== undefined ? { body: c.body as unknown as BodyInit } : {}) });
  return { status: res.status, text: await res.text() };
}

function check(c: FuzzCase, status: number, text: string): string | null {
  if (status >= 500) return `status ${status}`;
  if (leak.test(text)) return 'stack trace or internal detail';
  if (/did you mean/i.test(text)) return 'field suggestion';
  let errors: unknown = undefined;
  try {
    errors = (JSON.parse(text) as { errors?: unknown }).errors;
  } catch {
    // Not JSON: only the checks on the whole text above apply.
    errors = text;
  }
  // Values the request sent (all carry the marker) may come back as data, never in an error.
  if (errors !== undefined && JSON.stringify(errors).includes(echoMark)) return 'echoed a value it was sent';
  return null;
}

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_API_MAX: '1000000', RATE_LIMIT_LOGIN_MAX: '1000000', SESSION_CACHE_SECONDS: '5' });
  const admin = await new TestClient(server.url).login('admin');
  const u = await createTestUser(admin, 'MEMBER', 'fuzz');
  fuzzer = await new TestClient(server.url).login(u.username, testPassword);
  const boardId = (await fuzzer.ok('mutation { createBoard(input: { title: "Fuzz board" }) { id } }')).createBoard.id;
  world = { boardId, personIds: [await createPerson(fuzzer, boardId, 'Fuzz A'), await createPerson(fuzzer, boardId, 'Fuzz B')], ...schemaWords() };
});
afterAll(async () => {
  await server.stop();
});

describe('fuzz', () => {
  it(`survives ${total} generated malformed or abusive requests (seed ${seed})`, { timeout: 600_000 }, async () => {
    const rng = new Prng(seed);
    const cookie = fuzzer.cookie!;
    const failures: Outcome[] = [];
    const kinds = new Map<string, number>();
    const statuses = new Map<number, number>();
    const slowest = new Map<string, number>();
    const started = performance.now();
    for (let start = 0; start < total; start += parallel) {
      // Generated in order, sent together: the cases depend on the seed alone.
      const batch = Array.from({ length: Math.min(parallel, total - start) }, (_, i) => ({ index: start + i, c: fuzzCase(rng, world) }));
      await Promise.all(
        batch.map(async ({ index, c }) => {
          kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
          let status: number;
          let text: string;
          const t0 = performance.now();
          try {
            ({ status, text } = await send(c, cookie));
          } catch (e) {
            status = 599;
            text = `request failed: ${(e as Error).message}`;
          }
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          slowest.set(c.kind, (slowest.get(c.kind) ?? 0) + Math.round(performance.now() - t0));
          const problem = check(c, status, text);
          if (problem) {
            const body = typeof c.body === 'string' ? c.body : c.body ? c.body.toString('latin1') : c.path;
            failures.push({ index, kind: c.kind, problem, request: body.slice(0, 300), response: text.slice(0, 300) });
          }
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const sent = [...kinds.values()].reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${sent} requests in ${seconds.toFixed(1)} s (seed ${seed}); statuses ${JSON.stringify(Object.fromEntries(statuses))}; kinds ${JSON.stringify(Object.fromEntries([...kinds].sort()))}; slowest ms by kind ${JSON.stringify(Object.fromEntries([...slowest].sort()))}`);
    expect(sent).toBe(total);
    expect(failures.slice(0, 5), `seed ${seed}: ${failures.length} failures`).toEqual([]);
    // The run covered every kind of abuse, and exercised the server past the parser.
    expect(kinds.size).toBeGreaterThanOrEqual(15);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(total / 20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(total / 4);
    // Still logged in at the end: the whole run was made as a real user.
    expect((await fuzzer.ok('{ me { username } }')).me).not.toBeNull();
  });
});
