// Where a new node goes: next to the people it is tied to (or where the user asked), in the
// nearest free spot, so adding someone never moves anyone else.
import type { Position } from './model.js';

export const NODE_SPACING = 95;

export function centroid(points: readonly Position[]): Position | null {
  if (!points.length) return null;
  let x = 0, y = 0;
  for (const p of points) (x += p.x), (y += p.y);
  return { x: x / points.length, y: y / points.length };
}

function free(p: Position, occupied: readonly Position[], spacing: number): boolean {
  const min2 = spacing * spacing;
  for (const o of occupied) {
    const dx = o.x - p.x, dy = o.y - p.y;
    if (dx * dx + dy * dy < min2) return false;
  }
  return true;
}

/**
 * The free spot nearest to the neighbours' centre (or `fallback`), searched on a spiral so
 * the answer is deterministic.
 */
export function placeNear(neighbours: readonly Position[], occupied: readonly Position[], fallback: Position, spacing = NODE_SPACING): Position {
  const base = centroid(neighbours) ?? fallback;
  // One neighbour: start beside it rather than on top of it.
  const start = neighbours.length === 1 ? { x: base.x + spacing, y: base.y } : base;
  if (free(start, occupied, spacing)) return start;
  const step = spacing / 2;
  for (let ring = 1; ring < 200; ring++) {
    const r = ring * step;
    const n = Math.max(8, Math.round((2 * Math.PI * r) / step));
    for (let i = 0; i < n; i++) {
      const a = (i / n) * 2 * Math.PI;
      const p = { x: Math.round(base.x + r * Math.cos(a)), y: Math.round(base.y + r * Math.sin(a)) };
      if (free(p, occupied, spacing)) return p;
    }
  }
  return start;
}
