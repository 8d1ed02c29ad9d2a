// A young person's factor history and a group's factor profile: reads of people's assessments,
// so both are audited with the people whose assessments they read.
import type { Resolvers, QueryGroupFactorProfileArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { today } from '../shared/fields.js';
import { factorsByIds } from '../factors/resolvers.js';
import { groupProfile } from './profile.js';
import type { AssessmentPoint } from './levels.js';
import { groupProfileInput } from './validation.js';
import { readableData } from '../consents/basis.js';

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

const byDate = (a: Model, b: Model): number =>
  String(a.assessedOn).localeCompare(String(b.assessedOn)) || String(a.createdAt).localeCompare(String(b.createdAt));

async function factorHistory(ctx: Ctx, personId: string) {
  const c = authed(ctx);
  if (!can(c.user.role, 'read', 'assessment')) throw forbidden();
  const rows = await audited(c, 'READ', 'Person.factorHistory', async (tx, seen) => {
    const found = await tx.rows<{ assessment: Model }>('people/assessments', { id: personId, userId: c.user.id });
    seen.add(personId);
    return readableData(c, found.map((r) => r.assessment));
  });
  const perFactor = new Map<string, Model[]>();
  for (const a of rows) {
    const list = perFactor.get(String(a.factorId)) ?? [];
    list.push(a);
    perFactor.set(String(a.factorId), list);
  }
  // Retired factors included: their history stays readable.
  const factors = await factorsByIds(c, [...perFactor.keys()]);
  return factors.map((factor) => {
    const assessments = perFactor.get(String(factor.id))!.sort(byDate);
    const latest = assessments[assessments.length - 1]!;
    const before = assessments[assessments.length - 2];
    return { factor, assessments, latest, change: before ? Number(latest.level) - Number(before.level) : null };
  });
}

export const assessmentResolvers: Resolvers = {
  Query: {
    groupFactorProfile: guard('read', 'assessment', async (args: QueryGroupFactorProfileArgs, ctx) => {
      if (!can(ctx.user.role, 'read', 'group')) throw forbidden();
      const input = validate(groupProfileInput, args);
      const to = input.to ?? today();
      const found = await audited(ctx, 'READ', 'Query.groupFactorProfile', async (tx, seen) => {
        const g = await tx.one<{ group: Model; memberIds: string[] }>('assessments/group-members', { groupId: input.groupId, to, userId: ctx.user.id });
        if (!g) return null;
        const points = await readableData(ctx, await tx.rows<AssessmentPoint>('assessments/of-people', { personIds: g.memberIds, to, userId: ctx.user.id }));
        seen.addAll(g.memberIds);
        return { group: g.group, memberIds: g.memberIds, points };
      });
      if (!found) return null;
      ctx.cache.groups.set(input.groupId, found.group);
      const rows = new Map(groupProfile(found.memberIds, found.points, input.from, to).map((r) => [r.factorId, r]));
      // In catalogue order (kind, domain, key).
      const factors = await factorsByIds(ctx, [...rows.keys()]);
      return {
        group: found.group,
        from: input.from,
        to,
        memberCount: found.memberIds.length,
        factors: factors.map((factor) => ({ ...rows.get(String(factor.id))!, factor })),
      };
    }),
  },
  Person: {
    factorHistory: (p, _a, ctx) => factorHistory(ctx, String(p.id)),
  },
};
