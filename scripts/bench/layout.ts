// A large board's first layout, in Node, on the render benchmark's board (1,000 people in 20
// communities, 4,000 ties, 10 group tags): fcose at draft quality (what large boards had until
// session 9, the peer) against pivot MDS alone and pivot MDS with the force steps (largeLayout,
// what they have now); and, once, fcose at its default quality (what boards up to 250 get) as the
// reference for quality.
// Time of the first run (the worker runs it once, with nothing compiled yet) and the median of 5,
// and the layout's quality: people drawn on top of each other, ties' length and communities'
// separation against the distances between people.
//   node --import tsx scripts/bench/layout.ts
import { performance } from 'node:perf_hooks';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeLayout } from '../../client/src/board/layout.js';
import { boardLayoutInput } from '../../client/src/board/firstLayout.js';
import { largeLayout } from '../../client/src/board/largeLayout.js';
import type { BoardData } from '../../client/src/board/model.js';
import { pivotLayout } from '../../client/src/board/pivotLayout.js';
import type { LayoutInput, Positions } from '../../client/src/board/sizes.js';
import { largeBoard } from '../../tests/support/large-board.js';
import { fmt, median } from './stats.js';

cytoscape.use(fcose);

const PEOPLE = 1000;
const TIES = 4000;
const COMMUNITIES = 20;
const RUNS = 5;
/** A person's node is 46 px wide (style.ts). */
const WIDTH = 46;

function benchInput(): { input: LayoutInput; community: Map<string, number> } {
  const gen = largeBoard('-', { people: PEOPLE, ties: TIES, communities: COMMUNITIES });
  // The generator's rows carry the fields the board model's people, groups, ties and memberships
  // have, so the page's own mapping to a layout input applies.
  const rows = gen.rows as unknown as BoardData & { people: { id: string }[] };
  return {
    input: boardLayoutInput(rows),
    // The generator puts person i in community i mod 20.
    community: new Map(rows.people.map((p, i) => [p.id, i % COMMUNITIES])),
  };
}

function quality(p: Positions, input: LayoutInput, community: Map<string, number>) {
  const people = [...community.keys()];
  const d = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
  let overlapping = 0, same = 0, sameN = 0, other = 0, otherN = 0;
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const x = d(people[i]!, people[j]!);
      if (x < WIDTH) overlapping++;
      if (community.get(people[i]!) === community.get(people[j]!)) (same += x), sameN++;
      else (other += x), otherN++;
    }
  }
  const ties = input.edges.filter((e) => community.has(e.source) && community.has(e.target));
  const tie = ties.reduce((s, e) => s + d(e.source, e.target), 0) / ties.length;
  const all = (same + other) / (sameN + otherN);
  return { overlapping, tieToAll: tie / all, sameToOther: same / sameN / (other / otherN) };
}

/** fcose as large boards had it until session 9 (the settings of layout.ts then, draft quality). */
function fcoseDraft(input: LayoutInput): Positions {
  const cy = cytoscape({
    headless: true,
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...input.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target, w: e.weight ?? 1 } })),
    ],
  });
  cy.layout({
    name: 'fcose', quality: 'draft', randomize: true, animate: false, fit: false, nodeDimensionsIncludeLabels: false, packComponents: true,
    nodeRepulsion: () => 6000, idealEdgeLength: (e: cytoscape.EdgeSingular) => 90 - 8 * Math.min(5, Number(e.data('w')) || 1),
    edgeElasticity: () => 0.45, nodeSeparation: 110, numIter: 1200,
  } as cytoscape.LayoutOptions).run();
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = { x: Math.round(n.position().x), y: Math.round(n.position().y) };
  });
  cy.destroy();
  return out;
}

export async function runLayoutBench(): Promise<string[]> {
  const { input, community } = benchInput();
  const methods: [string, (i: LayoutInput) => Positions, number][] = [
    ['fcose draft (large boards before)', fcoseDraft, RUNS],
    ['pivot MDS alone', pivotLayout, RUNS],
    ['largeLayout: pivot MDS + 30 force steps (large boards now)', largeLayout, RUNS],
    ['fcose default quality (boards up to 250; once, about 15 s)', computeLayout, 1],
  ];
  const lines = [`large-board layout in Node, ${PEOPLE} people / ${TIES} ties in ${COMMUNITIES} communities, first run and median of ${RUNS}:`];
  for (const [name, layout, runs] of methods) {
    const times: number[] = [];
    let result: Positions = {};
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      result = layout(input);
      times.push(performance.now() - t0);
    }
    const q = quality(result, input, community);
    lines.push(
      `  ${name}: first ${fmt(times[0]!)}, median ${fmt(median(times))}; pairs of people closer than ${WIDTH} px: ${q.overlapping}; ` +
        `mean tie / mean distance ${q.tieToAll.toFixed(2)}; same community / different ${q.sameToOther.toFixed(2)} (lower is better for the last three)`,
    );
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await runLayoutBench()).join('\n'));
  // Cytoscape's headless instances keep timers alive.
  process.exit(0);
}
