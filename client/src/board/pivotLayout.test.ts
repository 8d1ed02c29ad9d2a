import { describe, expect, it } from 'vitest';
import { pivotLayout, pivotMds, TIE_LENGTH } from './pivotLayout.js';
import type { LayoutInput, Positions } from './sizes.js';

const ring = (n: number, at = 0) => Array.from({ length: n }, (_, i) => [at + i, at + ((i + 1) % n)] as const);
function adjacency(n: number, pairs: readonly (readonly [number, number])[]): number[][] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of pairs) adj[a]!.push(b), adj[b]!.push(a);
  return adj;
}
function input(n: number, pairs: readonly (readonly [number, number])[]): LayoutInput {
  return { nodes: Array.from({ length: n }, (_, i) => ({ id: `p${i}` })), edges: pairs.map(([a, b]) => ({ source: `p${a}`, target: `p${b}` })) };
}
const dist = (p: Positions, a: number, b: number) => Math.hypot(p[`p${a}`]!.x - p[`p${b}`]!.x, p[`p${a}`]!.y - p[`p${b}`]!.y);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('pivot MDS', () => {
  // With every node a pivot, pivot MDS is classical MDS, which gives back any configuration whose
  // distances are Euclidean: a path's distances in ties are those of points evenly along a line.
  it('puts a path on a straight line, evenly spaced and in order', () => {
    const n = 8;
    const [x, y] = pivotMds(adjacency(n, Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const)), n);
    for (const v of y) expect(Math.abs(v)).toBeLessThan(1e-6);
    const steps = Array.from({ length: n - 1 }, (_, i) => x[i + 1]! - x[i]!);
    const sign = Math.sign(steps[0]!);
    for (const s of steps) expect(s * sign).toBeCloseTo(Math.abs(steps[0]!), 6);
  });

  // A cycle's distance matrix is circulant: its leading eigenvectors are the first cosine and sine
  // (Fourier) modes, so classical MDS puts the nodes on a circle in their order, evenly apart.
  it('puts a cycle on a circle, neighbours evenly apart', () => {
    const n = 12;
    const [x, y] = pivotMds(adjacency(n, ring(n)), n);
    const radii = Array.from({ length: n }, (_, i) => Math.hypot(x[i]!, y[i]!));
    for (const r of radii) expect(r / radii[0]!).toBeCloseTo(1, 6);
    const gaps = Array.from({ length: n }, (_, i) => Math.hypot(x[i]! - x[(i + 1) % n]!, y[i]! - y[(i + 1) % n]!));
    for (const g of gaps) expect(g / gaps[0]!).toBeCloseTo(1, 6);
  });
});

describe('pivotLayout', () => {
  it('draws a triangle equilateral, its ties TIE_LENGTH long', () => {
    const p = pivotLayout(input(3, ring(3)));
    for (const [a, b] of ring(3)) expect(Math.abs(dist(p, a, b) - TIE_LENGTH)).toBeLessThanOrEqual(1);
  });

  it('places separate groups and people without ties side by side, none overlapping another', () => {
    // Two triangles, a square and two people without ties; an edge to no one is ignored.
    const pairs = [...ring(3), ...ring(3, 3), ...ring(4, 6)];
    const data = input(12, pairs);
    data.edges.push({ source: 'p0', target: 'nobody' }, { source: 'p1', target: 'p1' });
    const p = pivotLayout(data);
    expect(Object.keys(p).sort()).toEqual(data.nodes.map((n) => n.id).sort());
    const parts = [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9], [10], [11]];
    const box = (ids: number[]) => {
      const xs = ids.map((i) => p[`p${i}`]!.x), ys = ids.map((i) => p[`p${i}`]!.y);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    };
    for (let a = 0; a < parts.length; a++) {
      for (let b = a + 1; b < parts.length; b++) {
        const A = box(parts[a]!), B = box(parts[b]!);
        const apart = A.x1 + TIE_LENGTH <= B.x0 || B.x1 + TIE_LENGTH <= A.x0 || A.y1 + TIE_LENGTH <= B.y0 || B.y1 + TIE_LENGTH <= A.y0;
        expect(apart, `parts ${a} and ${b}`).toBe(true);
      }
    }
  });

  it('spreads people who would share a place (friends of only the same person), near that person', () => {
    // A ring of 280 and, tied to one of them, p280 with eight friends of their own: the friends are
    // equally far from every pivot (all on the ring or p280 itself), so MDS puts them on one spot.
    const friends = Array.from({ length: 8 }, (_, i) => 281 + i);
    const p = pivotLayout(input(289, [...ring(280), [0, 280], ...friends.map((f) => [280, f] as const)]));
    for (const a of friends) {
      expect(dist(p, a, 280)).toBeLessThan(2 * TIE_LENGTH);
      for (const b of friends) if (a < b) expect(dist(p, a, b)).toBeGreaterThanOrEqual(46);
    }
  });

  it('keeps tied people nearer than untied ones on two rings joined by one tie, the same way every time', () => {
    const n = 300;
    const pairs = [...ring(150), ...ring(150, 150), ...Array.from({ length: 30 }, (_, k) => [k * 10, (k * 10 + 75) % 150 + (k >= 15 ? 150 : 0)] as const), [0, 150] as const];
    const p = pivotLayout(input(n, pairs));
    expect(new Set(Object.values(p).map((v) => `${v.x},${v.y}`)).size).toBe(n);
    const tied = mean(Array.from({ length: 149 }, (_, i) => dist(p, i, i + 1)));
    const untied = mean(Array.from({ length: 149 }, (_, i) => dist(p, i, 150 + ((i + 40) % 150))));
    expect(tied).toBeLessThan(untied / 2);
    expect(pivotLayout(input(n, pairs))).toEqual(p);
  });

  it('pulls communities apart: people in the same one nearer than people in different ones', () => {
    // 400 people in 8 communities, nine in ten ties inside one (a board like the benchmark's).
    let seed = 11;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const n = 400, k = 8;
    const pairs: [number, number][] = [];
    while (pairs.length < 1600) {
      const a = Math.floor(rand() * n);
      const b = rand() < 0.9 ? (Math.floor(rand() * (n / k)) * k + (a % k)) % n : Math.floor(rand() * n);
      if (a !== b) pairs.push([a, b]);
    }
    const p = pivotLayout(input(n, pairs));
    const same: number[] = [], other: number[] = [];
    for (let a = 0; a < n; a += 3) for (let b = a + 1; b < n; b += 7) (a % k === b % k ? same : other).push(dist(p, a, b));
    // Placed at random the two would be equal.
    expect(mean(same)).toBeLessThan(0.7 * mean(other));
  });
});
