import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drawTieLine, type TieEle } from './tieLine.js';

// The canvas calls are recorded (Node has no canvas); that they give Cytoscape's own pixels is
// checked in the browser (large-board.e2e).
class FakePath {
  ops: string[] = [];
  moveTo(x: number, y: number) {
    this.ops.push(`M${x},${y}`);
  }
  lineTo(x: number, y: number) {
    this.ops.push(`L${x},${y}`);
  }
}

function fakeContext(scale: number) {
  const calls: string[] = [];
  const ctx = {
    lineWidth: 0,
    lineCap: 'butt',
    lineJoin: 'miter',
    strokeStyle: '',
    lineDashOffset: 0,
    getTransform: () => ({ a: scale, b: 0, c: 0, d: scale }),
    setLineDash: (d: number[]) => calls.push(`dash ${d.join(',')}`),
    stroke: (p: FakePath) => calls.push(`stroke ${p.ops.join(' ')} width ${ctx.lineWidth} cap ${ctx.lineCap} join ${ctx.lineJoin} ${ctx.strokeStyle}`),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const DEFAULTS: Record<string, unknown> = {
  ghost: 'no',
  'line-fill': 'solid',
  'underlay-opacity': 0,
  'overlay-opacity': 0,
  'mid-target-arrow-shape': 'none',
  'mid-source-arrow-shape': 'none',
  'line-style': 'solid',
  opacity: 1,
  'line-opacity': 1,
  width: 2,
  'line-cap': 'butt',
  'line-outline-width': 0,
  'line-outline-color': [0, 0, 0],
  'line-color': [10, 20, 30],
  'line-dash-pattern': [10, 6],
  'line-dash-offset': 0,
};

function edge(style: Record<string, unknown> = {}, scratch: Partial<TieEle['_private']['rscratch']> = {}): TieEle {
  const all = { ...DEFAULTS, ...style };
  return {
    pstyle: (name) => {
      if (!(name in all)) throw new Error(`unexpected property ${name}`);
      return { value: all[name], pfValue: all[name] };
    },
    _private: { rscratch: { edgeType: 'haystack', allpts: [0, 0, 100, 50], ...scratch } },
  };
}

describe('drawTieLine', () => {
  beforeAll(() => vi.stubGlobal('Path2D', FakePath));
  afterAll(() => vi.unstubAllGlobals());

  it('strokes a plain tie once, in its colour, width and opacity, and leaves the dash and cap reset', () => {
    const { ctx, calls } = fakeContext(1);
    expect(drawTieLine(ctx, edge({ opacity: 0.5, 'line-opacity': 0.8 }))).toBe(true);
    expect(calls).toEqual(['dash ', 'stroke M0,0 L100,50 width 2 cap butt join round rgba(10,20,30,0.4)', 'dash ']);
  });

  it('draws a double tie as its outline, then the line on it', () => {
    const { ctx, calls } = fakeContext(1);
    drawTieLine(ctx, edge({ 'line-outline-width': 3, 'line-outline-color': [1, 2, 3], 'line-color': [255, 255, 255] }));
    expect(calls.filter((c) => c.startsWith('stroke'))).toEqual([
      'stroke M0,0 L100,50 width 5 cap butt join round rgba(1,2,3,1)',
      'stroke M0,0 L100,50 width 2 cap butt join round rgba(255,255,255,1)',
    ]);
  });

  it('dashes a dashed tie with its pattern', () => {
    const { ctx, calls } = fakeContext(0.1);
    drawTieLine(ctx, edge({ 'line-style': 'dashed' }));
    expect(calls[0]).toBe('dash 10,6');
  });

  it('draws dotted ties as dots where a dot and its gap make a pixel or more, else solid at half the opacity', () => {
    const whole = fakeContext(0.5);
    drawTieLine(whole.ctx, edge({ 'line-style': 'dotted' }));
    expect(whole.calls).toEqual(['dash 1,1', 'stroke M0,0 L100,50 width 2 cap butt join round rgba(10,20,30,1)', 'dash ']);
    const sub = fakeContext(0.125);
    drawTieLine(sub.ctx, edge({ 'line-style': 'dotted' }));
    expect(sub.calls).toEqual(['dash ', 'stroke M0,0 L100,50 width 2 cap butt join round rgba(10,20,30,0.5)', 'dash ']);
  });

  it("leaves to Cytoscape what it does not draw the same: other curves, underlays, overlays, ghosts, gradients, mid arrows", () => {
    const cases: [Record<string, unknown>, Partial<TieEle['_private']['rscratch']>][] = [
      [{}, { edgeType: 'bezier' }],
      [{ 'underlay-opacity': 0.3 }, {}],
      [{ 'overlay-opacity': 0.3 }, {}],
      [{ ghost: 'yes' }, {}],
      [{ 'line-fill': 'linear-gradient' }, {}],
      [{ 'mid-target-arrow-shape': 'triangle' }, {}],
    ];
    for (const [style, scratch] of cases) {
      const { ctx, calls } = fakeContext(1);
      expect(drawTieLine(ctx, edge(style, scratch)), JSON.stringify({ style, scratch })).toBe(false);
      expect(calls).toEqual([]);
    }
  });

  it('draws nothing for a tie Cytoscape could not place, as Cytoscape does', () => {
    const { ctx, calls } = fakeContext(1);
    expect(drawTieLine(ctx, edge({}, { badLine: true }))).toBe(true);
    expect(drawTieLine(ctx, edge({}, { allpts: null }))).toBe(true);
    expect(drawTieLine(ctx, edge({}, { allpts: [Number.NaN, 0, 1, 1] }))).toBe(true);
    expect(calls).toEqual([]);
  });
});
