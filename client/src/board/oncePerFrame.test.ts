import { afterEach, describe, expect, it, vi } from 'vitest';
import { oncePerFrame } from './oncePerFrame.js';

/** A stand-in for the browser's frames: `frame()` runs what was asked for before it. */
function frames() {
  let queue = new Map<number, () => void>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => (queue.set(++id, cb), id));
  vi.stubGlobal('cancelAnimationFrame', (n: number) => void queue.delete(n));
  return {
    frame() {
      const due = queue;
      queue = new Map();
      for (const cb of due.values()) cb();
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('oncePerFrame', () => {
  it('paints once in the next frame however often it is asked before then, and again when asked after', () => {
    const f = frames();
    let painted = 0;
    const p = oncePerFrame(() => painted++);
    p.request();
    p.request();
    expect(painted).toBe(0);
    f.frame();
    expect(painted).toBe(1);
    f.frame();
    expect(painted).toBe(1);
    p.request();
    f.frame();
    expect(painted).toBe(2);
  });

  it('a paint asked for in the frame it is due in (as a render does) stays in that frame', () => {
    const f = frames();
    const order: string[] = [];
    const p = oncePerFrame(() => order.push('paint'));
    // Cytoscape's render loop was due first in the frame, and its render asks for a paint again:
    // the paint already pending is not put off to the next frame.
    requestAnimationFrame(() => (order.push('render'), p.request()));
    p.request();
    f.frame();
    expect(order).toEqual(['render', 'paint']);
    f.frame();
    expect(order).toEqual(['render', 'paint']);
  });

  it('cancel drops a pending paint and lets the next request through', () => {
    const f = frames();
    let painted = 0;
    const p = oncePerFrame(() => painted++);
    p.request();
    p.cancel();
    f.frame();
    expect(painted).toBe(0);
    p.request();
    f.frame();
    expect(painted).toBe(1);
  });
});
