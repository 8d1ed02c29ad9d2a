// Agencies and their contacts (professionals) are shared reference data, not board-scoped and
// not audited. Which young people a contact is responsible for is a person's data: reading or
// changing it is audited and limited to people on the viewer's boards.
import type {
  Resolvers, QueryAgencyArgs, MutationCreateAgencyArgs, MutationUpdateAgencyArgs, MutationCreateAgencyContactArgs,
  MutationUpdateAgencyContactArgs, MutationSetResponsibilityArgs,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { badInput, notFound, unauthenticated } from '../shared/errors.js';
import { can } from '../policy/policy.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { agencyRef, required } from '../graphql/refs.js';
import {
  createAgencyContactInput, createAgencyInput, setResponsibilityInput, updateAgencyContactInput, updateAgencyInput,
} from './validation.js';

type ContactRow = { contact: Model };

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

/** Only the keys the input names: undefined leaves a property alone, null clears it. */
function changes(input: Record<string, unknown>, keys: readonly string[], required: readonly string[] = []): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const key of keys) {
    const v = input[key];
    if (v === undefined || (v === null && required.includes(key))) continue;
    props[key] = v;
  }
  return props;
}

export async function contactById(ctx: Ctx, id: string | null | undefined): Promise<Model | null> {
  if (!id) return null;
  const row = await ctx.db.read((tx) => tx.one<ContactRow>('agencies/contact-get', { id }));
  return row?.contact ?? null;
}

export const agencyResolvers: Resolvers = {
  Query: {
    agencies: guard('read', 'agency', async (_args: unknown, ctx) => {
      const rows = await ctx.db.read((tx) => tx.rows<{ agency: Model }>('agencies/all'));
      return rows.map((r) => r.agency);
    }),
    agency: guard('read', 'agency', async (args: QueryAgencyArgs, ctx) => {
      const row = await ctx.db.read((tx) => tx.one<{ agency: Model }>('agencies/get', { id: args.id }));
      return row?.agency ?? null;
    }),
  },
  Mutation: {
    createAgency: guard('create', 'agency', async (args: MutationCreateAgencyArgs, ctx) => {
      const input = validate(createAgencyInput, args.input);
      const id = newId('agency');
      const row = await ctx.db.write((tx) =>
        tx.one<{ agency: Model }>('agencies/create', { id, name: input.name, kind: input.kind, municipality: input.municipality ?? null }),
      );
      return row!.agency;
    }),
    updateAgency: guard('update', 'agency', async (args: MutationUpdateAgencyArgs, ctx) => {
      const input = validate(updateAgencyInput, args.input);
      const props = changes(input, ['name', 'kind', 'municipality'], ['name', 'kind']);
      const writeId = newId('revision');
      return ctx.db.write((tx) =>
        versionedUpdate(
          tx, 'agencies/lock', { id: input.id }, input.version, writeId,
          async () => (await tx.one<{ agency: Model }>('agencies/update', { id: input.id, props, writeId }))!.agency,
          (current) => current,
        ),
      );
    }),
    createAgencyContact: guard('create', 'agency', async (args: MutationCreateAgencyContactArgs, ctx) => {
      const input = validate(createAgencyContactInput, args.input);
      const id = newId('contact');
      const row = await ctx.db.write((tx) =>
        tx.one<ContactRow>('agencies/contact-create', {
          id, agencyId: input.agencyId, name: input.name, title: input.title ?? null, phone: input.phone ?? null, email: input.email ?? null,
        }),
      );
      if (!row) throw badInput([{ field: 'agencyId', key: 'validation.unknownReference' }]);
      return row.contact;
    }),
    updateAgencyContact: guard('update', 'agency', async (args: MutationUpdateAgencyContactArgs, ctx) => {
      const input = validate(updateAgencyContactInput, args.input);
      const props = changes(input, ['name', 'title', 'phone', 'email'], ['name']);
      const writeId = newId('revision');
      return ctx.db.write((tx) =>
        versionedUpdate(
          tx, 'agencies/contact-lock', { id: input.id }, input.version, writeId,
          async () => (await tx.one<ContactRow>('agencies/contact-update', { id: input.id, props, writeId }))!.contact,
          (current) => current,
        ),
      );
    }),
    // A change to a young person's data (who is responsible for them), so it takes the person
    // policy and the person must be on one of the user's boards.
    setResponsibility: guard('update', 'person', (args: MutationSetResponsibilityArgs, ctx) => {
      const input = validate(setResponsibilityInput, args.input);
      return audited(ctx, 'UPDATE', 'Mutation.setResponsibility', async (tx, seen) => {
        const row = await tx.one<{ personOk: boolean; contact: Model }>('agencies/responsibility-set', { ...input, userId: ctx.user.id });
        if (!row) throw notFound();
        if (!row.personOk) throw badInput([{ field: 'personId', key: 'validation.unknownReference' }]);
        seen.add(input.personId);
        return row.contact;
      });
    }),
  },
  Agency: {
    municipality: (a) => (a.municipality as string | null) ?? null,
    contacts: async (a, _args, ctx) => {
      const rows = await ctx.db.read((tx) => tx.rows<ContactRow>('agencies/contacts', { agencyId: String(a.id) }));
      return rows.map((r) => r.contact);
    },
  },
  AgencyContact: {
    title: (c) => (c.title as string | null) ?? null,
    phone: (c) => (c.phone as string | null) ?? null,
    email: (c) => (c.email as string | null) ?? null,
    agency: (c, _a, ctx) => required(agencyRef(ctx, c.agencyId as string)),
    responsibleFor: async (c, _a, ctx) => {
      const u = authed(ctx);
      // Roles that may not read people (ADMIN) see none, and nothing is read or logged for them.
      if (!can(u.user.role, 'read', 'person')) return [];
      return audited(u, 'READ', 'AgencyContact.responsibleFor', async (tx, seen) => {
        const rows = await tx.rows<{ person: Model }>('agencies/responsible-for', { id: String(c.id), userId: u.user.id });
        const people = rows.map((r) => r.person);
        for (const p of people) u.cache.people.set(String(p.id), p);
        seen.addAll(people.map((p) => String(p.id)));
        return people;
      });
    },
  },
};
