// The access log, for ADMIN (policy resource `audit`). Reading it is not itself audited: it holds
// ids, roles and purposes, never a person's data.
import type { Resolvers, QueryAuditEventsArgs, Role } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import { guard } from '../graphql/guard.js';
import { validate } from '../shared/validate.js';
import { encodeCursor, pageSize } from '../shared/paging.js';
import { auditEventsInput, parseAuditCursor } from './validation.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: guard('read', 'audit', async (args: QueryAuditEventsArgs, ctx) => {
      const input = validate(auditEventsInput, args);
      const limit = pageSize(args.first);
      const after = input.after ? parseAuditCursor(input.after) : null;
      const rows = await ctx.db.read((tx) =>
        tx.rows<{ event: Model; atKey: string }>('audit/list', {
          personId: input.personId ?? null, afterAt: after?.at ?? null, afterId: after?.id ?? null, limit: limit + 1,
        }),
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        nodes: page.map((r) => r.event),
        pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(`${last.atKey}|${String(last.event.id)}`) : null },
      };
    }),
  },
  AuditEvent: {
    role: (e) => (e.role as Role | null) ?? null,
    agencyId: (e) => (e.agencyId as string | null) ?? null,
    personIds: (e) => (e.personIds as string[] | null) ?? [],
  },
};
