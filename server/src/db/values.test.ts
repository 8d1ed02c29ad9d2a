import { describe, expect, test } from 'vitest';
import neo4j from 'neo4j-driver';
import { plain } from './values.js';

describe('plain', () => {
  test('turns temporal values into ISO strings and integers into numbers, at any depth', () => {
    const row = {
      on: new neo4j.types.Date(2026, 3, 9),
      at: new neo4j.types.DateTime(2026, 3, 9, 14, 5, 7, 250_000_000, 0),
      local: new neo4j.types.LocalDateTime(2026, 3, 9, 8, 0, 0, 0),
      n: neo4j.int(42),
      list: [{ on: new neo4j.types.Date(2025, 12, 31), tags: ['a', null] }],
      missing: undefined,
    };
    expect(plain(row)).toEqual({
      on: '2026-03-09',
      at: '2026-03-09T14:05:07.250Z',
      local: '2026-03-09T08:00:00',
      n: 42,
      list: [{ on: '2025-12-31', tags: ['a', null] }],
      missing: null,
    });
  });

  test('converts the driver’s own maps and lists in place instead of copying them', () => {
    const inner = { on: new neo4j.types.Date(2026, 1, 2) };
    const list = [inner];
    const row = { list };
    const out = plain(row) as { list: { on: string }[] };
    expect(out).toBe(row);
    expect(out.list).toBe(list);
    expect(out.list[0]).toBe(inner);
    expect(inner.on).toBe('2026-01-02');
  });
});
