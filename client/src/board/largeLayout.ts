// A large board's full layout: pivot MDS for the overall shape (pivotLayout.ts, tens of
// milliseconds), then a short force simulation (d3-force) that pushes apart people drawn on top of
// each other and draws tied people together. Pivot MDS alone squeezes a dense core (on the
// benchmark's 1,000 people, 12,600 pairs closer than a person's width); 30 steps leave about 700,
// with the communities further apart than before, in about half a second in Node.
import { forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { pivotLayout, TIE_LENGTH } from './pivotLayout.js';
import type { LayoutInput, Positions } from './sizes.js';

const STEPS = 30;
/**
 * The result is drawn twice as far apart: room for each person's name when zoomed in, and a board
 * fitted to the screen at half the zoom costs the browser far less to draw the first time (its first
 * frame on the benchmark's board went from 470-560 to 250-320 ms).
 */
const SPREAD = 2;
/** Half a person's width (46 px) and a little: the least distance the simulation keeps. */
const RADIUS = 26;

export function largeLayout(input: LayoutInput): Positions {
  const start = pivotLayout(input);
  const ids = input.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const nodes: SimulationNodeDatum[] = ids.map((id) => ({ x: start[id]!.x, y: start[id]!.y }));
  const links = input.edges.flatMap((e) => {
    const source = index.get(e.source), target = index.get(e.target);
    // Stronger ties a little shorter (strength 1-5; group tags pull at 4).
    return source === undefined || target === undefined || source === target ? [] : [{ source, target, length: TIE_LENGTH - 8 * Math.min(5, e.weight ?? 1) }];
  });
  // From a good start: a moderate heat cooling to nothing over STEPS, no timer (stopped at once).
  forceSimulation(nodes)
    .stop()
    .alpha(0.5)
    .alphaDecay(1 - Math.pow(0.01 / 0.5, 1 / STEPS))
    .force('link', forceLink(links).distance((l) => l.length))
    .force('charge', forceManyBody().strength(-60))
    .force('collide', forceCollide(RADIUS))
    .tick(STEPS);
  const out: Positions = {};
  ids.forEach((id, i) => {
    out[id] = { x: Math.round(SPREAD * nodes[i]!.x!), y: Math.round(SPREAD * nodes[i]!.y!) };
  });
  return out;
}
