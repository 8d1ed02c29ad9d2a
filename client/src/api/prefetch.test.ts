import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'graphql';
import { operationText, peekPrefetched, PREFETCH_MAX_AGE_MS, prefetch, prefetchOnce, takePrefetched, variablesKey } from './prefetch.js';

const fragments = `fragment A on Person {
  id
  ...B
}

fragment B on Person {
  alias
}
`;
const ops = `# a comment
query One($id: ID!) {
  board(id: $id) {
    people {
      ...A
      ... on Person { kind }
    }
  }
}

query Two {
  boards { id }
}
`;

describe('operationText', () => {
  it('takes the operation and every fragment it spreads, from any of the files, and nothing else', () => {
    const text = operationText([ops, fragments], 'One');
    const doc = parse(text);
    expect(doc.definitions.map((d) => ('name' in d && d.name ? d.name.value : '?'))).toEqual(['One', 'A', 'B']);
    expect(text).not.toContain('Two');
    expect(operationText([ops], 'Two')).toBe('query Two {\n  boards { id }\n}');
  });

  it('reads the real Board query with its fragments as the server will parse it', async () => {
    const { readFileSync } = await import('node:fs');
    const board = readFileSync(new URL('../board/board.graphql', import.meta.url), 'utf8');
    const doc = parse(operationText([board], 'Board'));
    const names = doc.definitions.map((d) => ('name' in d && d.name ? d.name.value : '?'));
    expect(names[0]).toBe('Board');
    expect(new Set(names)).toEqual(new Set(['Board', 'PersonFields', 'TieFields', 'MembershipFields', 'GroupLinkFields']));
  });

  it('names a missing definition', () => {
    expect(() => operationText([ops], 'Three')).toThrow(/Three/);
  });
});

describe('variablesKey', () => {
  it('is the same whatever the key order, and null for missing values', () => {
    expect(variablesKey({ id: 'b', asOf: null })).toBe(variablesKey({ asOf: undefined, id: 'b' }));
    expect(variablesKey({ id: 'b' })).not.toBe(variablesKey({ id: 'c' }));
  });
});

describe('prefetch and takePrefetched', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  // The server's answer, stood in for (unit tests run in Node).
  const answer = (data: unknown) => vi.fn(async () => new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } }));

  it('hands the answer once, to the same operation and variables only', async () => {
    const fetch = answer({ board: { id: 'brd_1' } });
    vi.stubGlobal('fetch', fetch);
    prefetch('Board', 'query Board { x }', { id: 'brd_1', asOf: null }, 'sv');
    expect(fetch).toHaveBeenCalledOnce();
    expect((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers).toMatchObject({ 'x-tavla-lang': 'sv' });
    expect(takePrefetched('Board', { id: 'brd_2', asOf: null })).toBeNull();
    await expect(takePrefetched('Board', { asOf: null, id: 'brd_1' })).resolves.toEqual({ board: { id: 'brd_1' } });
    expect(takePrefetched('Board', { id: 'brd_1', asOf: null })).toBeNull();
  });

  it('is not handed out once it has waited too long: the page asks afresh', () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z') });
    vi.stubGlobal('fetch', answer({ board: null }));
    prefetch('Board', 'query Board { x }', { id: 'brd_1', asOf: null }, null);
    vi.setSystemTime(Date.now() + PREFETCH_MAX_AGE_MS + 1);
    expect(takePrefetched('Board', { id: 'brd_1', asOf: null })).toBeNull();
    prefetch('Board', 'query Board { x }', { id: 'brd_1', asOf: null }, null);
    vi.setSystemTime(Date.now() + PREFETCH_MAX_AGE_MS - 1);
    expect(takePrefetched('Board', { id: 'brd_1', asOf: null })).not.toBeNull();
  });

  it('prefetchOnce does not send a request already waiting; peek leaves the answer to be taken', async () => {
    const fetch = answer({ me: { id: 'u1' } });
    vi.stubGlobal('fetch', fetch);
    prefetch('Me', 'query Me { x }', {}, null);
    prefetchOnce('Me', 'query Me { x }', {}, null);
    expect(fetch).toHaveBeenCalledOnce();
    await expect(peekPrefetched('Me', {})).resolves.toEqual({ me: { id: 'u1' } });
    await expect(takePrefetched('Me', {})).resolves.toEqual({ me: { id: 'u1' } });
    expect(peekPrefetched('Me', {})).toBeNull();
    // Taken: the next page load's boot sends it again.
    prefetchOnce('Me', 'query Me { x }', {}, null);
    expect(fetch).toHaveBeenCalledTimes(2);
    void takePrefetched('Me', {});
  });

  it('keeps what it sent in one map on the page, which predraw/first.ts (a copy of this module in another script) shares', async () => {
    vi.stubGlobal('fetch', answer({ board: { id: 'brd_9' } }));
    prefetch('Board', 'query Board { x }', { id: 'brd_9', asOf: null }, null);
    const shared = (globalThis as { __tavlaPending?: Map<string, { result: Promise<unknown> }> }).__tavlaPending;
    expect(shared?.get(`Board ${variablesKey({ id: 'brd_9', asOf: null })}`)).toBeDefined();
    await takePrefetched('Board', { id: 'brd_9', asOf: null });
    expect(shared?.size).toBe(0);
  });
});
