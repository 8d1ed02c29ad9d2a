// Moving a keyboard focus around the canvas with the arrow keys: the nearest node in roughly
// that direction (within a 45° cone either side), so the keyboard follows the picture.
import type { Position } from './model.js';

export type Direction = 'left' | 'right' | 'up' | 'down';

const vectors: Record<Direction, Position> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

export function nearestInDirection(from: Position, candidates: readonly { id: string; at: Position }[], dir: Direction): string | null {
  const v = vectors[dir];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.at.x - from.x, dy = c.at.y - from.y;
    const along = dx * v.x + dy * v.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * v.y - dy * v.x);
    if (across > along) continue;
    // Prefer straight ahead: sideways distance counts double.
    const score = along + 2 * across;
    if (score < bestScore) (bestScore = score), (best = c.id);
  }
  return best;
}

export const arrowDirection: Record<string, Direction | undefined> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
