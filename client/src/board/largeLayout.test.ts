import { describe, expect, it } from 'vitest';
import { largeLayout } from './largeLayout.js';
import { pivotLayout } from './pivotLayout.js';
import type { LayoutInput, Positions } from './sizes.js';

// 400 people in 8 communities, nine in ten ties inside one (a board like the benchmark's), and
// four group tags tied to a few members each.
function communityBoard(): LayoutInput {
  let seed = 5;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const n = 400, k = 8;
  const edges: LayoutInput['edges'] = [];
  while (edges.length < 1600) {
    const a = Math.floor(rand() * n);
    const b = rand() < 0.9 ? (Math.floor(rand() * (n / k)) * k + (a % k)) % n : Math.floor(rand() * n);
    if (a !== b) edges.push({ source: `p${a}`, target: `p${b}`, weight: 1 + (edges.length % 5) });
  }
  for (let g = 0; g < 4; g++) for (let m = 0; m < 10; m++) edges.push({ source: `p${g + m * k}`, target: `g${g}`, weight: 4 });
  return { nodes: [...Array.from({ length: n }, (_, i) => ({ id: `p${i}` })), ...Array.from({ length: 4 }, (_, g) => ({ id: `g${g}`, group: true }))], edges };
}
const dist = (p: Positions, a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
function crowded(p: Positions): number {
  const ids = Object.keys(p);
  let count = 0;
  for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) if (dist(p, ids[a]!, ids[b]!) < 46) count++;
  return count;
}

describe('largeLayout', () => {
  const input = communityBoard();
  const p = largeLayout(input);

  it('places everyone, the same way every time', () => {
    expect(Object.keys(p).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    for (const v of Object.values(p)) expect(Number.isFinite(v.x) && Number.isFinite(v.y)).toBe(true);
    expect(largeLayout(input)).toEqual(p);
  });

  it('leaves few people on top of one another (closer than a person is wide), far fewer than pivot MDS alone', () => {
    const before = crowded(pivotLayout(input));
    expect(crowded(p)).toBeLessThan(input.nodes.length / 4);
    expect(crowded(p)).toBeLessThan(before / 4);
  });

  it('keeps tied people near and communities apart', () => {
    const tied = mean(input.edges.filter((e) => e.target.startsWith('p')).map((e) => dist(p, e.source, e.target)));
    const same: number[] = [], other: number[] = [];
    for (let a = 0; a < 400; a += 3) for (let b = a + 1; b < 400; b += 7) (a % 8 === b % 8 ? same : other).push(dist(p, `p${a}`, `p${b}`));
    expect(tied).toBeLessThan(0.6 * mean([...same, ...other]));
    expect(mean(same)).toBeLessThan(0.75 * mean(other));
  });
});
