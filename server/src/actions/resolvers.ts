// Decisions and the action log (who does what by when) of readiness alerts, and decisions of
// board meetings. An action may carry out an intervention: it links to it, and shows it only to
// those who may see it (the intervention's board team), through the usual audited read.
import type { Resolvers } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { audited } from '../audit/audit.js';
import { agencyRef } from '../graphql/refs.js';
import { can } from '../policy/policy.js';
import { badInput, unauthenticated, type FieldError } from '../shared/errors.js';
import { today } from '../shared/fields.js';

/** Refuses an agency that does not exist, or an intervention on no board of the user's. */
export async function checkActionRefs(tx: Tx, userId: string, agencyId: string | null, interventionId: string | null, prefix: string): Promise<void> {
  const r = await tx.one<{ agencyOk: boolean; interventionOk: boolean }>('actions/refs', { userId, agencyId, interventionId });
  const fields: FieldError[] = [];
  if (!r?.agencyOk) fields.push({ field: `${prefix}agencyId`, key: 'validation.unknownReference' });
  if (!r?.interventionOk) fields.push({ field: `${prefix}interventionId`, key: 'validation.unknownReference' });
  if (fields.length) throw badInput(fields);
}

export const actionOverdue = (x: Model, day: string): boolean => x.done !== true && String(x.due) < day;

async function interventionOf(x: Model, ctx: Ctx): Promise<Model | null> {
  const id = x.interventionId as string | null | undefined;
  if (!id) return null;
  if (!ctx.user) throw unauthenticated();
  const c = ctx as AuthedCtx;
  // Not an error: the action is the readiness team's, the intervention a board's.
  if (!can(c.user.role, 'read', 'intervention')) return null;
  return audited(c, 'READ', 'ActionItem.intervention', async (tx, seen) => {
    const row = await tx.one<{ intervention: Model }>('interventions/get', { id, userId: c.user.id });
    if (row) seen.addAll((row.intervention.targetPersonIds as string[] | undefined) ?? []);
    return row?.intervention ?? null;
  });
}

export const actionResolvers: Resolvers = {
  ActionItem: {
    agency: (x, _a, ctx) => agencyRef(ctx, x.agencyId as string | null),
    done: (x) => x.done === true,
    doneAt: (x) => (x.doneAt as string | null) ?? null,
    overdue: (x) => actionOverdue(x, today()),
    intervention: (x, _a, ctx) => interventionOf(x, ctx),
  },
};
