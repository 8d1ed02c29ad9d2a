// recordExport: the board's pictures are drawn in the browser, so the server cannot see them
// leave; the browser asks it to record each export first and makes the file only if that
// succeeds. The row names the people shown (those of the given ids that are on the board), the
// format and the filter; the policy decides who may export at all, and refuses a picture that
// would draw a tie whose legal basis the user may not pass on (police §115, a consent, another
// statute: unexportable.ts), with nothing recorded.
import type { Resolvers, MutationRecordExportArgs } from '../graphql/generated/types.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { forbidden, notFound } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { today } from '../shared/fields.js';
import { describeFilter, recordExportInput } from './validation.js';
import { notExportable, pictureRefused, tiesInPicture, type DrawnTies } from './unexportable.js';

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
        const f = input.filter ?? {};
        const drawn = await tx.one<DrawnTies>('exports/ties-drawn', {
          boardId: input.boardId, userId: ctx.user.id, asOf: f.asOf ?? today(), today: today(),
          changesSince: f.changesSince ?? null, focusPersonId: f.focusPersonId ?? null,
        });
        // Thrown inside the transaction: it rolls back, so no EXPORT row is written.
        const refused = drawn ? notExportable(ctx.user, tiesInPicture(ctx.user, drawn, f)) : [];
        if (refused.length) throw pictureRefused(refused);
        seen.addAll(row.personIds);
        return row.personIds.length;
      });
    }),
  },
};
