import { buildCsr, density, indexNodes } from './csr.js';
import { resolveFilter, selectTies } from './filter.js';
import type { ResolvedFilter } from './filter.js';
import { AnalysisInputError } from './graph.js';
import type { AnalysisEdge, AnalysisGraph, AnalysisNode, TieFilter, Valence } from './graph.js';
import { groupsOf } from './groups.js';
import { components } from './kernels/structure.js';

export interface PlannedTie {
  source: string;
  target: string;
  type: string;
  strength: number;
  valence: Valence;
  directed?: boolean;
  /** Defaults to planned-0, planned-1, ... */
  id?: string;
}

export interface WhatIf {
  removePeople?: string[];
  removeTies?: string[];
  addTies?: PlannedTie[];
}

export interface Structure {
  people: number;
  ties: number;
  components: number;
  largestComponent: number;
  density: number;
}

export interface GroupSplit {
  groupId: string;
  /** Members left after the change. */
  members: number;
  /** Split among the members' own ties (the group's induced subgraph). */
  splitWithinGroup: boolean;
  /** Split on the whole board (paths may run through non-members). */
  splitOnBoard: boolean;
  /** Parts the remaining members fall into, before and after, in each sense. */
  withinGroup: { before: number; after: number };
  onBoard: { before: number; after: number };
}

export interface SimulationResult {
  before: Structure;
  after: Structure;
  /** The contract's short form. `isolated` = newlyIsolated. */
  componentsBefore: number;
  componentsAfter: number;
  isolated: string[];
  /** People still on the board who had ties before and have none after. */
  newlyIsolated: string[];
  /** People who had at least one supportive tie and have none after (usually: lost their only one). */
  loseLastSupportiveTie: { personId: string; supportivePartnersBefore: number }[];
  groupsSplit: GroupSplit[];
  /** People whose number of supportive partners rises (only planned ties can do that). */
  gainSupportiveTie: { personId: string; supportivePartnersBefore: number; supportivePartnersAfter: number }[];
}

/**
 * What-if: remove people and/or ties, add planned ties, and compare the board before and after
 * under the same tie filter. Pure: the input graph is not modified.
 */
export function simulate(graph: AnalysisGraph, change: WhatIf, filter?: TieFilter): SimulationResult {
  const resolved = resolveFilter(filter);
  const known = indexNodes(graph.nodes);
  const removedPeople = new Set(change.removePeople ?? []);
  for (const id of removedPeople) if (!known.has(id)) throw new AnalysisInputError('UNKNOWN_PERSON', id);
  const removedTies = new Set(change.removeTies ?? []);
  const tieIds = new Set(graph.edges.map((e) => e.id));
  for (const id of removedTies) if (!tieIds.has(id)) throw new AnalysisInputError('UNKNOWN_TIE', id);
  const planned: AnalysisEdge[] = (change.addTies ?? []).map((t, i) => {
    for (const end of [t.source, t.target]) {
      if (!known.has(end) || removedPeople.has(end)) throw new AnalysisInputError('UNKNOWN_PERSON', `planned tie names ${end}`);
    }
    return { id: t.id ?? `planned-${i}`, source: t.source, target: t.target, type: t.type, strength: t.strength, valence: t.valence, directed: t.directed ?? false };
  });

  const afterGraph: AnalysisGraph = {
    nodes: graph.nodes.filter((n) => !removedPeople.has(n.id)),
    edges: [
      ...graph.edges.filter((e) => !removedTies.has(e.id) && !removedPeople.has(e.source) && !removedPeople.has(e.target)),
      ...planned,
    ],
  };
  const b = snapshot(graph, resolved);
  const a = snapshot(afterGraph, resolved);

  const newlyIsolated: string[] = [];
  const lose: SimulationResult['loseLastSupportiveTie'] = [];
  const gain: SimulationResult['gainSupportiveTie'] = [];
  for (const node of afterGraph.nodes) {
    const id = node.id;
    if ((b.partners.get(id) ?? 0) > 0 && (a.partners.get(id) ?? 0) === 0) newlyIsolated.push(id);
    const sb = b.supportive.get(id) ?? 0;
    const sa = a.supportive.get(id) ?? 0;
    if (sb > 0 && sa === 0) lose.push({ personId: id, supportivePartnersBefore: sb });
    if (sa > sb) gain.push({ personId: id, supportivePartnersBefore: sb, supportivePartnersAfter: sa });
  }

  return {
    before: b.structure,
    after: a.structure,
    componentsBefore: b.structure.components,
    componentsAfter: a.structure.components,
    isolated: newlyIsolated,
    newlyIsolated,
    loseLastSupportiveTie: lose,
    groupsSplit: groupSplits(graph, afterGraph, resolved, removedPeople),
    gainSupportiveTie: gain,
  };
}

interface Snapshot {
  structure: Structure;
  /** Distinct tied partners per person (undirected) and distinct SUPPORTIVE partners. */
  partners: Map<string, number>;
  supportive: Map<string, number>;
}

function snapshot(graph: AnalysisGraph, filter: ResolvedFilter): Snapshot {
  const ties = selectTies(graph.edges, filter);
  const und = buildCsr(graph.nodes, ties, false);
  const main = filter.directed ? buildCsr(graph.nodes, ties, true, und.index) : und;
  const comps = components(und.n, und.offsets, und.targets);
  const partners = new Map<string, number>();
  for (let i = 0; i < und.n; i++) partners.set(und.ids[i]!, und.offsets[i + 1]! - und.offsets[i]!);
  const supportivePairs = new Map<string, Set<string>>();
  for (const t of ties) {
    if (t.valence !== 'SUPPORTIVE') continue;
    for (const [x, y] of [[t.source, t.target], [t.target, t.source]] as const) {
      if (!supportivePairs.has(x)) supportivePairs.set(x, new Set());
      supportivePairs.get(x)!.add(y);
    }
  }
  return {
    structure: {
      people: und.n,
      ties: main.m,
      components: comps.sizes.length,
      largestComponent: Math.max(0, ...comps.sizes),
      density: density(und.n, main.m, main.directed),
    },
    partners,
    supportive: new Map([...supportivePairs].map(([k, v]) => [k, v.size])),
  };
}

/**
 * A group splits when two remaining members who were connected before are not connected after.
 * Checked in two senses: through the members' own ties only, and through anyone on the board.
 */
function groupSplits(before: AnalysisGraph, after: AnalysisGraph, filter: ResolvedFilter, removed: Set<string>): GroupSplit[] {
  const out: GroupSplit[] = [];
  const tiesBefore = selectTies(before.edges, filter);
  const tiesAfter = selectTies(after.edges, filter);
  const boardBefore = labels(before.nodes, tiesBefore);
  const boardAfter = labels(after.nodes, tiesAfter);
  const groups = groupsOf(before.nodes);
  for (const [groupId, idx] of [...groups].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const membersBefore = idx.map((i) => before.nodes[i]!);
    const ids = new Set(membersBefore.map((m) => m.id));
    const membersAfter = membersBefore.filter((m) => !removed.has(m.id));
    const inner = (ties: AnalysisEdge[]): AnalysisEdge[] => ties.filter((t) => ids.has(t.source) && ids.has(t.target));
    const withinBefore = labels(membersBefore, inner(tiesBefore));
    const withinAfter = labels(membersAfter, inner(tiesAfter));
    const remaining = membersAfter.map((m) => m.id);
    const within = compare(remaining, withinBefore, withinAfter);
    const onBoard = compare(remaining, boardBefore, boardAfter);
    if (within.split || onBoard.split) {
      out.push({
        groupId,
        members: remaining.length,
        splitWithinGroup: within.split,
        splitOnBoard: onBoard.split,
        withinGroup: { before: within.before, after: within.after },
        onBoard: { before: onBoard.before, after: onBoard.after },
      });
    }
  }
  return out;
}

function labels(nodes: readonly AnalysisNode[], ties: readonly AnalysisEdge[]): Map<string, number> {
  const csr = buildCsr(nodes, ties, false);
  const { label } = components(csr.n, csr.offsets, csr.targets);
  return new Map(csr.ids.map((id, i) => [id, label[i]!]));
}

function compare(ids: string[], before: Map<string, number>, after: Map<string, number>): { split: boolean; before: number; after: number } {
  const afterByBefore = new Map<number, Set<number>>();
  for (const id of ids) {
    const b = before.get(id)!;
    if (!afterByBefore.has(b)) afterByBefore.set(b, new Set());
    afterByBefore.get(b)!.add(after.get(id)!);
  }
  const split = [...afterByBefore.values()].some((s) => s.size > 1);
  return { split, before: afterByBefore.size, after: new Set(ids.map((id) => after.get(id)!)).size };
}
