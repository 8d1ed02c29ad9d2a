import { describe, expect, it } from 'vitest';
import { computeLayout, fitAspect, liftGroupTags } from './layout.js';

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

  it('lays out a large board (draft, built without styles): everyone placed apart, tied people nearer than untied ones', () => {
    // Two rings of 150 with a chord every tenth person, and one bridge between the rings.
    const n = 300;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
    const ring = (i: number) => (i < 150 ? 0 : 150);
    const edges = nodes.flatMap((_, i) => {
      const base = ring(i), j = base + ((i - base + 1) % 150);
      return [{ source: `p${i}`, target: `p${j}` }, ...(i % 10 === 0 ? [{ source: `p${i}`, target: `p${base + ((i - base + 75) % 150)}` }] : [])];
    });
    edges.push({ source: 'p0', target: 'p150' });
    const p = computeLayout({ nodes, edges });
    expect(Object.keys(p)).toHaveLength(n);
    for (const v of Object.values(p)) expect(Number.isFinite(v.x) && Number.isFinite(v.y)).toBe(true);
    expect(new Set(Object.values(p).map((v) => `${v.x},${v.y}`)).size).toBeGreaterThan(n * 0.95);
    const d = (a: number, b: number) => Math.hypot(p[`p${a}`]!.x - p[`p${b}`]!.x, p[`p${a}`]!.y - p[`p${b}`]!.y);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const tied = mean(Array.from({ length: 149 }, (_, i) => d(i, i + 1)));
    const untied = mean(Array.from({ length: 149 }, (_, i) => d(i, 150 + ((i + 40) % 150))));
    expect(tied).toBeLessThan(untied / 2);
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
