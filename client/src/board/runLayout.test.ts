import { describe, expect, it } from 'vitest';
import { runLayout } from './runLayout.js';
import { largeLayout } from './largeLayout.js';
import type { LayoutInput } from './sizes.js';

const chain = (n: number): LayoutInput => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `p${i}` })),
  edges: Array.from({ length: n - 1 }, (_, i) => ({ source: `p${i}`, target: `p${i + 1}` })),
});

describe('runLayout', () => {
  // Node has no Worker: what runs on the main thread is what the worker would run.
  it('lays out a large board with largeLayout, also without a worker', async () => {
    const input = chain(300);
    expect(await runLayout(input)).toEqual(largeLayout(input));
  });

  it('lays out a small board with fcose, which keeps the positions it is asked to keep', async () => {
    const kept = await runLayout({ ...chain(5), fixed: { p0: { x: 4321, y: -1234 } } });
    expect(Object.keys(kept)).toHaveLength(5);
    expect(kept.p0).toEqual({ x: 4321, y: -1234 });
  });
});
