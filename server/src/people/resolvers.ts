import type { Resolvers, QueryPersonArgs, QueryPeopleArgs, MutationCreatePersonArgs, MutationUpdatePersonArgs, PersonMembershipsArgs, PersonTiesArgs, PersonParticipationsArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { can, type Resource } from '../policy/policy.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today, isoDate } from '../shared/fields.js';
import { decodeCursor, encodeCursor, pageSize } from '../shared/paging.js';
import { identityVisible, initialsOf, pseudonymOf } from './identity.js';
import { readableData } from '../consents/basis.js';
import { createPersonInput, updatePersonInput } from './validation.js';

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

export function asOf(value: string | null | undefined): string {
  return value ? validate(isoDate, value) : today();
}

/** Reads one list about a person, audited as a read of that person's data. */
async function personList(ctx: Ctx, resource: Resource, query: string, key: string, personId: string, purpose: string, extra: Record<string, unknown> = {}): Promise<Model[]> {
  const c = authed(ctx);
  if (!can(c.user.role, 'read', resource)) throw forbidden();
  return audited(c, 'READ', purpose, async (tx, seen) => {
    const rows = await tx.rows<Record<string, Model>>(query, { id: personId, userId: c.user.id, ...extra });
    seen.add(personId);
    // Ties and assessments on a legal basis the role may not see (consents.basis) are not there.
    const items = await readableData(c, rows.map((r) => r[key]!));
    for (const item of items) seen.add(item.sourceId as string | undefined, item.targetId as string | undefined);
    return items;
  });
}

export const peopleResolvers: Resolvers = {
  Query: {
    person: guard('read', 'person', async (args: QueryPersonArgs, ctx) => {
      return audited(ctx, 'READ', 'Query.person', async (tx, seen) => {
        const row = await tx.one<{ person: Model }>('people/get', { id: args.id, userId: ctx.user.id });
        if (row) seen.add(args.id);
        return row?.person ?? null;
      });
    }),
    people: guard('read', 'person', async (args: QueryPeopleArgs, ctx) => {
      const limit = pageSize(args.first);
      return audited(ctx, 'READ', 'Query.people', async (tx, seen) => {
        const rows = await tx.rows<{ person: Model }>('people/search', {
          userId: ctx.user.id,
          search: args.search?.slice(0, 100) || null,
          identity: identityVisible(ctx),
          after: decodeCursor(args.after),
          limit: limit + 1,
        });
        const nodes = rows.slice(0, limit).map((r) => r.person);
        seen.addAll(nodes.map((n) => n.id as string));
        const last = nodes[nodes.length - 1];
        return { nodes, pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(String(last.id)) : null } };
      });
    }),
  },
  Mutation: {
    createPerson: guard('create', 'person', async (args: MutationCreatePersonArgs, ctx) => {
      const input = validate(createPersonInput, args.input);
      const id = input.existingPersonId ?? newId('person');
      return audited(ctx, 'CREATE', 'Mutation.createPerson', async (tx, seen) => {
        const row = input.existingPersonId
          ? await tx.one<{ person: Model }>('people/attach', { boardId: input.boardId, personId: id, userId: ctx.user.id })
          : await tx.one<{ person: Model }>('people/create', {
              id,
              boardId: input.boardId,
              userId: ctx.user.id,
              kind: input.kind,
              alias: input.alias,
              name: input.name ?? null,
              birthYear: input.birthYear ?? null,
            });
        if (!row) throw notFound();
        seen.add(id);
        return row.person;
      });
    }),
    updatePerson: guard('update', 'person', async (args: MutationUpdatePersonArgs, ctx) => {
      const input = validate(updatePersonInput, args.input);
      const props: Record<string, unknown> = {};
      if (input.kind) props.kind = input.kind;
      if (input.alias) props.alias = input.alias;
      if (input.name !== undefined) props.name = input.name;
      if (input.birthYear !== undefined) props.birthYear = input.birthYear;
      const writeId = newId('revision');
      return audited(ctx, 'UPDATE', 'Mutation.updatePerson', async (tx, seen) => {
        seen.add(input.id);
        return versionedUpdate(
          tx, 'people/lock', { id: input.id, userId: ctx.user.id }, input.version, writeId,
          async () => (await tx.one<{ person: Model }>('people/update', { id: input.id, props, writeId }))!.person,
          (current) => current,
        );
      });
    }),
  },
  Person: {
    alias: (p, _a, ctx) => (identityVisible(ctx) ? String(p.alias) : pseudonymOf(String(p.id))),
    initials: (p, _a, ctx) => (identityVisible(ctx) ? initialsOf(String(p.alias)) : pseudonymOf(String(p.id))),
    pseudonym: (p) => pseudonymOf(String(p.id)),
    name: (p, _a, ctx) => (identityVisible(ctx) ? ((p.name as string | null) ?? null) : null),
    birthYear: (p, _a, ctx) => (identityVisible(ctx) ? ((p.birthYear as number | null) ?? null) : null),
    toneSetter: (p) => (typeof p.toneSetter === 'boolean' ? p.toneSetter : null),
    memberships: (p, args: PersonMembershipsArgs, ctx) =>
      personList(ctx, 'group', 'people/memberships', 'membership', String(p.id), 'Person.memberships', { asOf: asOf(args.asOf) }),
    ties: (p, args: PersonTiesArgs, ctx) => personList(ctx, 'tie', 'people/ties', 'tie', String(p.id), 'Person.ties', { asOf: asOf(args.asOf) }),
    participations: (p, args: PersonParticipationsArgs, ctx) =>
      personList(ctx, 'community', 'people/participations', 'participation', String(p.id), 'Person.participations', { asOf: asOf(args.asOf) }),
    assessments: (p, _a, ctx) => personList(ctx, 'assessment', 'people/assessments', 'assessment', String(p.id), 'Person.assessments'),
    responsibleContacts: (p, _a, ctx) => personList(ctx, 'agency', 'people/contacts', 'contact', String(p.id), 'Person.responsibleContacts'),
  },
};
