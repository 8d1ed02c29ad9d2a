// What the analysis adds to the board's elements: sizes and fills by metric or community, marks
// for brokers, bridges, a what-if and a path. Pure: `buildDecor` decides, `decorateElements`
// applies it to the element definitions the canvas reconciles (so a redraw keeps the marks, and
// closing the analysis gives back exactly the board's own elements).
import type { ElementDef } from '../elements.js';
import { MARKS, communityFill, communityLetter } from './colour.js';
import { colourScale, sizeScale, type Metric } from './scales.js';
import type { WhatIfMarks } from './whatIf.js';

export interface PersonMetrics {
  id: string;
  degree: number;
  betweenness: number;
  closeness: number;
  pageRank: number;
  community: number;
}

export type ColourBy = Metric | 'community';

export interface DecorInput {
  metrics: readonly PersonMetrics[] | null;
  sizeBy: Metric | null;
  colourBy: ColourBy | null;
  highlight: boolean;
  brokers: readonly string[];
  bridgeTies: readonly string[];
  whatIf: { marks: WhatIfMarks; planned: readonly { sourceId: string; targetId: string }[] } | null;
  path: { people: readonly string[]; ties: readonly string[] } | null;
  meeting: boolean;
}

export interface NodeDecor {
  classes: string[];
  data: Record<string, string | number>;
  /** Put before the label (the community's letter: colour is never the only channel; a long name is cut at its end, so not after it). */
  prefix?: string;
}

export interface AnalysisDecor {
  nodes: Map<string, NodeDecor>;
  edges: Map<string, string[]>;
  /** The path view: everyone and every tie not on the path fades, whatever else is drawn. */
  focus: { people: Set<string>; ties: Set<string> } | null;
  extraEdges: ElementDef[];
}

export const MEETING_SCALE = 1.35;
export const plannedEdgeId = (i: number) => `planned:${i}`;

export function buildDecor(input: DecorInput): AnalysisDecor | null {
  const nodes = new Map<string, NodeDecor>();
  const edges = new Map<string, string[]>();
  const node = (id: string) => nodes.get(id) ?? nodes.set(id, { classes: [], data: {} }).get(id)!;
  const edge = (id: string) => edges.get(id) ?? edges.set(id, []).get(id)!;
  const k = input.meeting ? MEETING_SCALE : 1;
  const m = input.metrics;

  if (m && input.sizeBy) {
    const metric = input.sizeBy;
    const scale = sizeScale(m.map((p) => p[metric]));
    for (const p of m) {
      const n = node(p.id);
      n.classes.push('an-size');
      n.data.anSize = Math.round(scale.diameter(p[metric]) * k * 10) / 10;
    }
  }
  if (m && input.colourBy === 'community') {
    for (const p of m) {
      const n = node(p.id);
      n.classes.push('an-fill');
      n.data.anFill = communityFill(p.community);
      n.prefix = `${communityLetter(p.community)} · `;
    }
  } else if (m && input.colourBy) {
    const metric = input.colourBy;
    const scale = colourScale(m.map((p) => p[metric]));
    for (const p of m) {
      const n = node(p.id);
      n.classes.push('an-fill');
      n.data.anFill = scale.colour(p[metric]);
    }
  }
  if (input.highlight) {
    for (const id of input.brokers) node(id).classes.push('an-broker');
    for (const id of input.bridgeTies) edge(id).push('an-bridge');
  }
  const extraEdges: ElementDef[] = [];
  if (input.whatIf) {
    const w = input.whatIf.marks;
    for (const id of w.removed) node(id).classes.push('an-removed');
    for (const id of w.removedTies) edge(id).push('an-removed');
    for (const id of w.isolated) node(id).classes.push('an-isolated');
    for (const id of w.splitOff) node(id).classes.push('an-split');
    input.whatIf.planned.forEach((t, i) => {
      extraEdges.push({ group: 'edges', data: { id: plannedEdgeId(i), source: t.sourceId, target: t.targetId, colour: MARKS.planned }, classes: 'an-planned' });
    });
  }
  if (input.path) {
    const ends = new Set([input.path.people[0], input.path.people[input.path.people.length - 1]]);
    for (const id of input.path.people) node(id).classes.push(ends.has(id) ? 'an-path an-path-end' : 'an-path');
    for (const id of input.path.ties) edge(id).push('an-path');
  }
  if (!nodes.size && !edges.size && !extraEdges.length && !input.path) return null;
  const focus = input.path ? { people: new Set(input.path.people), ties: new Set(input.path.ties) } : null;
  return { nodes, edges, focus, extraEdges };
}

/** The board's elements with the decor applied; untouched definitions are passed through as they are. */
export function decorateElements(defs: ElementDef[], decor: AnalysisDecor | null | undefined): ElementDef[] {
  if (!decor) return defs;
  const onCanvas = new Set<string>();
  const out = defs.map((d) => {
    const id = String(d.data.id);
    const cls = d.classes.split(' ');
    if (d.group === 'nodes') {
      onCanvas.add(id);
      if (!cls.includes('person')) return d;
      const n = decor.nodes.get(id);
      const fade = decor.focus && !decor.focus.people.has(id) ? ['an-faded'] : [];
      if (!n && !fade.length) return d;
      const data = { ...d.data, ...n?.data };
      if (n?.prefix) data.label = `${n.prefix}${String(d.data.label)}`;
      return { ...d, data, classes: [d.classes, ...(n?.classes ?? []), ...fade].join(' ') };
    }
    if (!cls.includes('tie')) return d;
    const e = decor.edges.get(id) ?? [];
    const fade = decor.focus && !decor.focus.ties.has(id) ? ['an-faded'] : [];
    return e.length || fade.length ? { ...d, classes: [d.classes, ...e, ...fade].join(' ') } : d;
  });
  for (const e of decor.extraEdges) if (onCanvas.has(String(e.data.source)) && onCanvas.has(String(e.data.target))) out.push(e);
  return out;
}
