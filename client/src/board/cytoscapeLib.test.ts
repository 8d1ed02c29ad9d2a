import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test loads the module afresh: it keeps the copy it chose.
const fresh = async () => {
  vi.resetModules();
  return import('./cytoscapeLib.js');
};

afterEach(() => vi.unstubAllGlobals());

describe('cytoscapeLib', () => {
  it("uses the copy the early drawing brought, and loads no other", async () => {
    const early = Object.assign(() => undefined, { early: true });
    vi.stubGlobal('window', { __tavlaFirst: { cytoscape: early } });
    const { loadCytoscape, cytoscapeLoaded } = await fresh();
    expect(() => cytoscapeLoaded()).toThrow(/not loaded/);
    expect(await loadCytoscape()).toBe(early);
    expect(cytoscapeLoaded()).toBe(early);
    // Chosen once: an early drawing that comes later does not swap the copy in use.
    vi.stubGlobal('window', { __tavlaFirst: { cytoscape: () => undefined } });
    expect(await loadCytoscape()).toBe(early);
  });

  it("loads Cytoscape's own module where nothing was drawn early", async () => {
    vi.stubGlobal('window', {});
    const { loadCytoscape, cytoscapeLoaded } = await fresh();
    const own = (await import('cytoscape')).default;
    expect(await loadCytoscape()).toBe(own);
    expect(cytoscapeLoaded()).toBe(own);
    // A working Cytoscape: headless, it holds a node.
    expect(cytoscapeLoaded()({ headless: true, elements: [{ data: { id: 'a' } }] }).nodes().length).toBe(1);
  });
});
