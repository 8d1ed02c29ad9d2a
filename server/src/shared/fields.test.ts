import { describe, expect, it } from 'vitest';
import { isoDate, text } from './fields.js';

describe('fields', () => {
  it('accept only real calendar dates', () => {
    expect(isoDate.safeParse('2026-02-28').success).toBe(true);
    expect(isoDate.safeParse('2028-02-29').success).toBe(true);
    expect(isoDate.safeParse('2026-02-29').success).toBe(false);
    expect(isoDate.safeParse('2026-13-01').success).toBe(false);
    expect(isoDate.safeParse('26-01-01').success).toBe(false);
  });

  it('trim text and refuse control characters', () => {
    expect(text(10).parse('  hej  ')).toBe('hej');
    expect(text(10).safeParse('a\u0000b').success).toBe(false);
    expect(text(3).safeParse('abcd').success).toBe(false);
  });
});
