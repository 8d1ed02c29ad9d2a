import type {
  Resolvers, MutationCreateCommunityArgs, MutationAddParticipationArgs, MutationUpdateParticipationArgs,
  MutationEndParticipationArgs,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { badInput, notFound } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { areaById } from '../areas/resolvers.js';
import { personAt, required } from '../graphql/refs.js';
import { addParticipationInput, createCommunityInput, endParticipationInput, updateParticipationInput } from './validation.js';

type ParticipationRow = { participation: Model; person: Model };

/** The person this request just wrote: Participation.person then needs no second (audited) read. */
function keepPerson(ctx: Ctx, person: Model | null): void {
  if (person) ctx.cache.people.set(String(person.id), person);
}

/** A versioned edit of one participation, audited as a write of its person's data. */
function participationEdit(ctx: AuthedCtx, purpose: string, id: string, version: number, query: string, params: Record<string, unknown>, check?: (lock: Record<string, unknown>) => void) {
  const writeId = newId('revision');
  return audited(ctx, 'UPDATE', purpose, (tx, seen) =>
    versionedUpdate(
      tx, 'communities/participation-lock', { id, userId: ctx.user.id }, version, writeId,
      async (lock) => {
        check?.(lock);
        const row = (await tx.one<ParticipationRow>(query, { id, writeId, ...params }))!;
        keepPerson(ctx, row.person);
        seen.add(String(row.participation.personId));
        return row.participation;
      },
      (current) => {
        seen.add(String(current.personId));
        return current;
      },
    ),
  );
}

async function communityById(ctx: Ctx, id: string): Promise<Model | null> {
  const row = await ctx.db.read((tx) => tx.one<{ community: Model }>('communities/get', { id }));
  return row?.community ?? null;
}

export const communityResolvers: Resolvers = {
  Query: {
    communities: guard('read', 'community', async (_args: unknown, ctx) => {
      const rows = await ctx.db.read((tx) => tx.rows<{ community: Model }>('communities/all'));
      return rows.map((r) => r.community);
    }),
  },
  Mutation: {
    createCommunity: guard('create', 'community', async (args: MutationCreateCommunityArgs, ctx) => {
      const input = validate(createCommunityInput, args.input);
      const id = newId('community');
      const row = await ctx.db.write((tx) =>
        tx.one<{ community: Model }>('communities/create', { id, name: input.name, kind: input.kind, areaId: input.areaId ?? null }),
      );
      if (!row) throw badInput([{ field: 'areaId', key: 'validation.unknownReference' }]);
      return row.community;
    }),
    addParticipation: guard('create', 'community', (args: MutationAddParticipationArgs, ctx) => {
      const input = validate(addParticipationInput, args.input);
      const id = newId('participation');
      return audited(ctx, 'CREATE', 'Mutation.addParticipation', async (tx, seen) => {
        const row = (await tx.one<{ personOk: boolean; communityOk: boolean; participation: Model | null; person: Model | null }>(
          'communities/participation-add',
          { id, personId: input.personId, communityId: input.communityId, userId: ctx.user.id, strength: input.strength, validFrom: input.validFrom ?? today() },
        ))!;
        if (!row.participation) {
          throw badInput([
            ...(row.personOk ? [] : [{ field: 'personId', key: 'validation.unknownReference' }]),
            ...(row.communityOk ? [] : [{ field: 'communityId', key: 'validation.unknownReference' }]),
          ]);
        }
        keepPerson(ctx, row.person);
        seen.add(input.personId);
        return row.participation;
      });
    }),
    updateParticipation: guard('update', 'community', (args: MutationUpdateParticipationArgs, ctx) => {
      const input = validate(updateParticipationInput, args.input);
      return participationEdit(ctx, 'Mutation.updateParticipation', input.id, input.version, 'communities/participation-update', { strength: input.strength });
    }),
    endParticipation: guard('update', 'community', (args: MutationEndParticipationArgs, ctx) => {
      const input = validate(endParticipationInput, args.input);
      const validTo = input.validTo ?? today();
      return participationEdit(ctx, 'Mutation.endParticipation', input.id, input.version, 'communities/participation-end', { validTo }, (lock) => {
        if (validTo < String(lock.validFrom)) throw badInput([{ field: 'validTo', key: 'validation.validToBeforeFrom' }]);
      });
    }),
  },
  Community: {
    area: (c, _a, ctx) => areaById(ctx, c.areaId as string | null),
  },
  Participation: {
    person: (p, _a, ctx) => personAt(ctx, String(p.personId)),
    community: (p, _a, ctx) => required(communityById(ctx, String(p.communityId))),
  },
};
