import type {
  Resolvers, QueryFactorsArgs, MutationCreateFactorArgs, MutationRetireFactorArgs, MutationAssessFactorArgs, MutationUpdateFactorArgs,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { Ctx } from '../graphql/context.js';
import type { Lang } from '../i18n/index.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { badInput, forbidden, type FieldError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { agencyRef, personAt, required } from '../graphql/refs.js';
import { noteAllowed, visibleNote } from '../assessments/notes.js';
import { assessFactorInput, createFactorInput, retireFactorInput, updateFactorInput } from './validation.js';
import { basisErrors, consentErrors, purposeRestriction } from '../consents/legal.js';
import { statuteLabel } from '../consents/statutes.js';
import { basisAllows } from '../consents/basis.js';

type FactorRow = { factor: Model };

const suffix: Record<Lang, 'Sv' | 'Da' | 'En'> = { sv: 'Sv', da: 'Da', en: 'En' };

/** The request language's text, falling back to English when a translation is missing. */
function localised(f: Model, field: 'name' | 'description', lang: Lang): string | null {
  return ((f[`${field}${suffix[lang]}`] ?? f[`${field}En`]) as string | null) ?? null;
}

export async function factorsByIds(ctx: Ctx, ids: string[]): Promise<Model[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db.read((tx) => tx.rows<FactorRow>('factors/by-ids', { ids }));
  return rows.map((r) => r.factor);
}

export const factorResolvers: Resolvers = {
  Query: {
    factors: guard('read', 'factorCatalogue', async (args: QueryFactorsArgs, ctx) => {
      const rows = await ctx.db.read((tx) => tx.rows<FactorRow>('factors/list', { includeRetired: args.includeRetired === true }));
      return rows.map((r) => r.factor);
    }),
  },
  Mutation: {
    createFactor: guard('create', 'factorCatalogue', async (args: MutationCreateFactorArgs, ctx) => {
      const input = validate(createFactorInput, args.input);
      const id = newId('factor');
      const { key, ...rest } = input;
      const props = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v ?? null]));
      const row = (await ctx.db.write((tx) => tx.one<{ keyTaken: boolean; factor: Model | null }>('factors/create', { id, key, props })))!;
      if (row.keyTaken || !row.factor) throw badInput([{ field: 'key', key: 'validation.keyTaken' }]);
      return row.factor;
    }),
    updateFactor: guard('update', 'factorCatalogue', async (args: MutationUpdateFactorArgs, ctx) => {
      const input = validate(updateFactorInput, args.input);
      const props: Record<string, unknown> = {};
      for (const key of ['nameSv', 'nameDa', 'nameEn'] as const) if (input[key]) props[key] = input[key];
      for (const key of ['descriptionSv', 'descriptionDa', 'descriptionEn'] as const) if (input[key] !== undefined) props[key] = input[key] || null;
      const writeId = newId('revision');
      return ctx.db.write((tx) =>
        versionedUpdate(
          tx, 'factors/lock', { id: input.id }, input.version, writeId,
          async () => (await tx.one<FactorRow>('factors/update', { id: input.id, props, writeId }))!.factor,
          (current) => current,
        ),
      );
    }),
    retireFactor: guard('update', 'factorCatalogue', async (args: MutationRetireFactorArgs, ctx) => {
      const input = validate(retireFactorInput, args);
      const writeId = newId('revision');
      return ctx.db.write((tx) =>
        versionedUpdate(
          tx, 'factors/lock', { id: input.id }, input.version, writeId,
          async () => (await tx.one<FactorRow>('factors/retire', { id: input.id, writeId }))!.factor,
          (current) => current,
        ),
      );
    }),
    assessFactor: guard('create', 'assessment', (args: MutationAssessFactorArgs, ctx) => {
      const input = validate(assessFactorInput, args.input);
      const id = newId('assessment');
      // The assessor's own agency unless another is named; a note may only be written for one's own.
      const sourceAgencyId = input.sourceAgencyId ?? ctx.user.agencyId ?? null;
      const noteOk = !input.note || noteAllowed(ctx.user, 'create', sourceAgencyId);
      const legalBasis = input.legalBasis ?? 'CONSENT';
      const basis = basisErrors({ legalBasis, statuteCode: input.statuteCode, consentId: input.consentId }, ctx.config.LEGAL_STATUTES);
      if (basis.length) throw badInput(basis);
      return audited(ctx, 'CREATE', 'Mutation.assessFactor', async (tx, seen) => {
        // The basis must be the user's to share from that agency (consents/basis.ts).
        if (!(await basisAllows(ctx, 'create', { legalBasis, consentId: input.consentId, sourceAgencyId }))) throw forbidden();
        if (input.consentId) {
          const bad = await consentErrors(tx, {
            consentId: input.consentId, personIds: [input.personId], scope: 'FACTORS', sourceAgencyId, userId: ctx.user.id,
          });
          if (bad.length) throw badInput(bad);
        }
        const row = (await tx.one<{ personOk: boolean; factorOk: boolean; factorRetired: boolean; agencyOk: boolean; assessment: Model | null; person: Model | null }>(
          'factors/assess',
          {
            id, personId: input.personId, factorId: input.factorId, userId: ctx.user.id, level: input.level,
            assessedOn: input.assessedOn ?? today(), sourceAgencyId,
            legalBasis, note: input.note ?? null, noteOk, consentId: input.consentId ?? null, statuteCode: input.statuteCode ?? null,
          },
        ))!;
        if (!row.assessment) {
          const fields: FieldError[] = [];
          if (!row.personOk) fields.push({ field: 'personId', key: 'validation.unknownReference' });
          if (!row.factorOk) fields.push({ field: 'factorId', key: 'validation.unknownReference' });
          else if (row.factorRetired) fields.push({ field: 'factorId', key: 'validation.factorRetired' });
          if (!row.agencyOk) fields.push({ field: 'sourceAgencyId', key: 'validation.unknownReference' });
          else if (!noteOk) fields.push({ field: 'note', key: 'validation.noteOtherAgency' });
          throw badInput(fields);
        }
        if (row.person) ctx.cache.people.set(input.personId, row.person);
        seen.add(input.personId);
        return row.assessment;
      });
    }),
  },
  Factor: {
    name: (f, _a, ctx) => localised(f, 'name', ctx.lang) ?? String(f.key),
    description: (f, _a, ctx) => localised(f, 'description', ctx.lang),
    retired: (f) => f.retired === true,
  },
  FactorAssessment: {
    person: (fa, _a, ctx) => personAt(ctx, String(fa.personId)),
    factor: (fa, _a, ctx) => required(factorsByIds(ctx, [String(fa.factorId)]).then((list) => list[0] ?? null)),
    sourceAgency: (fa, _a, ctx) => agencyRef(ctx, fa.sourceAgencyId as string | null),
    note: (fa, _a, ctx) => visibleNote(ctx.user, fa),
    consentId: (fa) => (fa.consentId as string | null) ?? null,
    statute: (fa, _a, ctx) =>
      fa.statuteCode ? { code: String(fa.statuteCode), label: statuteLabel(ctx.config.LEGAL_STATUTES, String(fa.statuteCode), ctx.lang) } : null,
    purposeRestriction: (fa) => purposeRestriction(fa.legalBasis),
  },
};
