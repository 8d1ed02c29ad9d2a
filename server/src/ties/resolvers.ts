import type { Resolvers, QueryTieArgs, MutationCreateTieArgs, MutationUpdateTieArgs, MutationEndTieArgs, MutationReopenTieArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { badInput, forbidden, notFound } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { createTieInput, endTieInput, reopenTieInput, updateTieInput } from './validation.js';
import { agencyRef, personAt } from '../graphql/refs.js';
import { basisErrors, basisUpdate, consentErrors, purposeRestriction } from '../consents/legal.js';
import { statuteLabel } from '../consents/statutes.js';
import { basisAllows } from '../consents/basis.js';

type TieRow = { tie: Model };

function endsOf(tie: Model): string[] {
  return [String(tie.sourceId), String(tie.targetId)];
}

async function tieUpdate(ctx: AuthedCtx, purpose: string, id: string, version: number, query: string, params: Record<string, unknown>, check?: (lock: Record<string, unknown>, tx: Tx) => void | Promise<void>) {
  const writeId = newId('revision');
  return audited(ctx, 'UPDATE', purpose, (tx, seen) =>
    versionedUpdate(
      tx, 'ties/lock', { id, userId: ctx.user.id }, version, writeId,
      async (lock) => {
        // A tie on a basis the user may not read is not there; one they may read but not change
        // (another agency's statute tie, police §115 information) is refused.
        const current = lock.current as Model;
        if (!(await basisAllows(ctx, 'read', current))) throw notFound();
        if (!(await basisAllows(ctx, 'update', current))) throw forbidden();
        await check?.(lock, tx);
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
        const tie = row && (await basisAllows(ctx, 'read', row.tie)) ? row.tie : null;
        if (tie) seen.add(...endsOf(tie));
        return tie;
      }),
    ),
  },
  Mutation: {
    createTie: guard('create', 'tie', (args: MutationCreateTieArgs, ctx) => {
      const input = validate(createTieInput, args.input);
      const id = newId('tie');
      const legalBasis = input.legalBasis ?? 'CONSENT';
      const basis = basisErrors({ legalBasis, statuteCode: input.statuteCode, consentId: input.consentId }, ctx.config.LEGAL_STATUTES);
      if (basis.length) throw badInput(basis);
      // A tie shared on a consent, under §115 or another statute is some agency's: the user's own
      // unless another is named.
      const sourceAgencyId = input.sourceAgencyId ?? (input.consentId || legalBasis !== 'CONSENT' ? ctx.user.agencyId : null);
      const props = {
        type: input.type,
        strength: input.strength,
        valence: input.valence,
        directed: input.directed ?? false,
        sourceAgencyId,
        legalBasis,
        confidence: input.confidence ?? 'MEDIUM',
        note: input.note ?? null,
        consentId: input.consentId ?? null,
        statuteCode: input.statuteCode ?? null,
      };
      return audited(ctx, 'CREATE', 'Mutation.createTie', async (tx, seen) => {
        if (!(await basisAllows(ctx, 'create', { legalBasis, consentId: props.consentId, sourceAgencyId }))) throw forbidden();
        if (input.consentId) {
          const bad = await consentErrors(tx, {
            consentId: input.consentId, personIds: [input.sourceId, input.targetId], scope: 'TIES', sourceAgencyId, userId: ctx.user.id,
          });
          if (bad.length) throw badInput(bad);
        }
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
      for (const key of ['type', 'strength', 'valence', 'directed', 'sourceAgencyId', 'confidence', 'note'] as const) {
        if (input[key] !== undefined && input[key] !== null) props[key] = input[key];
      }
      return tieUpdate(ctx, 'Mutation.updateTie', input.id, input.version, 'ties/update', { props }, async (lock, tx) => {
        const current = lock.current as Model;
        const basis = basisUpdate(input, current, ctx.config.LEGAL_STATUTES);
        if (basis.errors.length) throw badInput(basis.errors);
        Object.assign(props, basis.props);
        // What the tie becomes must be the user's to share too (a new basis, another source agency).
        if (!(await basisAllows(ctx, 'update', { ...current, ...props }))) throw forbidden();
        // A tie that stays on its consent must stay within the agencies the consent names.
        const consentId = 'consentId' in basis.props ? null : (current.consentId as string | null | undefined);
        if (consentId && props.sourceAgencyId && props.sourceAgencyId !== current.sourceAgencyId) {
          const bad = await consentErrors(tx, {
            consentId, personIds: [String(current.sourceId), String(current.targetId)], scope: 'TIES', sourceAgencyId: String(props.sourceAgencyId), userId: ctx.user.id,
          });
          if (bad.length) throw badInput(bad);
        }
      });
    }),
    endTie: guard('update', 'tie', (args: MutationEndTieArgs, ctx) => {
      const input = validate(endTieInput, args.input);
      const validTo = input.validTo ?? today();
      return tieUpdate(ctx, 'Mutation.endTie', input.id, input.version, 'ties/end', { validTo }, (lock) => {
        if (validTo < String(lock.validFrom)) throw badInput([{ field: 'validTo', key: 'validation.validToBeforeFrom' }]);
      });
    }),
    // The undo of endTie: the same tie again (same id, same revisions), not a new one.
    reopenTie: guard('update', 'tie', (args: MutationReopenTieArgs, ctx) => {
      const input = validate(reopenTieInput, args.input);
      return tieUpdate(ctx, 'Mutation.reopenTie', input.id, input.version, 'ties/reopen', {}, (lock) => {
        if ((lock.current as Model).validTo == null) throw badInput([{ field: 'id', key: 'validation.notEnded' }]);
      });
    }),
  },
  Tie: {
    source: (t, _a, ctx, info) => personAt(ctx, String(t.sourceId), info),
    target: (t, _a, ctx, info) => personAt(ctx, String(t.targetId), info),
    sourceAgency: (t, _a, ctx) => agencyRef(ctx, t.sourceAgencyId as string | null),
    note: (t) => (t.note as string | null) ?? null,
    consentId: (t) => (t.consentId as string | null) ?? null,
    statute: (t, _a, ctx) =>
      t.statuteCode ? { code: String(t.statuteCode), label: statuteLabel(ctx.config.LEGAL_STATUTES, String(t.statuteCode), ctx.lang) } : null,
    purposeRestriction: (t) => purposeRestriction(t.legalBasis),
    exportable: (t, _a, ctx) => basisAllows(ctx, 'export', t),
  },
};
