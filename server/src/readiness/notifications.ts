// In-app notifications about alerts, for the badge: each team member's own, nobody else's.
import type { Resolvers, QueryNotificationsArgs, MutationMarkNotificationsReadArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { notFound } from '../shared/errors.js';
import { pageSize } from '../shared/paging.js';
import { validate } from '../shared/validate.js';
import { notificationIds } from './validation.js';

async function feed(ctx: AuthedCtx, first: number | null | undefined) {
  return ctx.db.read(async (tx) => {
    const items = await tx.rows<{ notification: Model }>('readiness/notifications', { userId: ctx.user.id, limit: pageSize(first ?? 20, 100) });
    const count = await tx.one<{ unread: number }>('readiness/notifications-unread', { userId: ctx.user.id });
    return { unread: count?.unread ?? 0, items: items.map((r) => r.notification) };
  });
}

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: guard('read', 'readiness', (args: QueryNotificationsArgs, ctx) => feed(ctx, args.first)),
  },
  Mutation: {
    markNotificationsRead: guard('update', 'readiness', async (args: MutationMarkNotificationsReadArgs, ctx) => {
      const { ids } = validate(notificationIds, args);
      await ctx.db.write((tx) => tx.one('readiness/notifications-read', { userId: ctx.user.id, ids: ids ?? null }));
      return feed(ctx, 20);
    }),
  },
  Notification: {
    alert: async (n, _a, ctx) => {
      const row = await ctx.db.read((tx) => tx.one<{ alert: Model }>('readiness/alert-get', { id: String(n.alertId) }));
      if (!row) throw notFound();
      return row.alert;
    },
    read: (n) => n.read === true,
  },
};
