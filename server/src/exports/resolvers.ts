// recordExport: the board's pictures are drawn in the browser, so the server cannot see them
// leave; the browser asks it to record each export first and makes the file only if that
// succeeds. The row names the people shown (those of the given ids that are on the board), the
// format and the filter; the policy decides who may export at all.
import type { Resolvers, MutationRecordExportArgs } from '../graphql/generated/types.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { forbidden, notFound } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { describeFilter, recordExportInput } from './validation.js';

export const pictureExportResolvers: Resolvers = {
  Mutation: {
    recordExport: guard('export', 'tie', (args: MutationRecordExportArgs, ctx) => {
      // A picture shows people and groups as well as ties: the role must be allowed each.
      for (const r of ['person', 'group'] as const) if (!can(ctx.user.role, 'export', r)) throw forbidden();
      const input = validate(recordExportInput, args.input);
      const filter = describeFilter(input.filter);
      const purpose = `Mutation.recordExport ${input.format}${filter ? ` ${filter}` : ''}`;
      return audited(ctx, 'EXPORT', purpose, async (tx, seen) => {
        const row = await tx.one<{ personIds: string[] }>('exports/people-shown', {
          boardId: input.boardId, userId: ctx.user.id, personIds: [...new Set(input.personIds)],
        });
        if (!row) throw notFound();
        seen.addAll(row.personIds);
        return row.personIds.length;
      });
    }),
  },
};
