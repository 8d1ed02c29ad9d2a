// Builds the managers' overview: reads the covered boards (one audited transaction that names no
// person: nothing identifying leaves it), aggregates, suppresses, and resolves labels.
import type { AuthedCtx } from '../graphql/context.js';
import type { Model } from '../graphql/model.js';
import type { AuditAction } from '../graphql/generated/types.js';
import { audited } from '../audit/audit.js';
import { agencyRef } from '../graphql/refs.js';
import { areaById } from '../areas/resolvers.js';
import { factorsByIds } from '../factors/resolvers.js';
import type { AssessmentPoint } from '../assessments/levels.js';
import { aggregate, type Bucket, type CoveredPerson } from './aggregate.js';
import { progression } from './progression.js';
import type { Published } from './suppress.js';

export const count = (p: Published) => ({ value: p.value, suppressed: p.suppressed, display: p.suppressed ? '<5' : String(p.value) });
const bucket = (b: Bucket) => ({ interventions: count(b.interventions), weeklyCost: { perWeek: b.weeklyCost.amounts, suppressed: b.weeklyCost.suppressed } });

async function load(ctx: AuthedCtx, asOf: string, action: AuditAction, purpose: string) {
  // Aggregates reveal no one: the access is logged, with no person in it.
  return audited(ctx, action, purpose, async (tx) => {
    const boards = await tx.rows<{ municipality: string; boardId: string; areaId: string | null }>('managers/boards', { userId: ctx.user.id });
    const people = await tx.rows<CoveredPerson>('managers/people', { boards: boards.map((b) => ({ boardId: b.boardId, areaId: b.areaId })), asOf });
    const points = await tx.rows<AssessmentPoint>('managers/assessments', { personIds: people.map((p) => p.id), asOf });
    const interventions = (await tx.rows<{ intervention: Model }>('managers/interventions', { boardIds: boards.map((b) => b.boardId) })).map((r) => r.intervention);
    return { municipality: boards[0]?.municipality ?? null, boards, people, points, interventions };
  });
}

export async function buildOverview(ctx: AuthedCtx, asOf: string, weeks: number, action: AuditAction, purpose: string) {
  const data = await load(ctx, asOf, action, purpose);
  const agg = aggregate({ asOf, boards: data.boards, people: data.people, points: data.points, interventions: data.interventions });
  const factors = new Map((await factorsByIds(ctx, agg.heatMap.map((r) => r.factorId))).map((f) => [String(f.id), f]));
  const withAgency = async (agencyId: string | null, b: Bucket) => ({ agency: await agencyRef(ctx, agencyId), ...bucket(b) });
  return {
    municipality: data.municipality,
    asOf,
    weeks,
    boards: data.boards.length,
    youngPeople: count(agg.youngPeople),
    triangle: {
      levels: agg.triangle.levels.map((l) => ({ level: l.level, ...bucket(l) })),
      totalInterventions: count(agg.triangle.total.interventions),
      totalWeeklyCost: bucket(agg.triangle.total).weeklyCost,
    },
    heatMap: agg.heatMap
      .filter((r) => factors.has(r.factorId))
      .map((r) => ({ factor: factors.get(r.factorId)! as Model, byLevel: r.byLevel.map(count), needing: count(r.needing), reached: count(r.reached), unreached: count(r.unreached) }))
      .sort((a, b) => (a.factor.kind === b.factor.kind ? String(a.factor.key).localeCompare(String(b.factor.key)) : a.factor.kind === 'RISK' ? -1 : 1)),
    byAgency: await Promise.all(agg.byAgency.rows.map((r) => withAgency(r.agencyId, r))),
    agencyTotal: { agency: null, ...bucket(agg.byAgency.total) },
    byArea: await Promise.all(
      agg.byArea.rows.map(async (r) => ({ area: r.areaId ? await areaById(ctx, r.areaId) : null, boards: r.boards, youngPeople: count(r.youngPeople), ...bucket(r) })),
    ),
    areaTotal: { area: null, boards: agg.byArea.total.boards, youngPeople: count(agg.byArea.total.youngPeople), ...bucket(agg.byArea.total) },
    progression: progression(data.points, asOf, weeks).map((p) => ({
      weekEnding: p.weekEnding,
      risk: { ...p.risk, assessed: count(p.risk.assessed), improved: count(p.risk.improved), unchanged: count(p.risk.unchanged), worsened: count(p.risk.worsened) },
      protective: {
        ...p.protective,
        assessed: count(p.protective.assessed), improved: count(p.protective.improved), unchanged: count(p.protective.unchanged), worsened: count(p.protective.worsened),
      },
    })),
  };
}

export type Overview = Awaited<ReturnType<typeof buildOverview>>;
