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

describe('plain on dates (formatted from the fields, checked against the driver’s own strings)', () => {
  const { Date: D, DateTime: DT, LocalDateTime: LDT } = neo4j.types;
  test('dates, local date-times and offset date-times agree with the driver’s conversion', () => {
    const cases: unknown[] = [
      new D(2026, 1, 1), new D(1999, 12, 31), new D(2024, 2, 29),
      new LDT(2026, 11, 23, 0, 0, 0, 0), new LDT(2026, 11, 23, 23, 59, 59, 120_000_000), new LDT(2026, 5, 4, 3, 2, 1, 7),
      new DT(2026, 11, 23, 1, 2, 3, 0, 0), new DT(2026, 3, 29, 1, 30, 0, 999_999_999, 0),
      new DT(2026, 6, 15, 9, 8, 7, 5_000_000, 0), new DT(2026, 6, 15, 19, 48, 57, 50_999_999, 0), new DT(1000, 1, 1, 0, 0, 0, 123_456_789, 0),
      new DT(2026, 1, 1, 0, 30, 0, 0, 3600), new DT(2025, 12, 31, 23, 0, 0, 0, -7200),
    ];
    for (const c of cases) {
      const expected = neo4j.isDateTime(c) ? (c as InstanceType<typeof DT>).toStandardDate().toISOString() : String(c);
      expect(plain(c)).toBe(expected);
    }
  });

  test('a named time zone and years outside 1000–9999 fall back to the driver', () => {
    const zoned = new DT(2026, 7, 1, 12, 0, 0, 0, undefined, 'Europe/Stockholm');
    expect(plain(zoned)).toBe('2026-07-01T12:00:00[Europe/Stockholm]');
    expect(plain(new D(999, 1, 2))).toBe(new D(999, 1, 2).toString());
  });
});
