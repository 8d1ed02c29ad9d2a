import type {
  Resolvers, QueryGroupArgs, MutationCreateGroupArgs, MutationUpdateGroupArgs, MutationRemoveGroupFromBoardArgs, MutationAddMemberArgs,
  MutationUpdateMembershipArgs, MutationEndMembershipArgs, MutationCreateGroupLinkArgs, MutationEndGroupLinkArgs,
  GroupMembersArgs, GroupLinksArgs,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { badInput, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { can } from '../policy/policy.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { areaById } from '../areas/resolvers.js';
import { asOf } from '../people/resolvers.js';
import { groupAt, personAt } from '../graphql/refs.js';
import {
  addMemberInput, createGroupInput, createGroupLinkInput, endGroupLinkInput, endMembershipInput, removeGroupFromBoardInput,
  updateGroupInput, updateMembershipInput,
} from './validation.js';

type MembershipRow = { membership: Model; person: Model };
type LinkRow = { link: Model };

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

/** The person of a membership this request just read or wrote: Membership.person then needs no second (audited) read. */
function keepPerson(ctx: Ctx, row: { person: Model | null }): void {
  if (row.person) ctx.cache.people.set(String(row.person.id), row.person);
}

function endsBefore(validTo: string, lock: Record<string, unknown>): void {
  if (validTo < String(lock.validFrom)) throw badInput([{ field: 'validTo', key: 'validation.validToBeforeFrom' }]);
}

/** A versioned, audited edit of one membership: the row names the person whose membership changed. */
function membershipEdit(ctx: AuthedCtx, purpose: string, id: string, version: number, query: string, params: Record<string, unknown>, check?: (lock: Record<string, unknown>) => void) {
  const writeId = newId('revision');
  return audited(ctx, 'UPDATE', purpose, (tx, seen) =>
    versionedUpdate(
      tx, 'groups/membership-lock', { id, userId: ctx.user.id }, version, writeId,
      async (lock) => {
        check?.(lock);
        const row = (await tx.one<MembershipRow>(query, { id, writeId, ...params }))!;
        keepPerson(ctx, row);
        seen.add(String(row.membership.personId));
        return row.membership;
      },
      (current) => {
        seen.add(String(current.personId));
        return current;
      },
    ),
  );
}

export const groupResolvers: Resolvers = {
  Query: {
    // A group (name, description, area) is not a person's data: its members are, and are audited
    // when Group.members is read.
    group: guard('read', 'group', async (args: QueryGroupArgs, ctx) => {
      const row = await ctx.db.read((tx) => tx.one<{ group: Model }>('groups/get', { id: args.id, userId: ctx.user.id }));
      return row?.group ?? null;
    }),
  },
  Mutation: {
    createGroup: guard('create', 'group', async (args: MutationCreateGroupArgs, ctx) => {
      const input = validate(createGroupInput, args.input);
      const id = newId('group');
      const row = await ctx.db.write((tx) =>
        tx.one<{ areaOk: boolean; group: Model | null }>('groups/create', {
          id, boardId: input.boardId, userId: ctx.user.id, name: input.name, description: input.description ?? null, areaId: input.areaId ?? null,
        }),
      );
      if (!row) throw notFound();
      if (!row.group) throw badInput([{ field: 'areaId', key: 'validation.unknownReference' }]);
      return row.group;
    }),
    updateGroup: guard('update', 'group', async (args: MutationUpdateGroupArgs, ctx) => {
      const input = validate(updateGroupInput, args.input);
      const props: Record<string, unknown> = {};
      if (input.name) props.name = input.name;
      if (input.description !== undefined) props.description = input.description;
      const writeId = newId('revision');
      return ctx.db.write((tx) =>
        versionedUpdate(
          tx, 'groups/lock', { id: input.id, userId: ctx.user.id }, input.version, writeId,
          async () => {
            const row = await tx.one<{ group: Model }>('groups/update', {
              id: input.id, props, writeId, setArea: input.areaId !== undefined, areaId: input.areaId ?? null,
            });
            if (!row) throw badInput([{ field: 'areaId', key: 'validation.unknownReference' }]);
            return row.group;
          },
          (current) => current,
        ),
      );
    }),
    // Audited: the board stops showing its members' memberships, and may end them.
    removeGroupFromBoard: guard('update', 'group', (args: MutationRemoveGroupFromBoardArgs, ctx) => {
      const input = validate(removeGroupFromBoardInput, args.input);
      const validTo = input.validTo ?? today();
      const writeId = newId('revision');
      return audited(ctx, 'UPDATE', 'Mutation.removeGroupFromBoard', (tx, seen) =>
        versionedUpdate(
          tx, 'groups/board-lock', { id: input.id, boardId: input.boardId, userId: ctx.user.id, writeId }, input.version, writeId,
          async () => {
            const row = await tx.one<{ group: Model; personIds: string[] }>('groups/board-remove', {
              id: input.id, boardId: input.boardId, userId: ctx.user.id, validTo, writeId,
            });
            if (!row) throw notFound();
            seen.addAll(row.personIds);
            return row.group;
          },
          (current) => current,
        ),
      );
    }),
    addMember: guard('create', 'group', (args: MutationAddMemberArgs, ctx) => {
      const input = validate(addMemberInput, args.input);
      const id = newId('membership');
      return audited(ctx, 'CREATE', 'Mutation.addMember', async (tx, seen) => {
        const row = await tx.one<{ membership: Model | null; person: Model | null }>('groups/member-add', {
          id, groupId: input.groupId, personId: input.personId, userId: ctx.user.id, role: input.role, validFrom: input.validFrom ?? today(),
        });
        if (!row) throw notFound();
        if (!row.membership) throw badInput([{ field: 'personId', key: 'validation.notOnBoard' }]);
        keepPerson(ctx, row);
        seen.add(input.personId);
        return row.membership;
      });
    }),
    updateMembership: guard('update', 'group', (args: MutationUpdateMembershipArgs, ctx) => {
      const input = validate(updateMembershipInput, args.input);
      return membershipEdit(ctx, 'Mutation.updateMembership', input.id, input.version, 'groups/membership-update', { role: input.role });
    }),
    endMembership: guard('update', 'group', (args: MutationEndMembershipArgs, ctx) => {
      const input = validate(endMembershipInput, args.input);
      const validTo = input.validTo ?? today();
      return membershipEdit(ctx, 'Mutation.endMembership', input.id, input.version, 'groups/membership-end', { validTo }, (lock) => endsBefore(validTo, lock));
    }),
    createGroupLink: guard('create', 'group', async (args: MutationCreateGroupLinkArgs, ctx) => {
      const input = validate(createGroupLinkInput, args.input);
      const id = newId('groupLink');
      const row = await ctx.db.write((tx) =>
        tx.one<{ sourceOk: boolean; targetOk: boolean; link: Model | null }>('groups/link-create', {
          id, boardId: input.boardId, sourceId: input.sourceId, targetId: input.targetId, userId: ctx.user.id,
          type: input.type, note: input.note ?? null, validFrom: input.validFrom ?? today(),
        }),
      );
      if (!row) throw notFound();
      if (!row.link) {
        throw badInput([
          ...(row.sourceOk ? [] : [{ field: 'sourceId', key: 'validation.groupNotOnBoard' }]),
          ...(row.targetOk ? [] : [{ field: 'targetId', key: 'validation.groupNotOnBoard' }]),
        ]);
      }
      return row.link;
    }),
    endGroupLink: guard('update', 'group', async (args: MutationEndGroupLinkArgs, ctx) => {
      const input = validate(endGroupLinkInput, args.input);
      const validTo = input.validTo ?? today();
      const writeId = newId('revision');
      return ctx.db.write((tx) =>
        versionedUpdate(
          tx, 'groups/link-lock', { id: input.id, userId: ctx.user.id }, input.version, writeId,
          async (lock) => {
            endsBefore(validTo, lock);
            return (await tx.one<LinkRow>('groups/link-end', { id: input.id, validTo, writeId }))!.link;
          },
          (current) => current,
        ),
      );
    }),
  },
  Group: {
    description: (g) => (g.description as string | null) ?? null,
    area: (g, _a, ctx) => areaById(ctx, g.areaId as string | null),
    members: async (g, args: GroupMembersArgs, ctx) => {
      const c = authed(ctx);
      if (!can(c.user.role, 'read', 'group')) throw forbidden();
      const when = asOf(args.asOf);
      return audited(c, 'READ', 'Group.members', async (tx, seen) => {
        const rows = await tx.rows<MembershipRow>('groups/members', { id: String(g.id), userId: c.user.id, asOf: when });
        for (const r of rows) keepPerson(c, r);
        seen.addAll(rows.map((r) => r.membership.personId as string));
        return rows.map((r) => r.membership);
      });
    },
    links: async (g, args: GroupLinksArgs, ctx) => {
      const c = authed(ctx);
      const rows = await c.db.read((tx) => tx.rows<LinkRow>('groups/links', { id: String(g.id), userId: c.user.id, asOf: asOf(args.asOf) }));
      return rows.map((r) => r.link);
    },
  },
  Membership: {
    person: (m, _a, ctx) => personAt(ctx, String(m.personId)),
    group: (m, _a, ctx) => groupAt(ctx, String(m.groupId)),
  },
  GroupLink: {
    source: (l, _a, ctx) => groupAt(ctx, String(l.sourceId)),
    target: (l, _a, ctx) => groupAt(ctx, String(l.targetId)),
    note: (l) => (l.note as string | null) ?? null,
  },
};
