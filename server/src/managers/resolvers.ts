// The managers' view: aggregates across the municipality's boards, never a person (policy
// resource `aggregates`, operation aggregate; MANAGER only).
import type { Resolvers, QueryManagerOverviewArgs, QueryManagerExportArgs } from '../graphql/generated/types.js';
import { guard } from '../graphql/guard.js';
import { validate } from '../shared/validate.js';
import { today } from '../shared/fields.js';
import { buildOverview } from './overview.js';
import { tables, toCsv, toXlsx } from './export.js';
import { overviewInput } from './validation.js';

export const managerResolvers: Resolvers = {
  Query: {
    managerOverview: guard('read', 'aggregates', async (args: QueryManagerOverviewArgs, ctx) => {
      const input = validate(overviewInput, args);
      return buildOverview(ctx, input.asOf ?? today(), input.weeks ?? 8, 'READ', 'Query.managerOverview');
    }),
    managerExport: guard('export', 'aggregates', async (args: QueryManagerExportArgs, ctx) => {
      const input = validate(overviewInput, { weeks: args.weeks, asOf: args.asOf });
      const asOf = input.asOf ?? today();
      const overview = await buildOverview(ctx, asOf, input.weeks ?? 8, 'EXPORT', 'Query.managerExport');
      const list = tables(overview, ctx.lang);
      const base = `tavla-${asOf}`;
      if (args.format === 'CSV') {
        // A byte-order mark, so Excel opens the UTF-8 (å, ä, ø) correctly.
        return { filename: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', base64: Buffer.from(`\uFEFF${toCsv(list, ctx.lang)}`, 'utf8').toString('base64') };
      }
      return {
        filename: `${base}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: (await toXlsx(list)).toString('base64'),
      };
    }),
  },
};
