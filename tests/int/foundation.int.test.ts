// Foundation rules that cut across features: retry safety, production refusals, readiness,
// and the ADMIN seeing no personal data by default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { createApp } from '../../server/src/http/app.js';
import { newId } from '../../server/src/shared/ids.js';
import { versionedUpdate } from '../../server/src/shared/versioned.js';
import { createBoard, node, userId } from '../support/fixtures.js';
import { sessionIdOf } from '../../server/src/auth/sessions.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('retry safety (the driver may rerun a transaction whose commit it did not hear about)', () => {
  it('a create rerun with the same pre-generated id makes one node', async () => {
    const coord = await new TestClient(server.url).login('coordinator');
    const boardId = await createBoard(coord);
    const uid = await userId(server.db, 'coordinator');
    const id = newId('person');
    const params = { id, boardId, userId: uid, kind: 'YOUNG_PERSON', alias: 'Retry', name: null, birthYear: null };
    await server.db.write((tx) => tx.rows('people/create', params));
    await server.db.write((tx) => tx.rows('people/create', params));
    const rows = await server.db.read((tx) => tx.rows<{ n: number }>('test/count-people-by-alias', { alias: 'Retry' }));
    expect(rows[0]?.n).toBe(1);
    expect((await node(server.db, id))?.version).toBe(1);
  });

  it('an update rerun with the same write id applies once and is not taken for a stale edit', async () => {
    const coord = await new TestClient(server.url).login('coordinator');
    const boardId = await createBoard(coord);
    const p = (await coord.ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { boardId, kind: 'YOUNG_PERSON', alias: 'Once' } })).createPerson;
    const uid = await userId(server.db, 'coordinator');
    const writeId = newId('revision');
    const attempt = () =>
      server.db.write((tx) =>
        versionedUpdate(
          tx, 'people/lock', { id: p.id, userId: uid }, 1, writeId,
          async () => (await tx.one<{ person: Record<string, unknown> }>('people/update', { id: p.id, props: { alias: 'Twice?' }, writeId }))!.person,
          (current) => current,
        ),
      );
    const first = await attempt();
    const second = await attempt();
    expect(first.version).toBe(2);
    expect(second.version).toBe(2);
    expect(second.alias).toBe('Twice?');
  });
});

describe('roles', () => {
  it('ADMIN sees no boards and no people by default', async () => {
    const admin = await new TestClient(server.url).login('admin');
    expect((await admin.gql('{ boards { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const coord = await new TestClient(server.url).login('coordinator');
    const boardId = await createBoard(coord);
    const r = await admin.gql('query($id: ID!) { board(id: $id) { id } }', { id: boardId });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.data?.board ?? null).toBeNull();
  });
});

describe('session cache', () => {
  it('a session ended in the database stops personal data at once, even while this process remembers it', async () => {
    const cached = await startTestServer({ SESSION_CACHE_SECONDS: '30' });
    try {
      const c = await new TestClient(cached.url).login('coordinator');
      const boardId = await createBoard(c);
      const p = (await c.ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { boardId, kind: 'YOUNG_PERSON', alias: 'Cached' } })).createPerson;
      expect((await c.ok('query($id: ID!) { person(id: $id) { id } }', { id: p.id })).person).toEqual({ id: p.id });
      // Another instance logged this session out: only the database knows.
      const token = /tavla_session=([^;]*)/.exec(c.cookie ?? '')![1]!;
      await cached.db.write((tx) => tx.rows('auth/session-delete', { sessionId: sessionIdOf(token) }));
      const r = await c.gql('query($id: ID!) { person(id: $id) { id alias } }', { id: p.id });
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.data?.person ?? null).toBeNull();
    } finally {
      await cached.stop();
    }
  });
});

describe('production', () => {
  it('refuses demo users with the same answer as a wrong password', async () => {
    const prod = await startTestServer({ NODE_ENV: 'production', TOTP_ENCRYPTION_KEY: 'ab'.repeat(32) });
    try {
      const c = new TestClient(prod.url);
      const r = await c.gql('mutation { login(username: "coordinator", password: "tavla-demo") { id } }');
      expect(r.errors?.[0]?.message).toBe('Wrong username or password.');
      expect(c.cookie).toBeUndefined();
      // Introspection is off in production.
      const intro = await c.gql('{ __schema { types { name } } }');
      expect(intro.data?.__schema).toBeUndefined();
      expect(intro.errors?.length).toBeGreaterThan(0);
    } finally {
      await prod.stop();
    }
  });
});

describe('health', () => {
  it('answers 503 until the schema is ready, then 200', async () => {
    let ready = false;
    const { app, apollo } = await createApp(server.config, server.db, { ready: () => ready });
    const http = await new Promise<import('node:http').Server>((res) => {
      const s = app.listen(0, '127.0.0.1', () => res(s));
    });
    try {
      const url = `http://127.0.0.1:${(http.address() as { port: number }).port}/healthz`;
      expect((await fetch(url)).status).toBe(503);
      ready = true;
      const ok = await fetch(url);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('cache-control')).toBe('no-store');
    } finally {
      await new Promise<void>((res) => http.close(() => res()));
      await apollo.stop();
    }
  });
});
