// Fitting the view from node positions alone: Cytoscape's own fit measures every label, which
// on a board of thousands of elements is most of the cost of opening it.
import type { Core } from 'cytoscape';

export function fitNodes(cy: Core, ids: Set<string> | null = null, padding = 70, maxZoom = 1.6): void {
  const points: { x: number; y: number; r: number }[] = [];
  cy.nodes().forEach((n) => {
    if (!ids || ids.has(n.id())) points.push({ ...n.position(), r: Math.max(n.width(), n.height()) / 2 });
  });
  fitPoints(cy, points, padding, maxZoom);
}

/** Fit the view to points (node centres with their radius), e.g. before the nodes exist. */
export function fitPoints(cy: Core, points: readonly { x: number; y: number; r?: number }[], padding = 70, maxZoom = 1.6): void {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const p of points) {
    const r = (p.r ?? 25) + 20;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    // Labels hang below the node.
    y2 = Math.max(y2, p.y + r + 20);
  }
  if (!Number.isFinite(x1)) return;
  const w = cy.width(), h = cy.height();
  const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, (w - 2 * padding) / Math.max(1, x2 - x1), (h - 2 * padding) / Math.max(1, y2 - y1)));
  cy.viewport({ zoom, pan: { x: w / 2 - zoom * (x1 + x2) / 2, y: h / 2 - zoom * (y1 + y2) / 2 } });
}

/** Whether every node is inside the view. */
export function allInView(cy: Core): boolean {
  const e = cy.extent();
  let inside = true;
  cy.nodes().forEach((n) => {
    const p = n.position();
    if (p.x < e.x1 || p.x > e.x2 || p.y < e.y1 || p.y > e.y2) inside = false;
  });
  return inside && cy.nodes().nonempty();
}
