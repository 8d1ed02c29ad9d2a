// The planning view: one audited read of the scope's people, their assessments and the board's
// interventions, then computePlan (pure). The audit row names the young people in scope: the
// view shows their factor levels.
import type { Resolvers, QueryPlanningArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { forbidden } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { today } from '../shared/fields.js';
import { agencyRef } from '../graphql/refs.js';
import { factorsByIds } from '../factors/resolvers.js';
import { latestLevels, type AssessmentPoint } from '../assessments/levels.js';
import { computePlan, type PlanPerson, type Scope } from './compute.js';
import { planningInput } from './validation.js';
import { readableData } from '../consents/basis.js';

interface ScopeRow {
  board: Model;
  areaId: string | null;
  personOk: boolean;
  groupOk: boolean;
  people: (Model & { groupIds: string[]; contactAgencyIds: string[] })[];
  teamAgencyIds: string[];
}

/** Risk rows first, then protective; within each, the catalogue's order (domain, key). */
function rowOrder(a: Model, b: Model): number {
  const rank = (f: Model) => (f.kind === 'RISK' ? 0 : 1);
  return rank(a) - rank(b) || String(a.domain).localeCompare(String(b.domain)) || String(a.key).localeCompare(String(b.key));
}

export const planningResolvers: Resolvers = {
  Query: {
    planning: guard('read', 'assessment', async (args: QueryPlanningArgs, ctx) => {
      if (!can(ctx.user.role, 'read', 'intervention')) throw forbidden();
      const input = validate(planningInput, args);
      const asOf = input.asOf ?? today();
      const loaded = await audited(ctx, 'READ', 'Query.planning', async (tx, seen) => {
        const scope = await tx.one<ScopeRow>('planning/scope', {
          boardId: input.boardId, userId: ctx.user.id, personId: input.personId ?? null, groupId: input.groupId ?? null, asOf,
        });
        if (!scope || !scope.personOk || !scope.groupOk) return null;
        const personIds = scope.people.map((p) => String(p.id));
        const points = await readableData(ctx, await tx.rows<AssessmentPoint>('assessments/of-people', { personIds, to: asOf, userId: ctx.user.id }));
        const interventions = (await tx.rows<{ intervention: Model }>('interventions/by-board', { boardId: input.boardId, userId: ctx.user.id })).map((r) => r.intervention);
        seen.addAll(personIds);
        return { scope, points, interventions };
      });
      if (!loaded) return null;
      const { scope, points, interventions } = loaded;

      const kind: Scope = input.personId ? 'PERSON' : input.groupId ? 'GROUP' : 'BOARD';
      const people: PlanPerson[] = scope.people.map((p) => ({
        id: String(p.id), groupIds: p.groupIds, areaIds: scope.areaId ? [scope.areaId] : [], contactAgencyIds: p.contactAgencyIds,
      }));
      const plan = computePlan({
        asOf, scope: kind, groupId: input.groupId ?? null, people, interventions, levels: latestLevels(points, asOf), teamAgencyIds: scope.teamAgencyIds,
      });

      const personById = new Map(scope.people.map((p) => [String(p.id), p as Model]));
      for (const [id, p] of personById) ctx.cache.people.set(id, p);
      const factorIds = new Set([...plan.rows.map((r) => r.factorId), ...plan.gaps.flatMap((g) => (g.factorId ? [g.factorId] : []))]);
      const factors = new Map((await factorsByIds(ctx, [...factorIds])).map((f) => [String(f.id), f]));
      const interventionById = new Map(interventions.map((i) => [String(i.id), i]));
      const peopleOf = (ids: string[]) => ids.map((id) => personById.get(id)!).filter(Boolean);

      return {
        board: scope.board,
        scope: kind,
        asOf,
        people: [...personById.values()],
        interventions: plan.columns,
        rows: plan.rows
          .filter((r) => factors.has(r.factorId))
          .sort((a, b) => rowOrder(factors.get(a.factorId)!, factors.get(b.factorId)!))
          .map((r) => ({
            factor: factors.get(r.factorId)!,
            entries: r.entries.map((e) => ({ ...e, person: personById.get(e.personId)! })),
            interventionIds: r.interventionIds,
            covered: r.entries.every((e) => e.interventionIds.length > 0),
          })),
        gaps: await Promise.all(
          plan.gaps.map(async (g) => ({
            kind: g.kind,
            factor: g.factorId ? (factors.get(g.factorId) ?? null) : null,
            people: peopleOf(g.personIds),
            intervention: g.interventionId ? (interventionById.get(g.interventionId) ?? null) : null,
            agency: await agencyRef(ctx, g.agencyId),
            suggestion: g.suggestion,
          })),
        ),
      };
    }),
  },
};
