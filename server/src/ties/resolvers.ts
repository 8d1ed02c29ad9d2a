import type { Resolvers, QueryTieArgs, MutationCreateTieArgs, MutationUpdateTieArgs, MutationEndTieArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { badInput, notFound } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { createTieInput, endTieInput, updateTieInput } from './validation.js';
import { personRef, agencyRef, required } from '../graphql/refs.js';

type TieRow = { tie: Model };

function endsOf(tie: Model): string[] {
  return [String(tie.sourceId), String(tie.targetId)];
}

async function tieUpdate(ctx: AuthedCtx, purpose: string, id: string, version: number, query: string, params: Record<string, unknown>, check?: (lock: Record<string, unknown>) => void) {
  const writeId = newId('revision');
  return audited(ctx, 'UPDATE', purpose, (tx, seen) =>
    versionedUpdate(
      tx, 'ties/lock', { id, userId: ctx.user.id }, version, writeId,
      async (lock) => {
        check?.(lock);
        const row = (await tx.one<TieRow>(query, { id, writeId, revisionId: writeId, ...params }))!;
        seen.add(...endsOf(row.tie));
        return row.tie;
      },
      (current) => {
        seen.add(...endsOf(current));
        return current;
      },
    ),
  );
}

export const tieResolvers: Resolvers = {
  Query: {
    tie: guard('read', 'tie', (args: QueryTieArgs, ctx) =>
      audited(ctx, 'READ', 'Query.tie', async (tx, seen) => {
        const row = await tx.one<TieRow>('ties/get', { id: args.id, userId: ctx.user.id });
        if (row) seen.add(...endsOf(row.tie));
        return row?.tie ?? null;
      }),
    ),
  },
  Mutation: {
    createTie: guard('create', 'tie', (args: MutationCreateTieArgs, ctx) => {
      const input = validate(createTieInput, args.input);
      const id = newId('tie');
      const props = {
        type: input.type,
        strength: input.strength,
        valence: input.valence,
        directed: input.directed ?? false,
        sourceAgencyId: input.sourceAgencyId ?? null,
        legalBasis: input.legalBasis ?? 'CONSENT',
        confidence: input.confidence ?? 'MEDIUM',
        note: input.note ?? null,
      };
      return audited(ctx, 'CREATE', 'Mutation.createTie', async (tx, seen) => {
        const row = await tx.one<TieRow>('ties/create', {
          id, boardId: input.boardId, sourceId: input.sourceId, targetId: input.targetId, userId: ctx.user.id,
          props, validFrom: input.validFrom ?? today(),
        });
        if (!row) throw badInput([{ field: 'targetId', key: 'validation.notOnBoard' }]);
        seen.add(input.sourceId, input.targetId);
        return row.tie;
      });
    }),
    updateTie: guard('update', 'tie', (args: MutationUpdateTieArgs, ctx) => {
      const input = validate(updateTieInput, args.input);
      const props: Record<string, unknown> = {};
      for (const key of ['type', 'strength', 'valence', 'directed', 'sourceAgencyId', 'legalBasis', 'confidence', 'note'] as const) {
        if (input[key] !== undefined && input[key] !== null) props[key] = input[key];
      }
      return tieUpdate(ctx, 'Mutation.updateTie', input.id, input.version, 'ties/update', { props });
    }),
    endTie: guard('update', 'tie', (args: MutationEndTieArgs, ctx) => {
      const input = validate(endTieInput, args.input);
      const validTo = input.validTo ?? today();
      return tieUpdate(ctx, 'Mutation.endTie', input.id, input.version, 'ties/end', { validTo }, (lock) => {
        if (validTo < String(lock.validFrom)) throw badInput([{ field: 'validTo', key: 'validation.validToBeforeFrom' }]);
      });
    }),
  },
  Tie: {
    source: (t, _a, ctx, info) => required(personRef(ctx, String(t.sourceId), info)),
    target: (t, _a, ctx, info) => required(personRef(ctx, String(t.targetId), info)),
    sourceAgency: (t, _a, ctx) => agencyRef(ctx, t.sourceAgencyId as string | null),
    note: (t) => (t.note as string | null) ?? null,
  },
};
