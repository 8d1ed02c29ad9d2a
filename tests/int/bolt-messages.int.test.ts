// A record far larger than one Bolt chunk (as a large board's read is) comes back whole and
// exact, with letters outside ASCII cut across chunk boundaries and its dates and timestamps
// checked against JavaScript's Date, now that the driver decodes such messages from one joined
// buffer and converts dates in numbers (server/src/db/bolt-messages.ts, bolt-temporal.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('large records', () => {
  it('reads a record of about 1.5 MB with multi-byte names, dates and timestamps exactly', async () => {
    const n = 20_000;
    const prefix = 'Åsa Ørsted Ljungström 🌲 ';
    const row = await server.db.read((tx) => tx.one<{ items: { i: number; name: string; day: string; at: string }[] }>('test/large-record', { n, prefix }));
    const items = row!.items;
    expect(items).toHaveLength(n);
    const day0 = Date.UTC(2026, 0, 1);
    for (let k = 0; k < n; k++) {
      const i = k + 1;
      const it = items[k]!;
      if (it.i !== i || it.name !== prefix + i || it.day !== new Date(day0 + (i % 300) * 86_400_000).toISOString().slice(0, 10) || it.at !== new Date((1_700_000_000 + i * 3607) * 1000 + Math.floor(i / 1000)).toISOString()) {
        throw new Error(`item ${k} differs: ${JSON.stringify(it)}`);
      }
    }
  });
});
