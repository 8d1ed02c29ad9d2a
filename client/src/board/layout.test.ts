import { describe, expect, it } from 'vitest';
import { computeLayout } from './layout.js';
import { fitAspect, liftGroupTags } from './layoutShape.js';

describe('layout', () => {
  it('places every node, keeps tied people nearer than untied ones, and respects fixed nodes', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
    const edges = [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'a', target: 'c' }, { source: 'd', target: 'e' }, { source: 'e', target: 'f' }, { source: 'c', target: 'd' }];
    const p = computeLayout({ nodes, edges, fixed: { a: { x: 500, y: 500 } } });
    expect(Object.keys(p).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const v of Object.values(p)) expect(Number.isFinite(v.x) && Number.isFinite(v.y)).toBe(true);
    expect(p.a).toEqual({ x: 500, y: 500 });
    const d = (x: string, y: string) => Math.hypot(p[x]!.x - p[y]!.x, p[x]!.y - p[y]!.y);
    expect(d('a', 'b')).toBeLessThan(d('a', 'f'));
    // Nobody on top of anybody.
    const ids = Object.keys(p);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) expect(d(ids[i]!, ids[j]!)).toBeGreaterThan(30);
  });

  it('regression: people without ties were laid out on top of each other (node sizes ignored with styles off)', () => {
    const p = computeLayout({ nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], edges: [] });
    const d = (x: string, y: string) => Math.hypot(p[x]!.x - p[y]!.x, p[x]!.y - p[y]!.y);
    // Nodes are 60 wide in the layout: apart by at least that.
    for (const [x, y] of [['a', 'b'], ['a', 'c'], ['b', 'c']] as const) expect(d(x, y)).toBeGreaterThanOrEqual(60);
  });

  it('lifts a group tag above its members, clear of everyone', () => {
    const positions = { g: { x: 0, y: 0 }, a: { x: -100, y: 0 }, b: { x: 100, y: 0 }, c: { x: 0, y: -70 } };
    const out = liftGroupTags(positions, new Map([['g', ['a', 'b']]]), new Map([['g', 200]]));
    expect(out.g!.y).toBeLessThan(0);
    // c sits right where the tag would go: the tag moves off it (and off c's label below it).
    expect(Math.abs(out.g!.x) > 185 || out.g!.y - -70 > 75 || -70 - out.g!.y > 55).toBe(true);
    expect(out.a).toEqual(positions.a);
  });

  it('stretches a tall layout towards a wide screen, within limits', () => {
    const tall = { a: { x: 0, y: 0 }, b: { x: 100, y: 400 }, c: { x: 50, y: 200 } };
    const out = fitAspect(tall, 2);
    const w = out.b!.x - out.a!.x, h = out.b!.y - out.a!.y;
    expect(w / h).toBeGreaterThan(100 / 400);
    expect(w / h).toBeLessThan(2);
    expect(fitAspect(tall, 100 / 400)).toEqual(tall);
  });
});
