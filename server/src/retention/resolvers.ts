// Retention and erasure (issue 6): Person.retainUntil, closing a case board, erasure on request
// (COORDINATOR, policy `erase` on persons) and the purge on demand (ADMIN, resource `retention`).
import type { Resolvers, MutationErasePersonArgs, MutationSetBoardClosedArgs } from '../graphql/generated/types.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import type { Model } from '../graphql/model.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { identityVisible } from '../people/identity.js';
import { newId } from '../shared/ids.js';
import { notFound } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { erasePerson, purgeExpired, retainUntilOf } from './purge.js';
import { erasePersonInput, setBoardClosedInput } from './validation.js';

export const retentionResolvers: Resolvers = {
  Mutation: {
    setBoardClosed: guard('update', 'board', async (args: MutationSetBoardClosedArgs, ctx) => {
      const input = validate(setBoardClosedInput, args);
      const writeId = newId('revision');
      return audited(ctx, 'UPDATE', 'Mutation.setBoardClosed', async (tx) => {
        const row = await tx.one<{ board: Model }>('retention/board-close', { boardId: input.boardId, userId: ctx.user.id, closed: input.closed, writeId });
        if (!row) throw notFound();
        return row.board;
      });
    }),
    erasePerson: guard('delete', 'person', async (args: MutationErasePersonArgs, ctx) => {
      const input = validate(erasePersonInput, args);
      await erasePerson(ctx, input.id, input.reason);
      return input.id;
    }),
    purgeExpired: guard('delete', 'retention', async (_args, ctx) => {
      const r = await purgeExpired(ctx.db, ctx.config, ctx);
      return { rule: r.rule, checked: r.checked, purged: r.purged, undetermined: r.undetermined };
    }),
  },
  Person: {
    retainUntil: async (p, _a, ctx: Ctx) => {
      if (!identityVisible(ctx)) return null;
      const c = ctx as AuthedCtx;
      const id = String(p.id);
      return audited(c, 'READ', 'Person.retainUntil', async (tx, seen) => {
        seen.add(id);
        return (await retainUntilOf(tx, c.config.RETENTION_RULE, c.config.TIME_ZONE, [id])).get(id) ?? null;
      });
    },
  },
};
