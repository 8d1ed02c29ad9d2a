// The municipality's weekly picture: areas × weeks of reported levels (heatmap.ts says how a cell
// is read), trends, the latest reports, and per area its open alerts and (Area.activity) the
// boards and groups active in it.
import type { Resolvers, QuerySituationOverviewArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import { guard } from '../graphql/guard.js';
import { validate } from '../shared/validate.js';
import { allowed } from './levels.js';
import { cellsFor, isoWeekOf, trendOf, weeksEndingAt, type Level } from './heatmap.js';
import { overviewArgs } from './validation.js';

interface PointRow { areaId: string; week: string; level: Level }

export const overviewResolvers: Resolvers = {
  Query: {
    situationOverview: guard('read', 'report', async (args: QuerySituationOverviewArgs, ctx) => {
      const a = validate(overviewArgs, args);
      const weeks = weeksEndingAt(a.until ?? isoWeekOf(new Date()), a.weeks ?? 12);
      const { areas, points, latest } = await ctx.db.read(async (tx) => ({
        areas: (await tx.rows<{ area: Model }>('areas/all')).map((r) => r.area),
        points: await tx.rows<PointRow>('areas/reports-in-weeks', { fromWeek: weeks[0], toWeek: weeks[weeks.length - 1] }),
        latest: (await tx.rows<{ report: Model }>('areas/reports-latest', { limit: a.latest ?? 10 })).map((r) => r.report),
      }));
      return {
        weeks,
        areas: areas.map((area) => {
          const cells = cellsFor(points.filter((p) => p.areaId === area.id), weeks);
          return { area, weeks: cells, trend: trendOf(cells) };
        }),
        latestReports: latest,
      };
    }),
  },
  AreaOverview: {
    latestReport: async (o, _a, ctx) => {
      const row = await ctx.db.read((tx) => tx.one<{ report: Model }>('areas/reports', { areaId: String((o.area as Model).id), limit: 1 }));
      return row?.report ?? null;
    },
    openAlerts: async (o, _a, ctx) => {
      const c = allowed(ctx, 'read', 'readiness');
      const rows = await c.db.read((tx) =>
        tx.rows<{ alert: Model }>('readiness/alerts', { statuses: ['RAISED', 'CONVENED'], areaId: String((o.area as Model).id), limit: 10 }),
      );
      return rows.map((r) => r.alert);
    },
  },
};
