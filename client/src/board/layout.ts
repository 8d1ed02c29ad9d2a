// Full layouts (on first open of a board without saved positions, and when someone asks for
// one): fcose on a headless Cytoscape, so the same code runs on the main thread for small boards
// and in a worker for large ones (a 1,000-person layout must not freeze the page). Group tags
// take part as anchors tied to their members, so a group's members end up together.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Position } from './model.js';

cytoscape.use(fcose);

export interface LayoutInput {
  nodes: { id: string; group?: boolean }[];
  edges: { source: string; target: string; weight?: number }[];
  /** Positions to keep (the rest are placed around them). */
  fixed?: Record<string, Position>;
  /** Start from these positions instead of a random spread (a tidy-up, not a fresh start). */
  initial?: Record<string, Position>;
}

import { LARGE_BOARD, type Positions } from './sizes.js';
import { dropLayoutWorker, layoutInWorker } from './layoutWorker.js';

export { LARGE_BOARD, type Positions };

export function computeLayout(input: LayoutInput): Positions {
  const large = input.nodes.length > LARGE_BOARD;
  const ids = new Set(input.nodes.map((n) => n.id));
  const fixed = Object.entries(input.fixed ?? {}).filter(([id]) => ids.has(id)).map(([nodeId, position]) => ({ nodeId, position }));
  // A draft layout (spectral only) uses node sizes for nothing but centring the result, so a large
  // board's graph is built without styles: 5,000 elements styled for nothing cost about 0.1 s of
  // the worker's time before the page can be drawn. The same positions come out.
  const sized = !large || fixed.length > 0;
  const cy = cytoscape({
    headless: true,
    styleEnabled: sized,
    ...(sized ? { style: [{ selector: 'node', style: { width: 60, height: 60 } }] } : {}),
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id }, ...(input.initial?.[n.id] ? { position: { ...input.initial[n.id]! } } : {}) })),
      ...input.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
        .map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target, w: e.weight ?? 1 } })),
    ],
  });
  cy.layout({
    name: 'fcose',
    quality: large ? 'draft' : 'default',
    randomize: !input.initial,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    nodeRepulsion: () => (large ? 6000 : 16000),
    idealEdgeLength: (e: cytoscape.EdgeSingular) => (large ? 90 : 150) - 8 * Math.min(5, Number(e.data('w')) || 1),
    edgeElasticity: () => 0.45,
    nodeSeparation: 110,
    numIter: large ? 1200 : 2500,
    ...(fixed.length ? { fixedNodeConstraint: fixed } : {}),
  } as cytoscape.LayoutOptions).run();
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  cy.destroy();
  return out;
}

/**
 * Stretch a layout towards the screen's shape (fcose knows nothing of it): a board as wide as the
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

/** Runs a layout off the main thread when the board is large, falling back to the main thread. */
export async function runLayout(input: LayoutInput): Promise<Positions> {
  if (input.nodes.length > LARGE_BOARD && typeof Worker !== 'undefined') {
    try {
      return await layoutInWorker(input);
    } catch {
      dropLayoutWorker();
    }
  }
  return computeLayout(input);
}
