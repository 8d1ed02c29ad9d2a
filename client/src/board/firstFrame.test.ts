import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { drawNextFrameDirect } from './firstFrame.js';
import { TEXTURE_CACHES } from './textureCaches.js';

// Cytoscape's texture caches have `getElement` on their prototype (ElementTextureCache).
class Cache {
  getElement(): string {
    return 'texture';
  }
}

function fakeCy(data: Record<string, unknown>) {
  const handlers: (() => void)[] = [];
  const cy = {
    renderer: () => ({ data }),
    one(event: string, f: () => void) {
      expect(event).toBe('render');
      handlers.push(f);
    },
  };
  return { cy: cy as unknown as Core, render: () => handlers.splice(0).forEach((f) => f()) };
}

const allCaches = () => Object.fromEntries(TEXTURE_CACHES.map((k) => [k, new Cache()])) as Record<string, Cache>;

describe('drawNextFrameDirect', () => {
  it('makes the four caches hand out no texture until the next render, then gives them their own method back', () => {
    const data = allCaches();
    const { cy, render } = fakeCy(data);
    expect(drawNextFrameDirect(cy)).toBe(true);
    for (const k of TEXTURE_CACHES) expect(data[k]!.getElement()).toBeNull();
    render();
    for (const k of TEXTURE_CACHES) {
      expect(Object.hasOwn(data[k]!, 'getElement')).toBe(false);
      expect(data[k]!.getElement()).toBe('texture');
    }
  });

  it('leaves Cytoscape alone when a cache is missing or not of the expected shape', () => {
    const missing = allCaches();
    delete missing.tlbTxrCache;
    const a = fakeCy(missing);
    expect(drawNextFrameDirect(a.cy)).toBe(false);
    expect(missing.eleTxrCache!.getElement()).toBe('texture');

    const odd: Record<string, unknown> = { ...allCaches(), lblTxrCache: { lookup: {} } };
    expect(drawNextFrameDirect(fakeCy(odd).cy)).toBe(false);
    expect((odd.eleTxrCache as Cache).getElement()).toBe('texture');
  });

  it('does not stack on a frame already drawn directly (the method is then the cache’s own)', () => {
    const data = allCaches();
    const { cy, render } = fakeCy(data);
    expect(drawNextFrameDirect(cy)).toBe(true);
    expect(drawNextFrameDirect(cy)).toBe(false);
    render();
    expect(data.eleTxrCache!.getElement()).toBe('texture');
  });

  it('does nothing without a renderer (a headless Cytoscape)', () => {
    expect(drawNextFrameDirect({ renderer: () => undefined, one: () => undefined } as unknown as Core)).toBe(false);
  });
});
