// How an area's groups hang together: for each pair of groups, the tied pairs of people between
// them and the people in both; and whether any one board of the viewer's holds both (if none, the
// two are worked with by different teams, and whoever connects them is worth knowing). Pure.
import type { AnalysisGraph, Broker, TieFilter } from '../analysis/index.js';
import { resolveFilter, selectTies } from '../analysis/filter.js';

export interface GroupPair {
  source: string;
  target: string;
  ties: number;
  sharedMembers: number;
  acrossTeams: boolean;
}

export interface Connector {
  personId: string;
  groups: string[];
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function acrossTeams(groupBoards: Map<string, string[]>, a: string, b: string): boolean {
  const boardsOfA = new Set(groupBoards.get(a) ?? []);
  return !(groupBoards.get(b) ?? []).some((board) => boardsOfA.has(board));
}

/**
 * Pairs of groups with ties or shared members between them, under the same tie filter as the
 * analysis. `linked` adds pairs that only a recorded group link connects.
 */
export function groupPairs(graph: AnalysisGraph, filter: TieFilter, groupBoards: Map<string, string[]>, linked: [string, string][]): GroupPair[] {
  const groupsOf = new Map(graph.nodes.map((n) => [n.id, n.groupIds ?? []]));
  const pairs = new Map<string, { source: string; target: string; tiedPeople: Set<string>; shared: number }>();
  const at = (a: string, b: string) => {
    const k = pairKey(a, b);
    let p = pairs.get(k);
    if (!p) pairs.set(k, (p = { source: a < b ? a : b, target: a < b ? b : a, tiedPeople: new Set(), shared: 0 }));
    return p;
  };
  for (const gs of groupsOf.values()) {
    for (let i = 0; i < gs.length; i++) for (let j = i + 1; j < gs.length; j++) at(gs[i]!, gs[j]!).shared++;
  }
  for (const t of selectTies(graph.edges, resolveFilter(filter))) {
    for (const g1 of groupsOf.get(t.source) ?? []) {
      for (const g2 of groupsOf.get(t.target) ?? []) {
        // Parallel ties between the same two people count once.
        if (g1 !== g2) at(g1, g2).tiedPeople.add(pairKey(t.source, t.target));
      }
    }
  }
  for (const [a, b] of linked) if (a !== b) at(a, b);
  return [...pairs.values()]
    .map((p) => ({ source: p.source, target: p.target, ties: p.tiedPeople.size, sharedMembers: p.shared, acrossTeams: acrossTeams(groupBoards, p.source, p.target) }))
    .sort((x, y) => (x.source === y.source ? (x.target < y.target ? -1 : 1) : x.source < y.source ? -1 : 1));
}

/** Brokers (the analysis' own: groups reached through their ties) who reach two groups no one board holds. */
export function connectors(brokers: Broker[], groupBoards: Map<string, string[]>): Connector[] {
  return brokers
    .filter((b) => b.groupsReached.some((g1, i) => b.groupsReached.slice(i + 1).some((g2) => acrossTeams(groupBoards, g1, g2))))
    .map((b) => ({ personId: b.personId, groups: b.groupsReached }));
}
