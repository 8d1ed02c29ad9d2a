// The managers' aggregates across the covered boards, before and after suppression: the
// prevention triangle with weekly cost per level, interventions × factors, and the same by agency
// and by area. Pure; suppression rules in suppress.ts, cost in cost.ts, progression in progression.ts.
import type { Model } from '../graphql/model.js';
import { carries, isWeakProtective, latestLevels, type AssessmentPoint, type FactorKind } from '../assessments/levels.js';
import { inPlan, reaches, reducesFactor, strengthensFactor } from '../planning/reach.js';
import { addCost, moneyList, type Money } from './cost.js';
import { protectLine, raw, totalOf, type Published, type Raw } from './suppress.js';

export const LEVELS = ['GENERAL', 'SPECIFIC', 'INDIVIDUAL'] as const;
export type Level = (typeof LEVELS)[number];

export interface CoveredPerson {
  id: string;
  boardIds: readonly string[];
  areaIds: readonly string[];
  groupIds: readonly string[];
}

export interface AggInput {
  asOf: string;
  boards: readonly { boardId: string; areaId: string | null }[];
  people: readonly CoveredPerson[];
  points: readonly AssessmentPoint[];
  /** Every intervention on the covered boards, with boardId. */
  interventions: readonly Model[];
}

export interface PublishedCost {
  amounts: { amount: number; currency: string }[];
  suppressed: boolean;
}

export interface Bucket {
  interventions: Published;
  weeklyCost: PublishedCost;
}

/** Interventions with the people they reach and their weekly cost: one cell of a line. */
interface Group {
  count: Raw;
  cost: Money;
}

function groupOf(list: readonly Model[], reached: ReadonlyMap<string, readonly string[]>): Group {
  const cost: Money = new Map();
  for (const i of list) addCost(cost, i);
  return { count: raw(list.length, list.flatMap((i) => reached.get(String(i.id)) ?? [])), cost };
}

/** Protects a line of intervention groups; a cost is hidden wherever its count is. */
function protectGroups(groups: readonly Group[]): { cells: Bucket[]; total: Bucket } {
  const counts = protectLine(groups.map((g) => g.count));
  const bucket = (p: Published, cost: Money): Bucket => ({
    interventions: p,
    weeklyCost: p.suppressed ? { amounts: [], suppressed: true } : { amounts: moneyList(cost), suppressed: false },
  });
  const totalCost: Money = new Map();
  for (const g of groups) for (const [cur, a] of g.cost) totalCost.set(cur, (totalCost.get(cur) ?? 0) + a);
  return { cells: groups.map((g, i) => bucket(counts.cells[i]!, g.cost)), total: bucket(counts.total, totalCost) };
}

function bucketsBy<K>(items: readonly Model[], keyOf: (i: Model) => K, keys: readonly K[]): Model[][] {
  return keys.map((k) => items.filter((i) => keyOf(i) === k));
}

export interface HeatRow {
  factorId: string;
  kind: FactorKind;
  byLevel: Published[];
  needing: Published;
  reached: Published;
  unreached: Published;
}

export function aggregate(input: AggInput) {
  const { asOf, people } = input;
  const planned = input.interventions.filter((i) => inPlan(i, asOf));
  const reached = new Map(planned.map((i) => [String(i.id), people.filter((p) => reaches(i, p)).map((p) => p.id)]));

  const triangle = protectGroups(bucketsBy(planned, (i) => i.level as Level, LEVELS).map((l) => groupOf(l, reached)));

  const agencyIds = [...new Set(planned.map((i) => (i.responsibleAgencyId as string | null) ?? null))].sort((a, b) => (a ?? '~').localeCompare(b ?? '~'));
  const agencies = protectGroups(bucketsBy(planned, (i) => (i.responsibleAgencyId as string | null) ?? null, agencyIds).map((l) => groupOf(l, reached)));

  // Areas: of the covered boards; null collects the boards that have none.
  const areaOfBoard = new Map(input.boards.map((b) => [b.boardId, b.areaId]));
  const areaIds = [...new Set(input.boards.map((b) => b.areaId))].sort((a, b) => (a ?? '~').localeCompare(b ?? '~'));
  const areaInterventions = protectGroups(bucketsBy(planned, (i) => areaOfBoard.get(String(i.boardId)) ?? null, areaIds).map((l) => groupOf(l, reached)));
  const peopleIn = (areaId: string | null) => people.filter((p) => p.boardIds.some((b) => (areaOfBoard.get(b) ?? null) === areaId)).map((p) => p.id);
  const areaPeople = protectLine(areaIds.map((a) => { const ids = peopleIn(a); return raw(ids.length, ids); }), raw(people.length, people.map((p) => p.id)));
  const areas = areaIds.map((areaId, k) => ({
    areaId,
    boards: input.boards.filter((b) => b.areaId === areaId).length,
    youngPeople: areaPeople.cells[k]!,
    ...areaInterventions.cells[k]!,
  }));

  return {
    youngPeople: areaPeople.total,
    triangle: { levels: LEVELS.map((level, k) => ({ level, ...triangle.cells[k]! })), total: triangle.total },
    byAgency: { rows: agencyIds.map((agencyId, k) => ({ agencyId, ...agencies.cells[k]! })), total: agencies.total },
    byArea: { rows: areas, total: { boards: input.boards.length, youngPeople: areaPeople.total, ...areaInterventions.total } },
    heatMap: heatMap(input, planned, reached),
  };
}

/**
 * Interventions × factors: per factor, how many interventions in the plan at each level work on
 * it (reduce or strengthen); and how many young people need work on it (a present risk, a weak
 * protective factor), split into those an intervention working on it reaches and those none does.
 * Factors that are neither targeted nor needed are left out.
 */
function heatMap(input: AggInput, planned: readonly Model[], reached: ReadonlyMap<string, readonly string[]>): HeatRow[] {
  const levels = latestLevels(input.points, input.asOf);
  const kinds = new Map<string, FactorKind>();
  for (const p of input.points) kinds.set(p.factorId, p.kind);
  const factorIds = new Set<string>();
  for (const i of planned) for (const f of [...((i.reducesIds as string[]) ?? []), ...((i.strengthensIds as string[]) ?? [])]) factorIds.add(f);
  for (const m of levels.values()) for (const [f, l] of m) if (l.kind === 'RISK' ? carries(l.level) : isWeakProtective(l.level)) factorIds.add(f);

  return [...factorIds].sort().map((factorId) => {
    const kind = kinds.get(factorId) ?? (planned.some((i) => reducesFactor(i, factorId)) ? 'RISK' : 'PROTECTIVE');
    const working = planned.filter((i) => reducesFactor(i, factorId) || strengthensFactor(i, factorId));
    const byLevel = LEVELS.map((level) => {
      const list = working.filter((i) => i.level === level);
      // No marginals are published for these cells, so each stands alone.
      return protectLine([raw(list.length, list.flatMap((i) => reached.get(String(i.id)) ?? []))]).cells[0]!;
    });
    const works = kind === 'RISK' ? reducesFactor : strengthensFactor;
    const needing = input.people.filter((p) => {
      const l = levels.get(p.id)?.get(factorId);
      return l !== undefined && (kind === 'RISK' ? carries(l.level) : isWeakProtective(l.level));
    });
    const covered = new Set(planned.filter((i) => works(i, factorId)).flatMap((i) => reached.get(String(i.id)) ?? []));
    const yes = needing.filter((p) => covered.has(p.id)).map((p) => p.id);
    const no = needing.filter((p) => !covered.has(p.id)).map((p) => p.id);
    const line = protectLine([raw(yes.length, yes), raw(no.length, no)], totalOf([raw(yes.length, yes), raw(no.length, no)]));
    return { factorId, kind, byLevel, needing: line.total, reached: line.cells[0]!, unreached: line.cells[1]! };
  });
}
