// Full layouts of boards up to LARGE_BOARD people (on first open of a board without saved
// positions, and when someone asks for one): fcose at its default quality on a headless
// Cytoscape, about 40 s for 1,000 people. Larger boards are laid out by largeLayout.ts in a worker
// (runLayout.ts). Group tags take part as anchors tied to their members, so a group's members end
// up together.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutInput, Positions } from './sizes.js';

cytoscape.use(fcose);

export function computeLayout(input: LayoutInput): Positions {
  const ids = new Set(input.nodes.map((n) => n.id));
  const fixed = Object.entries(input.fixed ?? {}).filter(([id]) => ids.has(id)).map(([nodeId, position]) => ({ nodeId, position }));
  const cy = cytoscape({
    headless: true,
    // Headless Cytoscape ignores styles unless asked: fcose places nodes by these sizes.
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 60, height: 60 } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...input.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
        .map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target, w: e.weight ?? 1 } })),
    ],
  });
  cy.layout({
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    nodeRepulsion: () => 16000,
    idealEdgeLength: (e: cytoscape.EdgeSingular) => 150 - 8 * Math.min(5, Number(e.data('w')) || 1),
    edgeElasticity: () => 0.45,
    nodeSeparation: 110,
    numIter: 2500,
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
