// The planning view, computed from what the team's board holds: present risk factors and weak
// protective factors of the scope's young people (rows) against the interventions in the plan
// (columns), and the gaps. Pure, so every rule is tested without a database.
//
// Gaps (docs/planning.md):
// - UNADDRESSED_RISK: a present risk factor (latest level ≥ 2) of someone whom no intervention in
//   the plan that reduces it reaches; one gap per factor, listing those people.
// - UNSUPPORTED_PROTECTIVE: the same for a weak protective factor (assessed, latest level ≤ 1)
//   that nothing in the plan strengthens.
// - NO_ACTIVE_INTERVENTION: a young person no running (ACTIVE, started, not ended) intervention reaches.
// - NO_FACTOR_TARGETED: an intervention in the plan that neither strengthens nor reduces a factor.
// - AGENCY_WITHOUT_ASSIGNMENT: an agency of the team, or responsible for someone in scope, that
//   is neither responsible for nor involved in any intervention in the plan for the scope.
import type { Model } from '../graphql/model.js';
import { carries, isWeakProtective, type FactorKind, type Level } from '../assessments/levels.js';
import { inPlan, reaches, reducesFactor, running, strengthensFactor, targetsNoFactor, type Reachable } from './reach.js';

export type Scope = 'BOARD' | 'PERSON' | 'GROUP';
export type GapKind = 'UNADDRESSED_RISK' | 'NO_ACTIVE_INTERVENTION' | 'UNSUPPORTED_PROTECTIVE' | 'NO_FACTOR_TARGETED' | 'AGENCY_WITHOUT_ASSIGNMENT';
type PreventionLevel = 'GENERAL' | 'SPECIFIC' | 'INDIVIDUAL';

export interface PlanPerson extends Reachable {
  contactAgencyIds: readonly string[];
}

export interface PlanInput {
  asOf: string;
  scope: Scope;
  groupId: string | null;
  people: readonly PlanPerson[];
  /** Every intervention on the board (in the plan or not). */
  interventions: readonly Model[];
  /** person id -> factor id -> latest level on asOf. */
  levels: ReadonlyMap<string, ReadonlyMap<string, Level>>;
  teamAgencyIds: readonly string[];
}

export interface PlanEntry {
  personId: string;
  level: number;
  assessedOn: string;
  /** Interventions in the plan that work on this factor and reach this person. */
  interventionIds: string[];
}

export interface PlanRow {
  factorId: string;
  kind: FactorKind;
  entries: PlanEntry[];
  /** The row's cells: interventions working on the factor for at least one of its people. */
  interventionIds: string[];
}

/** What createIntervention is pre-filled with to close a gap. */
export interface Suggestion {
  level: PreventionLevel;
  targetPersonIds: string[];
  targetGroupIds: string[];
  reducesFactorIds: string[];
  strengthensFactorIds: string[];
  responsibleAgencyId: string | null;
}

export interface Gap {
  kind: GapKind;
  factorId: string | null;
  personIds: string[];
  interventionId: string | null;
  agencyId: string | null;
  suggestion: Suggestion | null;
}

export interface Plan {
  columns: Model[];
  rows: PlanRow[];
  gaps: Gap[];
}

const gapOrder: GapKind[] = ['UNADDRESSED_RISK', 'NO_ACTIVE_INTERVENTION', 'UNSUPPORTED_PROTECTIVE', 'NO_FACTOR_TARGETED', 'AGENCY_WITHOUT_ASSIGNMENT'];

/** The row a person's level belongs to, if any: present risks and weak protective factors. */
const needsWork = (l: Level): boolean => (l.kind === 'RISK' ? carries(l.level) : isWeakProtective(l.level));

function targetsFor(input: PlanInput, personIds: string[]): Pick<Suggestion, 'level' | 'targetPersonIds' | 'targetGroupIds'> {
  // A gap shared by the whole group is planned for the group; otherwise for the people in it.
  if (input.scope === 'GROUP' && input.groupId && personIds.length > 1 && personIds.length === input.people.length) {
    return { level: 'SPECIFIC', targetPersonIds: [], targetGroupIds: [input.groupId] };
  }
  return { level: personIds.length === 1 ? 'INDIVIDUAL' : 'SPECIFIC', targetPersonIds: personIds, targetGroupIds: [] };
}

export function computePlan(input: PlanInput): Plan {
  const { asOf, people } = input;
  const planned = input.interventions.filter((i) => inPlan(i, asOf));
  // The board view shows every intervention in the plan; a person or group only those reaching it.
  const columns = input.scope === 'BOARD' ? planned : planned.filter((i) => people.some((p) => reaches(i, p)));

  const rows = new Map<string, PlanRow>();
  for (const p of people) {
    for (const [factorId, l] of input.levels.get(p.id) ?? []) {
      if (!needsWork(l)) continue;
      let row = rows.get(factorId);
      if (!row) rows.set(factorId, (row = { factorId, kind: l.kind, entries: [], interventionIds: [] }));
      const works = l.kind === 'RISK' ? reducesFactor : strengthensFactor;
      const by = columns.filter((i) => works(i, factorId) && reaches(i, p)).map((i) => String(i.id));
      row.entries.push({ personId: p.id, level: l.level, assessedOn: l.assessedOn, interventionIds: by });
      for (const id of by) if (!row.interventionIds.includes(id)) row.interventionIds.push(id);
    }
  }

  const gaps: Gap[] = [];
  const gap = (g: Partial<Gap> & Pick<Gap, 'kind'>) =>
    gaps.push({ factorId: null, personIds: [], interventionId: null, agencyId: null, suggestion: null, ...g });

  for (const row of rows.values()) {
    const uncovered = row.entries.filter((e) => e.interventionIds.length === 0).map((e) => e.personId);
    if (uncovered.length === 0) continue;
    const risk = row.kind === 'RISK';
    gap({
      kind: risk ? 'UNADDRESSED_RISK' : 'UNSUPPORTED_PROTECTIVE',
      factorId: row.factorId,
      personIds: uncovered,
      suggestion: {
        ...targetsFor(input, uncovered),
        reducesFactorIds: risk ? [row.factorId] : [],
        strengthensFactorIds: risk ? [] : [row.factorId],
        responsibleAgencyId: null,
      },
    });
  }

  for (const p of people) {
    if (input.interventions.some((i) => running(i, asOf) && reaches(i, p))) continue;
    const own = [...(input.levels.get(p.id) ?? [])].filter(([, l]) => needsWork(l));
    gap({
      kind: 'NO_ACTIVE_INTERVENTION',
      personIds: [p.id],
      suggestion: {
        level: 'INDIVIDUAL', targetPersonIds: [p.id], targetGroupIds: [],
        reducesFactorIds: own.filter(([, l]) => l.kind === 'RISK').map(([f]) => f),
        strengthensFactorIds: own.filter(([, l]) => l.kind === 'PROTECTIVE').map(([f]) => f),
        responsibleAgencyId: null,
      },
    });
  }

  for (const i of columns) if (targetsNoFactor(i)) gap({ kind: 'NO_FACTOR_TARGETED', interventionId: String(i.id) });

  const agencies = new Set([...input.teamAgencyIds, ...people.flatMap((p) => p.contactAgencyIds)]);
  const assigned = new Set(columns.flatMap((i) => [i.responsibleAgencyId as string | null, ...((i.involvedAgencyIds as string[] | undefined) ?? [])]));
  const everyone = people.map((p) => p.id);
  for (const agencyId of [...agencies].sort()) {
    if (assigned.has(agencyId)) continue;
    const targets = input.scope === 'BOARD' ? { level: 'SPECIFIC' as const, targetPersonIds: [], targetGroupIds: [] } : targetsFor(input, everyone);
    gap({ kind: 'AGENCY_WITHOUT_ASSIGNMENT', agencyId, suggestion: { ...targets, reducesFactorIds: [], strengthensFactorIds: [], responsibleAgencyId: agencyId } });
  }

  gaps.sort((a, b) => gapOrder.indexOf(a.kind) - gapOrder.indexOf(b.kind));
  return { columns, rows: [...rows.values()], gaps };
}
