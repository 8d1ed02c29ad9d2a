import type { BoardAnalysis, Prepared } from './analyse.js';
import { prepare } from './analyse.js';
import { outAdjacency } from './centrality.js';
import type { Csr } from './csr.js';
import { buildCsr } from './csr.js';
import type { AnalysisGraph } from './graph.js';
import { brandesUnweighted, brandesWeighted } from './kernels/brandes.js';
import { communities } from './louvain.js';

/** i18n-ready reasons: the server turns { code, params } into a sentence in the user's language. */
export type ReasonCode =
  /** params: count (members tied to), total (members other than the person) */
  | 'TIES_TO_MEMBERS'
  /** params: share (0-1, 2 decimals), percent, subgroups */
  | 'ON_SHORTEST_PATHS_BETWEEN_SUBGROUPS'
  /** params: count (members with a LOOKS_UP_TO tie to the person) */
  | 'LOOKED_UP_TO'
  /** params: count (members the person has a RECRUITS tie to) */
  | 'RECRUITS_OR_PRESSURES'
  /** params: count (members tied to the person by a HARMFUL tie) */
  | 'HARMFUL_TIES_TO_MEMBERS'
  /** params: rank, of (PageRank over the whole board) */
  | 'HIGH_PAGERANK'
  /** params: none; the person is not a member of the group analysed */
  | 'OUTSIDE_GROUP';

export type CaveatCode =
  /** Always: rankings depend on who supplied the ties. params: ties */
  | 'DEPENDS_ON_REPORTED_TIES'
  /** Some ties were left out by the filter. params: used, total */
  | 'FILTERED_TIES';

export interface Reason<C extends string = ReasonCode> {
  code: C;
  params: Record<string, number>;
}

export interface ToneSetterCandidate {
  personId: string;
  rank: number;
  /** 0-1; a weighted sum of the parts below (weights in docs/analysis.md). */
  score: number;
  isMember: boolean;
  parts: { tieShare: number; crossSubgroupShare: number; lookedUpShare: number; recruitShare: number; pageRank: number };
  reasons: Reason[];
}

export interface ToneSetterResult {
  members: number;
  /** Subgroups found among the members (Louvain on the members' own ties). */
  subgroups: number;
  candidates: ToneSetterCandidate[];
  caveats: Reason<CaveatCode>[];
}

const WEIGHTS = { tieShare: 0.35, crossSubgroupShare: 0.25, lookedUpShare: 0.15, recruitShare: 0.1, pageRank: 0.15 };
const SHOW_PATH_SHARE = 0.1;
const SHOW_PAGERANK_TOP = 3;

/**
 * Who may set the tone in a group (default: the whole board): people, inside or outside it, tied to
 * many members, on the shortest paths between its subgroups, looked up to, or recruiting.
 * Uses the tie filter `analysis` was computed with.
 */
export function toneSetterCandidates(
  graph: AnalysisGraph,
  analysis: BoardAnalysis,
  groupMembers?: readonly string[],
  opts: { limit?: number } = {},
): ToneSetterResult {
  const p = prepare(graph, analysis.filter);
  const { und, ties } = p;
  const n = und.n;
  const explicit = groupMembers !== undefined && groupMembers.length > 0;
  const memberIdx = [...new Set(explicit ? groupMembers : und.ids)].map((id) => und.index.get(id)).filter((i): i is number => i !== undefined);
  const isMember = new Uint8Array(n);
  for (const i of memberIdx) isMember[i] = 1;

  // Directed facts read from the ties themselves: LOOKS_UP_TO points at the admired person.
  const lookedUp = new Map<number, Set<number>>();
  const recruits = new Map<number, Set<number>>();
  const harmful = new Map<number, Set<number>>();
  const note = (map: Map<number, Set<number>>, who: number, other: number): void => {
    if (!map.has(who)) map.set(who, new Set());
    map.get(who)!.add(other);
  };
  for (const t of ties) {
    const s = und.index.get(t.source)!;
    const d = und.index.get(t.target)!;
    if (t.type === 'LOOKS_UP_TO' && isMember[s]) note(lookedUp, d, s);
    if (t.type === 'RECRUITS' && isMember[d]) note(recruits, s, d);
    if (t.valence === 'HARMFUL') {
      if (isMember[d]) note(harmful, s, d);
      if (isMember[s]) note(harmful, d, s);
    }
  }

  const { subgroupOf, count: subgroups } = memberSubgroups(p, memberIdx);
  const cross = crossSubgroupShares(p.main, analysis.filter.weighted, memberIdx, subgroupOf, subgroups);

  const pr = analysis.people.map((x) => x.pageRank);
  const maxPr = Math.max(0, ...pr);
  const order = [...pr.keys()].sort((a, b) => pr[b]! - pr[a]!);
  const prRank = new Int32Array(n);
  order.forEach((i, r) => (prRank[i] = r > 0 && pr[order[r - 1]!] === pr[i] ? prRank[order[r - 1]!]! : r + 1));

  const out: ToneSetterCandidate[] = [];
  for (let v = 0; v < n; v++) {
    let tied = 0;
    for (let j = und.offsets[v]!; j < und.offsets[v + 1]!; j++) if (isMember[und.targets[j]!]) tied++;
    const total = memberIdx.length - (isMember[v] ? 1 : 0);
    const lu = lookedUp.get(v)?.size ?? 0;
    if (total === 0 || (tied === 0 && lu === 0)) continue;
    const rec = recruits.get(v)?.size ?? 0;
    const parts = {
      tieShare: tied / total,
      crossSubgroupShare: cross[v]!,
      lookedUpShare: lu / total,
      recruitShare: rec / total,
      pageRank: maxPr > 0 ? pr[v]! / maxPr : 0,
    };
    const contrib = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).map((k) => [k, WEIGHTS[k] * parts[k]] as const);
    const score = contrib.reduce((a, [, c]) => a + c, 0);
    const reasons: [number, Reason][] = [];
    const byPart = Object.fromEntries(contrib) as Record<keyof typeof WEIGHTS, number>;
    if (tied > 0) reasons.push([byPart.tieShare, { code: 'TIES_TO_MEMBERS', params: { count: tied, total } }]);
    if (cross[v]! >= SHOW_PATH_SHARE) {
      const share = Math.round(cross[v]! * 100) / 100;
      reasons.push([byPart.crossSubgroupShare, { code: 'ON_SHORTEST_PATHS_BETWEEN_SUBGROUPS', params: { share, percent: Math.round(cross[v]! * 100), subgroups } }]);
    }
    if (lu > 0) reasons.push([byPart.lookedUpShare, { code: 'LOOKED_UP_TO', params: { count: lu } }]);
    if (rec > 0) reasons.push([byPart.recruitShare, { code: 'RECRUITS_OR_PRESSURES', params: { count: rec } }]);
    const harm = harmful.get(v)?.size ?? 0;
    if (harm > 0) reasons.push([0, { code: 'HARMFUL_TIES_TO_MEMBERS', params: { count: harm } }]);
    if (prRank[v]! <= SHOW_PAGERANK_TOP) reasons.push([byPart.pageRank, { code: 'HIGH_PAGERANK', params: { rank: prRank[v]!, of: n } }]);
    if (explicit && !isMember[v]) reasons.push([-1, { code: 'OUTSIDE_GROUP', params: {} }]);
    reasons.sort((a, b) => b[0] - a[0]);
    out.push({ personId: und.ids[v]!, rank: 0, score, isMember: isMember[v] === 1, parts, reasons: reasons.map(([, r]) => r) });
  }
  out.sort((a, b) => b.score - a.score);
  out.forEach((c, i) => (c.rank = i + 1));

  const caveats: Reason<CaveatCode>[] = [{ code: 'DEPENDS_ON_REPORTED_TIES', params: { ties: ties.length } }];
  if (ties.length < graph.edges.length) caveats.push({ code: 'FILTERED_TIES', params: { used: ties.length, total: graph.edges.length } });
  return { members: memberIdx.length, subgroups, candidates: out.slice(0, opts.limit ?? 10), caveats };
}

/** Subgroups = Louvain communities of the members' ties among themselves (size >= 2 only). */
function memberSubgroups(p: Prepared, memberIdx: number[]): { subgroupOf: Int32Array; count: number } {
  const members = memberIdx.map((i) => p.graph.nodes[i]!);
  const ids = new Set(members.map((m) => m.id));
  const inner = buildCsr(members, p.ties.filter((t) => ids.has(t.source) && ids.has(t.target)), false);
  const comm = communities(inner, p.filter.weighted);
  const sizes = new Map<number, number>();
  for (const c of comm.label) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const renumber = new Map<number, number>();
  const subgroupOf = new Int32Array(p.graph.nodes.length).fill(-1);
  memberIdx.forEach((v, k) => {
    const c = comm.label[k]!;
    if (sizes.get(c)! < 2) return;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    subgroupOf[v] = renumber.get(c)!;
  });
  return { subgroupOf, count: renumber.size };
}

/**
 * For every person, the share of shortest paths between members of DIFFERENT subgroups that run
 * through them: sum over ordered cross pairs (s,t) of sigma_st(v)/sigma_st, divided by the number
 * of connected cross pairs. Paths may run through anyone on the board. Brandes with target weights.
 */
function crossSubgroupShares(
  main: Csr,
  weighted: boolean,
  memberIdx: number[],
  subgroupOf: Int32Array,
  subgroups: number,
): Float64Array {
  const n = main.n;
  const share = new Float64Array(n);
  if (subgroups < 2) return share;
  const adj = outAdjacency(main, weighted);
  const run = weighted ? brandesWeighted : brandesUnweighted;
  let pairs = 0;
  for (let g = 0; g < subgroups; g++) {
    const sources = Int32Array.from(memberIdx.filter((v) => subgroupOf[v] === g));
    const targetWeight = new Float64Array(n);
    for (const v of memberIdx) if (subgroupOf[v]! >= 0 && subgroupOf[v] !== g) targetWeight[v] = 1;
    run(adj, sources, share, { targetWeight });
    for (const s of sources) pairs += targetsReached(main, s, targetWeight);
  }
  if (pairs > 0) for (let v = 0; v < n; v++) share[v]! /= pairs;
  return share;
}

/** How many weighted targets a search from s reaches (the connected cross pairs for s). */
function targetsReached(main: Csr, s: number, targetWeight: Float64Array): number {
  const seen = new Uint8Array(main.n);
  const stack = [s];
  seen[s] = 1;
  let count = 0;
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (targetWeight[v] === 1) count++;
    for (let j = main.offsets[v]!; j < main.offsets[v + 1]!; j++) {
      const w = main.targets[j]!;
      if (!seen[w]) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return count;
}
