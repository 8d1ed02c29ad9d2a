// Information shared about a person (policy resource `information`, gated like the role's own
// agency's notes; each piece's class is then decided by the policy per piece, in the Cypher).
// Sharing and reading are audited as touching the person; a read's access purpose is in its row's
// purpose (`Person.information:INVESTIGATION`).
import type { Resolvers, MutationShareInformationArgs, PersonInformationArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { badInput, forbidden, unauthenticated, type FieldError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { agencyRef, personAt } from '../graphql/refs.js';
import { auditPurpose, basisErrors, consentErrors, purposeRestriction } from '../consents/legal.js';
import { statuteLabel } from '../consents/statutes.js';
import { legalBasisOf, mayShare, readableClasses } from './classes.js';
import { informationArgs, shareInformationInput } from './validation.js';

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

async function informationOf(ctx: Ctx, personId: string, args: PersonInformationArgs): Promise<Model[]> {
  const c = authed(ctx);
  if (!can(c.user.role, 'read', 'information')) throw forbidden();
  const purpose = validate(informationArgs, args).purpose ?? 'PREVENTION';
  const classes = readableClasses(c.user.role, purpose);
  return audited(c, 'READ', auditPurpose('Person.information', purpose), async (tx, seen) => {
    const rows = await tx.rows<{ information: Model }>('information/of-person', {
      id: personId, userId: c.user.id, ownClasses: classes.own, otherClasses: classes.other,
    });
    seen.add(personId);
    return rows.map((r) => r.information);
  });
}

export const informationResolvers: Resolvers = {
  Mutation: {
    shareInformation: guard('create', 'information', (args: MutationShareInformationArgs, ctx) => {
      const input = validate(shareInformationInput, args.input);
      // The role must be allowed this class of data from its own agency (e.g. §115 only the police).
      if (!mayShare(ctx.user.role, input.class)) throw forbidden();
      const legalBasis = legalBasisOf[input.class];
      const errors: FieldError[] = legalBasis
        ? basisErrors({ legalBasis, statuteCode: input.statuteCode, consentId: input.consentId }, ctx.config.LEGAL_STATUTES)
        : [
            ...(input.consentId ? [{ field: 'consentId', key: 'legal.consentNeedsConsentBasis' }] : []),
            ...(input.statuteCode ? [{ field: 'statuteCode', key: 'legal.statuteOnlyForOtherStatute' }] : []),
          ];
      if (input.class === 'CONSENT_GATED' && !input.consentId) errors.push({ field: 'consentId', key: 'legal.consentRequired' });
      if (!ctx.user.agencyId) errors.push({ field: 'class', key: 'legal.noAgency' });
      if (errors.length) throw badInput(errors);
      const id = newId('information');
      return audited(ctx, 'CREATE', 'Mutation.shareInformation', async (tx, seen) => {
        if (input.consentId) {
          const bad = await consentErrors(tx, {
            consentId: input.consentId, personIds: [input.personId], scope: 'INFORMATION', sourceAgencyId: ctx.user.agencyId, userId: ctx.user.id,
          });
          if (bad.length) throw badInput(bad);
        }
        const row = (await tx.one<{ personOk: boolean; hasAgency: boolean; agencyOk: boolean; information: Model | null; person: Model | null }>('information/share', {
          id, personId: input.personId, userId: ctx.user.id, userName: ctx.user.displayName, class: input.class, text: input.text,
          legalBasis, consentId: input.consentId ?? null, statuteCode: input.statuteCode ?? null,
          purposeRestriction: purposeRestriction(legalBasis),
        }))!;
        if (!row.information) {
          const fields: FieldError[] = [];
          if (!row.personOk) fields.push({ field: 'personId', key: 'validation.unknownReference' });
          if (!row.hasAgency) fields.push({ field: 'class', key: 'legal.noAgency' });
          else if (!row.agencyOk) fields.push({ field: 'class', key: 'legal.policeOnly' });
          throw badInput(fields);
        }
        if (row.person) ctx.cache.people.set(input.personId, row.person);
        seen.add(input.personId);
        return row.information;
      });
    }),
  },
  Person: {
    information: (p, args: PersonInformationArgs, ctx) => informationOf(ctx, String(p.id), args),
  },
  SharedInformation: {
    person: (i, _a, ctx, info) => personAt(ctx, String(i.personId), info),
    sourceAgency: (i, _a, ctx) => agencyRef(ctx, i.sourceAgencyId as string | null),
    legalBasis: (i) => (i.legalBasis as 'CONSENT' | 'SSP_115' | 'OTHER_STATUTE' | null) ?? null,
    consentId: (i) => (i.consentId as string | null) ?? null,
    statute: (i, _a, ctx) =>
      i.statuteCode ? { code: String(i.statuteCode), label: statuteLabel(ctx.config.LEGAL_STATUTES, String(i.statuteCode), ctx.lang) } : null,
    purposeRestriction: (i) => purposeRestriction(i.legalBasis),
    recordedBy: (i) => String(i.recordedBy ?? ''),
  },
};
