// An area's level (NORMAL, ELEVATED, CRITICAL) and its history: set by readiness-team members,
// directly or by raising and closing an alert, each change recorded with who, when and why.
// Reports do not move the level: they are what the team judges from (the overview shows both).
import type { Resolvers, MutationSetAreaLevelArgs, AreaLevelHistoryArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { guard } from '../graphql/guard.js';
import { can, type Operation, type Resource } from '../policy/policy.js';
import { badInput, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { pageSize } from '../shared/paging.js';
import { requireTeamMember } from '../readiness/team.js';
import { setAreaLevelInput } from './validation.js';

/** Field-level gate: Area is reference data an outside reporter may read; its level is not. */
export function allowed(ctx: Ctx, op: Operation, resource: Resource): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  if (!can(ctx.user.role, op, resource)) throw forbidden();
  return ctx as AuthedCtx;
}

/**
 * Sets the level inside the caller's transaction; false when it already was that level (nothing
 * written). `alertId` links the change to the alert that made it.
 */
export async function setLevel(
  tx: Tx, ctx: AuthedCtx, p: { id: string; areaId: string; level: string; reason: string; alertId: string | null },
): Promise<{ area: Model; changed: boolean }> {
  const row = await tx.one<{ area: Model; changed: boolean }>('areas/level-set', {
    ...p, userId: ctx.user.id, userName: ctx.user.displayName,
  });
  if (!row) throw notFound();
  return row;
}

interface ActivityRow { boards: Model[]; otherBoards: number; groups: Model[]; otherGroups: number }

const byName = (key: string) => (a: Model, b: Model) => String(a[key]).localeCompare(String(b[key])) || String(a.id).localeCompare(String(b.id));

export const levelResolvers: Resolvers = {
  Mutation: {
    setAreaLevel: guard('update', 'readiness', async (args: MutationSetAreaLevelArgs, ctx) => {
      const input = validate(setAreaLevelInput, args.input);
      const id = newId('levelChange');
      return ctx.db.write(async (tx) => {
        await requireTeamMember(tx, ctx.user.id);
        const { area, changed } = await setLevel(tx, ctx, { id, areaId: input.areaId, level: input.level, reason: input.reason, alertId: null });
        if (!changed) throw badInput([{ field: 'level', key: 'validation.levelUnchanged' }]);
        return area;
      });
    }),
  },
  Area: {
    level: (a, _args, ctx) => {
      allowed(ctx, 'read', 'readiness');
      return (a.level as 'NORMAL' | 'ELEVATED' | 'CRITICAL' | undefined) ?? 'NORMAL';
    },
    levelHistory: async (a, args: AreaLevelHistoryArgs, ctx) => {
      const c = allowed(ctx, 'read', 'readiness');
      const rows = await c.db.read((tx) => tx.rows<{ change: Model }>('areas/level-history', { areaId: String(a.id), limit: pageSize(args.first, 200) }));
      return rows.map((r) => r.change);
    },
    activity: async (a, _args, ctx) => {
      // Boards and groups are case data: the viewer's own by name, the others only counted.
      const c = allowed(ctx, 'read', 'board');
      const row = await c.db.read((tx) => tx.one<ActivityRow>('areas/activity', { areaId: String(a.id), userId: c.user.id }));
      if (!row) throw notFound();
      return { ...row, boards: [...row.boards].sort(byName('title')), groups: [...row.groups].sort(byName('name')) };
    },
  },
  AreaActivity: {
    groups: (x, _a, ctx) => {
      allowed(ctx, 'read', 'group');
      return x.groups as Model[];
    },
  },
  AreaLevelChange: {
    changedBy: (c) => String(c.changedBy),
    alert: async (c, _a, ctx) => {
      if (!c.alertId) return null;
      const row = await ctx.db.read((tx) => tx.one<{ alert: Model }>('readiness/alert-get', { id: String(c.alertId) }));
      return row?.alert ?? null;
    },
  },
};
