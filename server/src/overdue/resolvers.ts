// Overdue follow-ups and commitments, for the board's badge and the person's panel. The rule is
// in rules.ts; this reads the interventions the viewer's team holds and keeps what is overdue.
import type { Resolvers } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { today } from '../shared/fields.js';
import { commitmentOverdue, followUpOverdue } from './rules.js';

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  const c = ctx as AuthedCtx;
  if (!can(c.user.role, 'read', 'intervention')) throw forbidden();
  return c;
}

export function overdueOf(interventions: Model[], day: string) {
  const followUps = interventions.filter((i) => followUpOverdue(i, day));
  const commitments = interventions
    .flatMap((i) => (i.commitments as Model[] | undefined) ?? [])
    .filter((c) => commitmentOverdue(c, day))
    .sort((a, b) => String(a.dueDate).localeCompare(String(b.dueDate)));
  return { followUps, commitments, count: followUps.length + commitments.length };
}

/** The targeted people of the interventions behind what is shown: they go in the audit row. */
function shownPeople(interventions: Model[], o: ReturnType<typeof overdueOf>): string[] {
  const shown = new Set([...o.followUps.map((i) => String(i.id)), ...o.commitments.map((c) => String(c.interventionId))]);
  return interventions.filter((i) => shown.has(String(i.id))).flatMap((i) => (i.targetPersonIds as string[] | undefined) ?? []);
}

export const overdueResolvers: Resolvers = {
  Board: {
    overdue: (b, _a, ctx) => {
      const c = authed(ctx);
      const day = today();
      return audited(c, 'READ', 'Board.overdue', async (tx, seen) => {
        const rows = await tx.rows<{ intervention: Model }>('interventions/by-board', { boardId: String(b.id), userId: c.user.id });
        const interventions = rows.map((r) => r.intervention);
        const o = overdueOf(interventions, day);
        seen.addAll(shownPeople(interventions, o));
        return o;
      });
    },
  },
  Person: {
    overdue: (p, _a, ctx) => {
      const c = authed(ctx);
      const day = today();
      const personId = String(p.id);
      return audited(c, 'READ', 'Person.overdue', async (tx, seen) => {
        const reach = await tx.rows<{ boardId: string; interventionId: string }>('overdue/person', { personId, userId: c.user.id, today: day });
        const wanted = new Set(reach.map((r) => r.interventionId));
        const interventions: Model[] = [];
        for (const boardId of new Set(reach.map((r) => r.boardId))) {
          const rows = await tx.rows<{ intervention: Model }>('interventions/by-board', { boardId, userId: c.user.id });
          interventions.push(...rows.map((r) => r.intervention).filter((i) => wanted.has(String(i.id))));
        }
        const o = overdueOf(interventions, day);
        seen.add(personId);
        seen.addAll(shownPeople(interventions, o));
        return o;
      });
    },
  },
};
