// The HTTP and GraphQL surface refuses what it should, and says nothing it should not: CSRF,
// headers, caching, batching, body size, query limits, suggestions, introspection, masked
// errors and rate limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { countMarked, marker } from '../support/fixtures.js';
import { loadConfig } from '../../server/src/config.js';
import { Db } from '../../server/src/db/db.js';
import { createApp } from '../../server/src/http/app.js';

let server: TestServer;
let member: TestClient;

beforeAll(async () => {
  server = await startTestServer({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '10', GRAPHQL_MAX_COST: '100', GRAPHQL_MAX_DIRECTIVES: '10', GRAPHQL_MAX_TOKENS: '800' });
  member = await new TestClient(server.url).login('member');
});
afterAll(async () => {
  await server.stop();
});

/** Signs of a leak in a response body: a stack frame, a file path, the database's own words. */
const leak = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|stacktrace|Neo4jError|Neo\.(Client|Transient|Database)Error|Cypher/i;

async function raw(path: string, init: RequestInit & { cookie?: string } = {}) {
  const res = await fetch(`${server.url}${path}`, { ...init, headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...(init.headers as Record<string, string>) } });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('CSRF', () => {
  it('refuses a text/plain POST (a cross-site form or fetch without preflight) and runs nothing', async () => {
    const title = marker('CSRF board');
    const body = JSON.stringify({ query: `mutation { createBoard(input: { title: "${title}" }) { id } }` });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await raw('/graphql', { method: 'POST', body, headers: { 'content-type': type }, cookie: member.cookie! });
      expect(r.status).toBe(400);
      expect(r.text).toMatch(/CSRF/);
    }
    expect(await countMarked(server.db, title)).toBe(0);
    // The same request as JSON runs: the refusal above is the content type, not the request.
    const ok = await raw('/graphql', { method: 'POST', body, headers: { 'content-type': 'application/json' }, cookie: member.cookie! });
    expect(ok.status).toBe(200);
    expect(await countMarked(server.db, title)).toBe(1);
  });

  it('refuses mutations over GET, and GETs without a preflight-forcing header', async () => {
    const title = marker('GET board');
    const q = encodeURIComponent(`mutation { createBoard(input: { title: "${title}" }) { id } }`);
    const withHeader = await raw(`/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' }, cookie: member.cookie! });
    expect(withHeader.status).toBe(405);
    const without = await raw(`/graphql?query=${q}`, { cookie: member.cookie! });
    expect(without.status).toBe(400);
    expect(await countMarked(server.db, title)).toBe(0);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict', async () => {
    const r = await new TestClient(server.url).gql('mutation { login(username: "member", password: "tavla-demo") { id } }');
    expect(r.headers.get('set-cookie')).toMatch(/^tavla_session=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
  });
});

describe('headers', () => {
  it('sends a strict CSP and the other security headers on every answer, no-store on the API', async () => {
    for (const [path, init] of [['/graphql', { method: 'POST', body: '{"query":"{ version }"}', headers: { 'content-type': 'application/json' } }], ['/healthz', {}], ['/graphql', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }]] as const) {
      const r = await raw(path, init as RequestInit);
      const csp = Object.fromEntries((r.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
      expect(csp).toMatchObject({ 'default-src': "'self'", 'script-src': "'self'", 'object-src': "'none'", 'base-uri': "'none'", 'frame-ancestors': "'none'", 'connect-src': "'self'" });
      expect(csp['script-src']).not.toMatch(/unsafe|\*|http/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(r.headers.get('x-powered-by')).toBeNull();
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('request shape', () => {
  it('refuses batched requests', async () => {
    const r = await raw('/graphql', { method: 'POST', body: JSON.stringify([{ query: '{ version }' }, { query: '{ version }' }]), headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/0\.1\.0/);
  });

  it('refuses a 3 MB body with 413, translated, without a stack', async () => {
    const body = JSON.stringify({ query: '{ version }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    const r = await raw('/graphql', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-tavla-lang': 'da' } });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text)).toEqual({ errors: [{ message: 'Forespørgslen er for stor.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers broken JSON and odd charsets with 4xx and no stack', async () => {
    for (const [body, type] of [['{"query": ', 'application/json'], ['{"query":"{ version }"}', 'application/json; charset=latin1'], ['\u0000\u0001', 'application/json']]) {
      const r = await raw('/graphql', { method: 'POST', body, headers: { 'content-type': type! } });
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.text).not.toMatch(leak);
    }
  });
});

describe('query limits', () => {
  it('rejects too deep, too many aliases, too costly, too many directives and too many tokens, without naming the limit', async () => {
    const docs = {
      depth: '{ boards { people { ties { source { ties { source { ties { id } } } } } } } }',
      aliases: `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: version`).join(' ')} }`,
      cost: '{ boards { id title description people { id alias name kind birthYear pseudonym initials toneSetter ties { id type strength valence directed note source { id alias name kind } target { id alias name kind } } } groups { id name description } ties { id type strength source { id alias } target { id alias } } } }',
      directives: `{ version @include(if: true) @skip(if: false) me @include(if: true) @skip(if: false) { ${['id', 'username', 'displayName', 'role', 'agency { id }'].map((f) => f.replace(/^(\w+)/, '$1 @include(if: true) @skip(if: false)')).join(' ')} } }`,
      tokens: `{ ${'version '.repeat(900)} }`,
    };
    for (const [kind, query] of Object.entries(docs)) {
      const r = await member.gql(query);
      expect(r.status, kind).toBe(400);
      const rejections = r.errors?.filter((e) => e.message === 'The request is too large or too complex.') ?? [];
      expect(rejections.length, `${kind}: ${JSON.stringify(r.errors)}`).toBeGreaterThan(0);
      expect(JSON.stringify(rejections), kind).not.toMatch(/\d/);
      expect(JSON.stringify(r.errors), kind).not.toMatch(/limit|exceed|depth|alias|cost|token|directive/i);
      expect(r.data, kind).toBeUndefined();
    }
  });

  it('lets ordinary queries through', async () => {
    const r = await member.gql(`{ boards { id title people { id alias ties { id source { id } target { id } } } } a1: me { id } }`);
    expect(r.errors).toBeUndefined();
  });
});

describe('what error messages never hold', () => {
  it('no field suggestions (fields, arguments, enum values, input fields, types)', async () => {
    const probes: [string, Record<string, unknown>?][] = [
      ['{ bords { id } }'],
      ['{ boards(firts: 1) { id } }'],
      ['{ boards { titel } }'],
      ['mutation { createTie(input: { boardId: "brd_x", sourceId: "per_x", targetId: "per_y", type: FRIEN, strength: 1, valence: SUPPORTIVE }) { id } }'],
      ['mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }', { i: { titel: 'x' } }],
      ['query($x: Bord) { version }'],
      ['{ ... on Quer { version } }'],
    ];
    for (const [q, v] of probes) {
      const r = await member.gql(q, v);
      expect(r.errors?.length, q).toBeGreaterThan(0);
      expect(JSON.stringify(r.errors), q).not.toMatch(/did you mean/i);
    }
  });

  it('no echoed variable or literal values', async () => {
    const secret = 'Pelle Fiktiv 2011-04-01';
    const probes: [string, Record<string, unknown>][] = [
      ['query($f: Int) { boards(first: $f) { id } }', { f: secret }],
      ['query($id: ID!) { board(id: $id) { id } }', { id: { name: secret } }],
      ['mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }', { i: { title: 5, [secret]: 1 } }],
      ['mutation($i: CreateTieInput!) { createTie(input: $i) { id } }', { i: { type: secret } }],
      [`{ boards(first: "${secret}") { id } }`, {}],
      [`{ boards(first: 1) { id } } ${secret}`, {}],
    ];
    for (const [q, v] of probes) {
      const r = await member.gql(q, v);
      expect(r.status, q).toBeLessThan(500);
      expect(JSON.stringify(r.errors), q).not.toMatch(/Pelle|Fiktiv|2011-04-01/);
    }
  });

  it('no stack and no internal words when the database refuses the server', async () => {
    const target = inject('neo4j');
    const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: target.uri, NEO4J_PASSWORD: 'wrong-password', LOG_LEVEL: 'error', TOTP_ENCRYPTION_KEY: 'ab'.repeat(32) });
    // A database user that does not exist: Neo4j's lockout after failed logins must not hit the
    // run's real user.
    {
      const db = new Db({ uri: target.uri, user: 'tavla-nobody', password: 'wrong-password', database: target.database });
      const { app, apollo } = await createApp(config, db, { ready: () => true });
      const s: Server = await new Promise((res) => {
        const x = app.listen(0, '127.0.0.1', () => res(x));
      });
      try {
        const c = new TestClient(`http://127.0.0.1:${(s.address() as AddressInfo).port}`, 'sv');
        const r = await c.gql('mutation { login(username: "member", password: "tavla-demo") { id } }');
        expect(r.status).toBeLessThan(500);
        expect(r.errors?.[0]?.extensions?.code).toMatch(/^(INTERNAL|UNAVAILABLE)$/);
        expect(r.errors?.[0]?.message).toMatch(/^(Något gick fel på servern\. Försök igen\.|Databasen går inte att nå just nu\. Försök igen om en stund\.)$/);
        expect(JSON.stringify(r)).not.toMatch(leak);
        expect(JSON.stringify(r)).not.toMatch(/password|unauthori[sz]ed|credentials/i);
      } finally {
        await new Promise<void>((res) => s.close(() => res()));
        s.closeAllConnections?.();
        await apollo.stop();
        await db.close();
      }
    }
  });
});

describe('introspection', () => {
  it('is on outside production, so the test below can fail', async () => {
    const r = await member.gql('{ __schema { queryType { name } } }');
    expect(r.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('is off in production, and production suggests nothing either', async () => {
    const prod = await startTestServer({ NODE_ENV: 'production' });
    try {
      const c = new TestClient(prod.url);
      for (const q of ['{ __schema { queryType { name } } }', '{ __type(name: "Person") { fields { name } } }']) {
        const r = await c.gql(q);
        expect(r.status).toBe(400);
        expect(r.data).toBeUndefined();
        expect(JSON.stringify(r.errors)).toMatch(/introspection/i);
      }
      const s = await c.gql('{ bords { id } }');
      expect(JSON.stringify(s.errors)).not.toMatch(/did you mean/i);
    } finally {
      await prod.stop();
    }
  });
});

describe('rate limits', () => {
  it('limits login attempts per address tightly, with a translated 429', async () => {
    const s = await startTestServer({ RATE_LIMIT_LOGIN_MAX: '3', RATE_LIMIT_API_MAX: '100' });
    try {
      const c = new TestClient(s.url, 'sv');
      for (let i = 0; i < 3; i++) expect((await c.gql('mutation { login(username: "nobody", password: "x") { id } }')).status).toBe(200);
      const r = await c.gql('mutation { login(username: "member", password: "tavla-demo") { id } }');
      expect(r.status).toBe(429);
      expect(r.errors).toEqual([{ message: 'För många förfrågningar. Vänta en stund och försök igen.', extensions: { code: 'RATE_LIMITED' } }]);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(r.headers.get('ratelimit-limit') ?? r.headers.get('x-ratelimit-limit')).toBeNull();
      // Other requests are not login attempts.
      expect((await c.gql('{ version }')).status).toBe(200);
    } finally {
      await s.stop();
    }
  });

  it('limits the API per address generously', async () => {
    const s = await startTestServer({ RATE_LIMIT_API_MAX: '5' });
    try {
      const c = new TestClient(s.url, 'da');
      for (let i = 0; i < 5; i++) expect((await c.gql('{ version }')).status).toBe(200);
      const r = await c.gql('{ version }');
      expect(r.status).toBe(429);
      expect(r.errors?.[0]?.message).toBe('For mange forespørgsler. Vent et øjeblik, og prøv igen.');
    } finally {
      await s.stop();
    }
  });
});
