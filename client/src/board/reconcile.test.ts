import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { abandonPrepared, flushUntold, isPrepared, prepareFirstLoad, reconcile, reconcileInChunks } from './reconcile.js';
import { boardStyle } from './style.js';
import type { ElementDef } from './elements.js';

const node = (id: string, label = id): ElementDef => ({ group: 'nodes', data: { id, label }, classes: 'person young' });
const edge = (id: string, s: string, t: string, width = 2): ElementDef => ({ group: 'edges', data: { id, source: s, target: t, width, colour: '#333333', line: 'solid' }, classes: 'tie' });

describe('reconcile', () => {
  it('adds, restyles and removes without moving anyone', () => {
    const cy = cytoscape({ headless: true });
    const pos: Record<string, { x: number; y: number }> = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 } };
    reconcile(cy, [node('a'), node('b'), edge('ab', 'a', 'b')], (id) => pos[id]);
    expect(cy.nodes().length).toBe(2);
    expect(cy.edges().length).toBe(1);
    cy.getElementById('a').position({ x: 40, y: 40 });

    pos.c = { x: 300, y: 300 };
    reconcile(cy, [node('a', 'A!'), node('b'), node('c'), edge('ab', 'a', 'b', 6)], (id) => pos[id]);
    expect(cy.getElementById('a').data('label')).toBe('A!');
    expect(cy.getElementById('a').position()).toEqual({ x: 40, y: 40 });
    expect(cy.getElementById('c').position()).toEqual({ x: 300, y: 300 });
    expect(cy.getElementById('ab').data('width')).toBe(6);

    reconcile(cy, [node('a'), node('c')], (id) => pos[id]);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'c']);
    expect(cy.edges().length).toBe(0);
  });

  it('holds back nodes with no position yet, and edges to them', () => {
    const cy = cytoscape({ headless: true });
    const added = reconcile(cy, [node('a'), node('b'), edge('ab', 'a', 'b')], (id) => (id === 'a' ? { x: 0, y: 0 } : undefined));
    expect(added).toBe(1);
    expect(cy.elements().map((e) => e.id())).toEqual(['a']);
  });

  it('updates classes', () => {
    const cy = cytoscape({ headless: true });
    reconcile(cy, [node('a')], () => ({ x: 0, y: 0 }));
    reconcile(cy, [{ ...node('a'), classes: 'person young dim' }], () => ({ x: 0, y: 0 }));
    expect(cy.getElementById('a').hasClass('dim')).toBe(true);
  });

  it('a large board opens in one batch: everything added and styled as one reconcile would, the batch closed', async () => {
    const n = 900;
    const wanted: ElementDef[] = [
      ...Array.from({ length: n }, (_, i) => ({ ...node(`p${i}`), classes: i % 7 === 0 ? 'person figure' : 'person young' })),
      ...Array.from({ length: 2 * n }, (_, i) => edge(`e${i}`, `p${i % n}`, `p${(i * 7 + 1) % n}`, 1 + (i % 5))),
      edge('dangling', 'p1', 'nobody'),
    ];
    const at = (id: string) => (id.startsWith('p') ? { x: Number(id.slice(1)) * 3, y: 0 } : undefined);
    const plain = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
    reconcile(plain, wanted, at);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
    let yields = 0;
    const added = await reconcileInChunks(cy, wanted, at, () => (yields++, false), 5);
    expect(added).toBe(3 * n);
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
    expect(yields).toBeGreaterThan(2);
    // Every property of every element, and where Cytoscape puts it: the batch styles fresh
    // elements with its change checks switched off, which must come to the same thing.
    expect(cy.elements().length).toBe(plain.elements().length);
    plain.elements().forEach((b) => {
      const a = cy.getElementById(b.id());
      expect(a.style(), b.id()).toEqual(b.style());
      expect(a.boundingBox(), b.id()).toEqual(b.boundingBox());
    });
    expect(cy.getElementById('p7').style('shape')).toBe('diamond');
    expect(cy.getElementById('p8').style('shape')).toBe('ellipse');
    expect(cy.getElementById('e3').style('width')).toBe('4px');
  });

  it('styles changed after a large board opened still take effect (the change checks are back on)', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
    const wanted = Array.from({ length: 400 }, (_, i) => ({ ...node(`p${i}`), classes: 'person young' }));
    await reconcileInChunks(cy, [...wanted, edge('e0', 'p0', 'p1', 2)], () => ({ x: 0, y: 0 }), () => false, 5);
    const before = cy.getElementById('p0').boundingBox().w;
    cy.getElementById('p0').addClass('figure');
    cy.getElementById('e0').data('width', 9);
    expect(cy.getElementById('p0').style('shape')).toBe('diamond');
    expect(cy.getElementById('p0').boundingBox().w).toBeGreaterThan(before);
    expect(cy.getElementById('e0').style('width')).toBe('9px');
  });

  it('a cancelled first load leaves the batch closed and what it added styled', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
    let calls = 0;
    const wanted = Array.from({ length: 1500 }, (_, i) => ({ ...node(`p${i}`), classes: 'person figure' }));
    await reconcileInChunks(cy, wanted, () => ({ x: 0, y: 0 }), () => ++calls > 1, 1);
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
    expect(cy.nodes().length).toBeGreaterThan(0);
    expect(cy.nodes()[0]!.style('shape')).toBe('diamond');
    // The newer round (still the first drawing) adds the rest, in a batch again, all styled.
    const already = cy.nodes().length;
    expect(already).toBeLessThan(1500);
    const more = await reconcileInChunks(cy, wanted, () => ({ x: 0, y: 0 }), () => false, 1, true);
    expect(cy.nodes().length).toBe(1500);
    expect(more).toBe(1500 - already);
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
    expect(cy.nodes().every((n) => n.style('shape') === 'diamond')).toBe(true);
  });

  describe('a large board added while its first layout runs', () => {
    const n = 600;
    const people = Array.from({ length: n }, (_, i) => ({ ...node(`p${i}`), classes: i % 9 === 0 ? 'person figure' : 'person young' }));
    const ties = Array.from({ length: 2 * n }, (_, i) => edge(`e${i}`, `p${i % n}`, `p${(i * 5 + 3) % n}`, 1 + (i % 5)));
    const laidOut = new Set(people.map((p) => String(p.data.id)));
    const at = (id: string) => ({ x: (Number(id.slice(1)) % 30) * 70, y: Math.floor(Number(id.slice(1)) / 30) * 70 });
    const batching = (cy: cytoscape.Core) => (cy as unknown as { batching(): boolean }).batching();

    it('ends up as one plain reconcile would: everyone at the layout’s place, styled and measured alike, the batch closed', async () => {
      const cy = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
      // A community (not laid out) and a tie to it wait for the reconcile.
      const extra = [{ ...node('c1'), classes: 'community' }, edge('ec', 'p1', 'c1')];
      prepareFirstLoad(cy, [...people, ...ties, ...extra], laidOut, 5);
      expect(isPrepared(cy)).toBe(true);
      expect(batching(cy)).toBe(true);
      const added = await reconcileInChunks(cy, [...people, ...ties, ...extra], (id) => (id === 'c1' ? { x: -500, y: -500 } : at(id)), () => false, 5, true);
      expect(isPrepared(cy)).toBe(false);
      expect(batching(cy)).toBe(false);
      expect(added).toBe(2);
      const plain = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
      reconcile(plain, [...people, ...ties, ...extra], (id) => (id === 'c1' ? { x: -500, y: -500 } : at(id)));
      expect(cy.elements().length).toBe(plain.elements().length);
      plain.elements().forEach((b) => {
        const a = cy.getElementById(b.id());
        if (b.isNode()) expect(a.position(), b.id()).toEqual(b.position());
        expect(a.style(), b.id()).toEqual(b.style());
        expect(a.boundingBox(), b.id()).toEqual(b.boundingBox());
      });
    });

    it('a change that came while the layout ran is styled, not lost with the batch’s queue', async () => {
      const cy = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
      prepareFirstLoad(cy, [...people, ...ties], laidOut, 5);
      const now = people.map((p, i) => (i === 4 ? { ...p, classes: 'person figure' } : p));
      await reconcileInChunks(cy, [...now, ...ties], at, () => false, 5, true);
      expect(cy.getElementById('p4').style('shape')).toBe('diamond');
      expect(cy.getElementById('p5').style('shape')).toBe('ellipse');
    });

    it('a layout that fails leaves no batch open and nobody piled up at the origin', async () => {
      const cy = cytoscape({ headless: true, styleEnabled: true, style: boardStyle(false, true) });
      prepareFirstLoad(cy, [...people, ...ties], laidOut, 5);
      await new Promise((r) => setTimeout(r, 20));
      await abandonPrepared(cy);
      expect(isPrepared(cy)).toBe(false);
      expect(batching(cy)).toBe(false);
      expect(cy.elements().length).toBe(0);
      // A later reconcile (a layout asked for again) draws the board as usual.
      await reconcileInChunks(cy, [...people, ...ties], at, () => false, 5, true);
      expect(cy.nodes().length).toBe(n);
      expect(batching(cy)).toBe(false);
    });
  });
});

describe('the renderer’s first queue, worked off without the empty texture caches', () => {
  /** A stand-in for one of Cytoscape's element texture caches: its prototype's method counts calls. */
  function fakeCache(ids: string[], queued: Record<string, unknown> = {}) {
    const calls: number[] = [];
    const proto = { invalidateElements(eles: unknown[]) { calls.push(eles.length); } };
    const cache = Object.assign(Object.create(proto) as typeof proto & { lookup: unknown; eleKeyToCacheQueue: unknown }, {
      lookup: { keyForId: new Map(ids.map((id) => [id, 'k'])) },
      eleKeyToCacheQueue: queued,
    });
    return { cache, calls, proto };
  }
  const names = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'] as const;
  function renderer(caches: ReturnType<typeof fakeCache>[]) {
    const data = Object.fromEntries(names.map((n, i) => [n, caches[i]!.cache]));
    return { data, flushRenderedStyleQueue() { for (const c of Object.values(data)) (c as { invalidateElements(e: unknown[]): void }).invalidateElements([1, 2, 3]); } };
  }

  it('skips telling them while all four hold nothing, and gives them back their own method', () => {
    const caches = names.map(() => fakeCache([]));
    flushUntold(renderer(caches));
    for (const c of caches) {
      expect(c.calls).toEqual([]);
      expect(Object.hasOwn(c.cache, 'invalidateElements')).toBe(false);
      expect(c.cache.invalidateElements).toBe(c.proto.invalidateElements);
    }
  });

  it('tells them as usual once any holds a texture or a queued request', () => {
    for (const [ids, queued] of [[['per_1'], {}], [[], { key: { eles: [] } }]] as const) {
      const caches = [fakeCache([...ids], { ...queued }), fakeCache([]), fakeCache([]), fakeCache([])];
      flushUntold(renderer(caches));
      for (const c of caches) expect(c.calls).toEqual([3]);
    }
  });

  it('tells them as usual when a cache is missing or shaped otherwise', () => {
    const caches = names.map(() => fakeCache([]));
    const r = renderer(caches);
    delete (r.data as Record<string, unknown>).tlbTxrCache;
    r.flushRenderedStyleQueue = function () { for (const c of Object.values(this.data)) (c as { invalidateElements(e: unknown[]): void }).invalidateElements([1]); };
    flushUntold(r);
    for (const c of caches.slice(0, 3)) expect(c.calls).toEqual([1]);
  });
});
