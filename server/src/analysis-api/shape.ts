// Turns the analysis module's results (ids and numbers) into the API's objects (people and groups
// as loaded, reasons as sentences in the viewer's language).
import type {
  AnalysisEdge, BoardAnalysis, EgoNetwork, ShortestPath, SimulationResult, ToneSetterResult,
} from '../analysis/index.js';
import type { ResolversTypes, TieType, Valence } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { notFound } from '../shared/errors.js';
import type { Network } from './load.js';

type Out<K extends keyof ResolversTypes> = Awaited<ResolversTypes[K]>;

/** The parent of NetworkAnalysis' fields: the module's result and the network it came from. */
export type AnalysisModel = { analysis: BoardAnalysis; network: Network; cached: boolean };

export function asAnalysisModel(m: Model): AnalysisModel {
  return m as unknown as AnalysisModel;
}

// Every id a result names was in the network it was computed from; a miss is a bug, and answers
// like a record that does not exist rather than leaking anything.
export function personOf(net: Network, id: string): Model {
  const p = net.people.get(id);
  if (!p) throw notFound();
  return p;
}

export function groupOf(net: Network, id: string): Model {
  const g = net.groups.get(id);
  if (!g) throw notFound();
  return g;
}

export function appliedFilter(m: AnalysisModel): Out<'AppliedTieFilter'> {
  const f = m.analysis.filter;
  return {
    types: (f.types as TieType[] | null) ?? null,
    minStrength: f.minStrength,
    valences: (f.valences as Valence[] | null) ?? null,
    includeHarmful: f.includeHarmful,
    asOf: m.network.asOf,
    directed: f.directed,
    weighted: f.weighted,
  };
}

export function personMetrics(m: AnalysisModel): Out<'PersonMetrics'>[] {
  return m.analysis.people.map((p) => ({
    person: personOf(m.network, p.id),
    degree: p.degree,
    degreeCentrality: p.degreeCentrality,
    weightedDegree: p.weightedDegree,
    betweenness: p.betweenness,
    closeness: p.closeness,
    pageRank: p.pageRank,
    community: p.community,
    kCore: p.kCore,
    component: p.component,
  }));
}

export function groupMetrics(m: AnalysisModel): Out<'GroupMetrics'>[] {
  // A membership can name a group the network does not hold (an area view shows only the
  // viewer's groups); such groups are not reported.
  return m.analysis.groups
    .filter((g) => m.network.groups.has(g.groupId))
    .map((g) => ({
      group: groupOf(m.network, g.groupId),
      size: g.size,
      density: g.density,
      tiesInside: g.tiesInside,
      tiesOutside: g.tiesOutside,
      mostCentral: g.mostCentral ? personOf(m.network, g.mostCentral) : null,
    }));
}

export function brokers(m: AnalysisModel): Out<'Broker'>[] {
  const net = m.network;
  const known = (id: string) => net.groups.has(id);
  return m.analysis.brokers.map((b) => ({
    person: personOf(net, b.personId),
    groupsReached: b.groupsReached.filter(known).map((id) => groupOf(net, id)),
    ownGroups: b.ownGroups.filter(known).map((id) => groupOf(net, id)),
    tiesByGroup: b.tiesByGroup.filter((x) => known(x.groupId)).map((x) => ({ group: groupOf(net, x.groupId), people: x.people })),
    betweenness: b.betweenness,
  }));
}

export function bridges(m: AnalysisModel): Out<'BridgeTie'>[] {
  return m.analysis.bridges.map((b) => ({
    people: b.people.map((id) => personOf(m.network, id)),
    tieIds: b.tieIds,
    sides: [...b.sides],
  }));
}

export function toneSetters(r: ToneSetterResult, net: Network, lang: Lang): Out<'ToneSetterCandidates'> {
  return {
    members: r.members,
    subgroups: r.subgroups,
    candidates: r.candidates.map((c) => ({
      person: personOf(net, c.personId),
      rank: c.rank,
      score: c.score,
      isMember: c.isMember,
      parts: { ...c.parts },
      reasons: c.reasons.map((x) => ({ code: x.code, text: t(lang, `analysis.reason.${x.code}`, x.params) })),
    })),
    caveats: r.caveats.map((x) => ({ code: x.code, text: t(lang, `analysis.caveat.${x.code}`, x.params) })),
    caution: t(lang, 'analysis.toneSetterCaution'),
  };
}

export function tiesOf(net: Network, edges: readonly AnalysisEdge[]): Out<'AnalysisTie'>[] {
  return edges.map((e) => ({
    id: e.id,
    source: personOf(net, e.source),
    target: personOf(net, e.target),
    type: e.type as TieType,
    strength: e.strength,
    valence: e.valence,
    directed: e.directed,
  }));
}

export function ego(r: EgoNetwork, net: Network): Out<'EgoNetwork'> {
  return {
    person: personOf(net, r.personId),
    steps: r.steps,
    people: r.people.map((p) => ({ person: personOf(net, p.id), distance: p.distance })),
    ties: tiesOf(net, r.edges),
  };
}

export function path(r: ShortestPath, net: Network): Out<'ShortestPath'> {
  const edges = new Map(net.graph.edges.map((e) => [e.id, e]));
  return {
    people: r.people.map((id) => personOf(net, id)),
    steps: r.steps.map((s) => ({
      from: personOf(net, s.from),
      to: personOf(net, s.to),
      ties: tiesOf(net, s.ties.map((x) => edges.get(x.id)!)),
      types: [...new Set(s.ties.map((x) => x.type as TieType))],
    })),
    hops: r.hops,
    length: r.length,
  };
}

export function simulation(r: SimulationResult, net: Network): Out<'SimulationResult'> {
  return {
    before: { ...r.before },
    after: { ...r.after },
    componentsBefore: r.componentsBefore,
    componentsAfter: r.componentsAfter,
    isolated: r.isolated.map((id) => personOf(net, id)),
    loseLastSupportiveTie: r.loseLastSupportiveTie.map((x) => ({ person: personOf(net, x.personId), supportivePartnersBefore: x.supportivePartnersBefore })),
    groupsSplit: r.groupsSplit
      .filter((g) => net.groups.has(g.groupId))
      .map((g) => ({
        group: groupOf(net, g.groupId),
        members: g.members,
        splitWithinGroup: g.splitWithinGroup,
        splitOnBoard: g.splitOnBoard,
        partsWithinGroupBefore: g.withinGroup.before,
        partsWithinGroupAfter: g.withinGroup.after,
        partsOnBoardBefore: g.onBoard.before,
        partsOnBoardAfter: g.onBoard.after,
      })),
    gainSupportiveTie: r.gainSupportiveTie.map((x) => ({
      person: personOf(net, x.personId),
      supportivePartnersBefore: x.supportivePartnersBefore,
      supportivePartnersAfter: x.supportivePartnersAfter,
    })),
  };
}
