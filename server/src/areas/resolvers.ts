// Areas, places and weekly situation reports: about places, never about people, so nothing here
// is audited; access is the policy table's (area, report) alone, not board membership.
import type {
  Resolvers, QueryAreaArgs, MutationCreateAreaArgs, MutationUpdateAreaArgs, MutationCreatePlaceArgs,
  MutationCreateSituationReportArgs, AreaReportsArgs,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { badInput, forbidden, unauthenticated } from '../shared/errors.js';
import { can } from '../policy/policy.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { pageSize } from '../shared/paging.js';
import { required } from '../graphql/refs.js';
import { createAreaInput, createPlaceInput, updateAreaInput } from './validation.js';
import { fileSituationReport } from './reporting.js';

export async function areaById(ctx: Ctx, id: string | null | undefined): Promise<Model | null> {
  if (!id) return null;
  const row = await ctx.db.read((tx) => tx.one<{ area: Model }>('areas/get', { id }));
  return row?.area ?? null;
}

const unknownArea = () => badInput([{ field: 'areaId', key: 'validation.unknownReference' }]);

export const areaResolvers: Resolvers = {
  Query: {
    areas: guard('read', 'area', async (_args: unknown, ctx) => {
      const rows = await ctx.db.read((tx) => tx.rows<{ area: Model }>('areas/all'));
      return rows.map((r) => r.area);
    }),
    area: guard('read', 'area', (args: QueryAreaArgs, ctx) => areaById(ctx, args.id)),
  },
  Mutation: {
    createArea: guard('create', 'area', async (args: MutationCreateAreaArgs, ctx) => {
      const input = validate(createAreaInput, args.input);
      const id = newId('area');
      const row = await ctx.db.write((tx) => tx.one<{ area: Model }>('areas/create', { id, name: input.name, municipality: input.municipality ?? null }));
      return row!.area;
    }),
    updateArea: guard('update', 'area', async (args: MutationUpdateAreaArgs, ctx) => {
      const input = validate(updateAreaInput, args.input);
      const props: Record<string, unknown> = {};
      if (input.name) props.name = input.name;
      if (input.municipality !== undefined) props.municipality = input.municipality;
      const writeId = newId('revision');
      return ctx.db.write((tx) =>
        versionedUpdate(
          tx, 'areas/lock', { id: input.id }, input.version, writeId,
          async () => (await tx.one<{ area: Model }>('areas/update', { id: input.id, props, writeId }))!.area,
          (current) => current,
        ),
      );
    }),
    createPlace: guard('create', 'area', async (args: MutationCreatePlaceArgs, ctx) => {
      const input = validate(createPlaceInput, args.input);
      const id = newId('place');
      const row = await ctx.db.write((tx) => tx.one<{ place: Model }>('areas/place-create', { id, ...input }));
      if (!row) throw unknownArea();
      return row.place;
    }),
    // Filed by staff and outside reporters alike (issue 7): see reporting.ts.
    createSituationReport: guard('create', 'ownReport', (args: MutationCreateSituationReportArgs, ctx) => fileSituationReport(args, ctx)),
  },
  Area: {
    municipality: (a) => (a.municipality as string | null) ?? null,
    places: async (a, _args, ctx) => {
      const rows = await ctx.db.read((tx) => tx.rows<{ place: Model }>('areas/places', { areaId: String(a.id) }));
      return rows.map((r) => r.place);
    },
    reports: async (a, args: AreaReportsArgs, ctx) => {
      if (!ctx.user) throw unauthenticated();
      if (!can(ctx.user.role, 'read', 'report')) throw forbidden();
      const rows = await ctx.db.read((tx) =>
        tx.rows<{ report: Model }>('areas/reports', { areaId: String(a.id), limit: pageSize(args.first, 100) }),
      );
      return rows.map((r) => r.report);
    },
  },
  Place: {
    area: (p, _a, ctx) => required(areaById(ctx, p.areaId as string)),
  },
  SituationReport: {
    area: (r, _a, ctx) => required(areaById(ctx, r.areaId as string)),
    text: (r) => (r.text as string | null) ?? null,
  },
};
