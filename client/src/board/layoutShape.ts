// A layout shaped for the board: stretched to the screen, group tags lifted above their members.
// Apart from the layout code itself: fcose is needed by small boards only.
import type { Position } from './model.js';
import type { Positions } from './sizes.js';

/**
 * Stretch a layout towards the screen's shape (the layouts know nothing of it): a board as wide as the
 * projector can be drawn larger. Widening never crowds; flattening is limited so it barely does.
 */
export function fitAspect(positions: Positions, targetAspect: number): Positions {
  const pts = Object.values(positions);
  if (pts.length < 3 || !(targetAspect > 0)) return positions;
  const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs) || 1, h = Math.max(...ys) - Math.min(...ys) || 1;
  const r = Math.min(2.2, Math.max(1 / 2.2, targetAspect / (w / h)));
  const sx = Math.sqrt(r), sy = 1 / Math.sqrt(r);
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: Math.round(p.x * sx), y: Math.round(p.y * sy) };
  return out;
}

/**
 * Put each group's tag just above its members (the layout leaves it in their middle), in the
 * nearest spot where the tag (about `tagWidth` wide) covers no one.
 */
export function liftGroupTags(positions: Positions, members: Map<string, string[]>, tagWidths: Map<string, number> = new Map()): Positions {
  const out = { ...positions };
  const groups = new Set(members.keys());
  const others = Object.entries(positions).filter(([id]) => !groups.has(id)).map(([, p]) => p);
  const placedTags: (Position & { w: number })[] = [];
  // Clear of people and their labels (which hang below them and run wider than the node).
  const free = (c: Position, w: number) =>
    others.every((p) => Math.abs(p.x - c.x) > w / 2 + 85 || c.y - p.y > 75 || p.y - c.y > 55) &&
    placedTags.every((p) => Math.abs(p.x - c.x) > (w + p.w) / 2 + 10 || Math.abs(p.y - c.y) > 45);
  for (const [groupId, ids] of members) {
    const tagWidth = tagWidths.get(groupId) ?? 220;
    const pts = ids.map((id) => positions[id]).filter((p): p is Position => !!p);
    if (!pts.length) continue;
    const want = { x: pts.reduce((s, p) => s + p.x, 0) / pts.length, y: Math.min(...pts.map((p) => p.y)) - 70 };
    let best = want;
    search: for (let ring = 0; ring < 60; ring++) {
      for (const [dx, dy] of ring === 0 ? [[0, 0]] : [[0, -ring], [-ring, 0], [ring, 0], [-ring, -ring], [ring, -ring], [0, ring], [-ring, ring], [ring, ring]]) {
        const c = { x: want.x + dx! * 30, y: want.y + dy! * 20 };
        if (free(c, tagWidth)) {
          best = c;
          break search;
        }
      }
    }
    placedTags.push({ ...best, w: tagWidth });
    out[groupId] = { x: Math.round(best.x), y: Math.round(best.y) };
  }
  return out;
}
