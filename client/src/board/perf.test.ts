import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAWN_MARK, nextDrawn } from './perf.js';

describe('nextDrawn', () => {
  afterEach(() => {
    vi.useRealTimers();
    performance.clearMarks();
  });

  it('waits for the next "board drawn" mark, not for one made before it was asked', async () => {
    performance.mark(DRAWN_MARK);
    let resolved = false;
    const p = nextDrawn(10_000).then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toBe(false);
    performance.mark('tavla:something-else');
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toBe(false);
    performance.mark(DRAWN_MARK);
    await p;
    expect(resolved).toBe(true);
  });

  it('gives up waiting after its cap', async () => {
    vi.useFakeTimers();
    let resolved = false;
    const p = nextDrawn(5000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(4999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    await p;
    expect(resolved).toBe(true);
  });
});
