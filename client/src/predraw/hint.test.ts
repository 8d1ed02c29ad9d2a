import { describe, expect, it } from 'vitest';
import { hintFor, MAX_HINTS, parseHints, withHint, withoutHint, type Hint, type Screen } from './hint.js';

const screen: Screen = { vw: 1366, vh: 768, dpr: 1, lang: 'sv', meeting: false };
const hint = (at = 1, over: Partial<Hint> = {}): Hint => ({
  ...screen, box: { x: 0, y: 120.5, w: 1366, h: 647.5 }, roles: { LEADER: 'L', CORE: 'K', PERIPHERAL: 'P' }, at, ...over,
});

describe('the early drawing hint', () => {
  it('is found for the same board on the same screen only', () => {
    const raw = withHint(null, 'brd_1', hint());
    expect(hintFor(raw, 'brd_1', screen)).toEqual(hint());
    expect(hintFor(raw, 'brd_2', screen)).toBeNull();
    // Each of these moves the canvas or changes what is drawn.
    for (const other of [{ vw: 1280 }, { vh: 720 }, { dpr: 2 }, { lang: 'da' }, { meeting: true }]) {
      expect(hintFor(raw, 'brd_1', { ...screen, ...other }), JSON.stringify(other)).toBeNull();
    }
  });

  it('ignores whatever else is in storage: broken JSON, other shapes, bad boxes, long role letters', () => {
    expect(parseHints('{not json')).toEqual({});
    expect(parseHints('[1,2]')).toEqual({});
    expect(parseHints('null')).toEqual({});
    const bad = {
      a: { ...hint(), box: { x: 0, y: 0, w: 0, h: 10 } },
      b: { ...hint(), box: { x: 0, y: 0, w: 'wide', h: 10 } },
      c: { ...hint(), roles: { LEADER: 'L', CORE: 'C' } },
      d: { ...hint(), roles: { LEADER: 'Leader', CORE: 'C', PERIPHERAL: 'P' } },
      e: { ...hint(), meeting: 'no' },
      f: { ...hint(), vw: Number.NaN },
      ok: hint(),
    };
    expect(Object.keys(parseHints(JSON.stringify(bad)))).toEqual(['ok']);
  });

  it('keeps the most recently drawn boards, at most MAX_HINTS', () => {
    let raw: string | null = null;
    for (let i = 0; i < MAX_HINTS + 5; i++) raw = withHint(raw, `brd_${i}`, hint(1000 + i));
    const kept = Object.keys(parseHints(raw));
    expect(kept).toHaveLength(MAX_HINTS);
    expect(kept).not.toContain('brd_4');
    expect(kept).toContain('brd_5');
    expect(kept).toContain(`brd_${MAX_HINTS + 4}`);
    // Writing a board again replaces its hint (one per board).
    raw = withHint(raw, 'brd_10', hint(5000, { lang: 'da' }));
    expect(parseHints(raw)['brd_10']!.lang).toBe('da');
    expect(Object.keys(parseHints(raw))).toHaveLength(MAX_HINTS);
  });

  it('forgets one board', () => {
    const raw = withHint(withHint(null, 'brd_1', hint(1)), 'brd_2', hint(2));
    expect(Object.keys(parseHints(withoutHint(raw, 'brd_1')))).toEqual(['brd_2']);
  });
});
