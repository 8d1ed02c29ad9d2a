// Consents about a person: recorded and withdrawn by the case team of a board holding the person
// (policy resource `consent`), read by the team. Each read and write is audited as touching that
// person. Withdrawing needs nothing else: every query showing consent-based data checks the
// consent in its own Cypher (see docs/security.md, "Legal basis, consent and purpose").
import type { Resolvers, MutationRecordConsentArgs, MutationWithdrawConsentArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { badInput, forbidden, unauthenticated, type FieldError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { agencyRef, personAt } from '../graphql/refs.js';
import { recordConsentInput, withdrawConsentInput } from './validation.js';

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

/** Live today: not withdrawn, and its expiry (the first day it no longer holds) not reached. */
export function isLive(c: Model, day = today()): boolean {
  return !c.withdrawnAt && (c.expiresOn == null || String(c.expiresOn) > day);
}

async function consentsOf(ctx: Ctx, personId: string): Promise<Model[]> {
  const c = authed(ctx);
  if (!can(c.user.role, 'read', 'consent')) throw forbidden();
  return audited(c, 'READ', 'Person.consents', async (tx, seen) => {
    const rows = await tx.rows<{ consent: Model }>('consents/of-person', { id: personId, userId: c.user.id });
    seen.add(personId);
    return rows.map((r) => r.consent);
  });
}

export const consentResolvers: Resolvers = {
  Query: {
    legalStatutes: guard('read', 'information', (_a, ctx) =>
      ctx.config.LEGAL_STATUTES.map((s) => ({ code: s.code, label: s.label[ctx.lang] }))),
  },
  Mutation: {
    recordConsent: guard('create', 'consent', (args: MutationRecordConsentArgs, ctx) => {
      const input = validate(recordConsentInput, args.input);
      const givenOn = input.givenOn ?? today();
      if (input.expiresOn && input.expiresOn <= givenOn) throw badInput([{ field: 'expiresOn', key: 'legal.expiresBeforeGiven' }]);
      const id = newId('consent');
      return audited(ctx, 'CREATE', 'Mutation.recordConsent', async (tx, seen) => {
        const row = (await tx.one<{ personOk: boolean; agenciesOk: boolean; consent: Model | null; person: Model | null }>('consents/record', {
          id, personId: input.personId, userId: ctx.user.id, userName: ctx.user.displayName,
          givenBy: input.givenBy, scope: input.scope, agencyIds: input.agencyIds, givenOn, expiresOn: input.expiresOn ?? null,
        }))!;
        if (!row.consent) {
          const fields: FieldError[] = [];
          if (!row.personOk) fields.push({ field: 'personId', key: 'validation.unknownReference' });
          if (!row.agenciesOk) fields.push({ field: 'agencyIds', key: 'validation.unknownReference' });
          throw badInput(fields);
        }
        if (row.person) ctx.cache.people.set(input.personId, row.person);
        seen.add(input.personId);
        return row.consent;
      });
    }),
    withdrawConsent: guard('update', 'consent', (args: MutationWithdrawConsentArgs, ctx) => {
      const input = validate(withdrawConsentInput, args.input);
      const writeId = newId('revision');
      return audited(ctx, 'UPDATE', 'Mutation.withdrawConsent', (tx, seen) =>
        versionedUpdate(
          tx, 'consents/lock', { id: input.id, userId: ctx.user.id }, input.version, writeId,
          async (lock) => {
            seen.add(lock.personId as string);
            if ((lock.current as Model).withdrawnAt) throw badInput([{ field: 'id', key: 'legal.alreadyWithdrawn' }]);
            const row = await tx.one<{ consent: Model }>('consents/withdraw', {
              id: input.id, userId: ctx.user.id, userName: ctx.user.displayName, withdrawnBy: input.withdrawnBy ?? null, writeId,
            });
            return row!.consent;
          },
          (current) => {
            seen.add(current.personId as string);
            return current;
          },
        ),
      );
    }),
  },
  Person: {
    consents: (p, _a, ctx) => consentsOf(ctx, String(p.id)),
  },
  Consent: {
    person: (c, _a, ctx, info) => personAt(ctx, String(c.personId), info),
    scope: (c) => (c.scope as ('TIES' | 'FACTORS' | 'INFORMATION')[]) ?? [],
    agencies: async (c, _a, ctx) => {
      const list = await Promise.all(((c.agencyIds as string[] | undefined) ?? []).map((id) => agencyRef(ctx, id)));
      return list.filter((a): a is Model => a !== null);
    },
    expiresOn: (c) => (c.expiresOn as string | null) ?? null,
    live: (c) => isLive(c),
    withdrawal: (c) =>
      c.withdrawnAt
        ? { at: c.withdrawnAt as string, withdrawnBy: (c.withdrawnBy as string | null) ?? null, recordedBy: String(c.withdrawalRecordedBy ?? '') }
        : null,
    recordedBy: (c) => String(c.recordedBy ?? ''),
  },
};
