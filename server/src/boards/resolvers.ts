import type {
  Resolvers, QueryBoardsArgs, QueryBoardArgs, MutationCreateBoardArgs, MutationUpdateBoardArgs,
  MutationAddTeamMemberArgs, MutationRemoveTeamMemberArgs, MutationAddGroupToBoardArgs,
  MutationRemovePersonFromBoardArgs, MutationSetToneSetterArgs, MutationSaveLayoutArgs, BoardTiesArgs,
} from '../graphql/generated/types.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { guard } from '../graphql/guard.js';
import { operationSelects, selectedFields, selectedFieldsAt } from '../graphql/selection.js';
import { audited } from '../audit/audit.js';
import { badInput, notFound, unauthenticated } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { versionedUpdate } from '../shared/versioned.js';
import { today } from '../shared/fields.js';
import { decodeCursor, pageSize } from '../shared/paging.js';
import { asOf } from '../people/resolvers.js';
import { layoutOf, loadBoard, type BoardParts, type LoadedBoard } from './load.js';
import { prefetchAgencies } from '../graphql/refs.js';
import {
  boardGroupInput, boardPersonInput, boardUserInput, createBoardInput, saveLayoutInput, toneSetterInput, updateBoardInput,
} from './validation.js';

const LOADED = Symbol('loaded');
type BoardModel = Model & { [LOADED]?: { parts: BoardParts; asOf: string; data: LoadedBoard } };

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

// Whether the read brings the record-keeping timestamps: the people and groups it reads fill the
// request cache, so any mention in the operation counts, not only one below the board.
const stampsAsked = (info: GraphQLResolveInfo) => operationSelects(info, ['createdAt', 'updatedAt']);

/** A part of the board: from what the root resolver preloaded, else one more audited read. */
async function part(board: BoardModel, ctx: Ctx, key: Exclude<keyof BoardParts, 'layout' | 'stamps'>, when: string, info: GraphQLResolveInfo): Promise<Model[]> {
  const pre = board[LOADED];
  if (pre && pre.parts[key] && pre.asOf === when) return pre.data[key];
  const loaded = await loadBoard(authed(ctx), String(board.id), { [key]: true, stamps: stampsAsked(info) }, when, `Board.${key}`);
  if (!loaded) throw notFound();
  return loaded[key];
}

function withLoaded(data: LoadedBoard, parts: BoardParts, when: string): BoardModel {
  return Object.assign({ ...data.board }, { [LOADED]: { parts, asOf: when, data } });
}

export const boardResolvers: Resolvers = {
  Query: {
    boards: guard('read', 'board', async (args: QueryBoardsArgs, ctx) => {
      const rows = await ctx.db.read((tx) =>
        tx.rows<{ board: Model }>('boards/list', { userId: ctx.user.id, after: decodeCursor(args.after), limit: pageSize(args.first) }),
      );
      return rows.map((r) => r.board);
    }),
    board: guard('read', 'board', async (args: QueryBoardArgs, ctx, info) => {
      const sel = selectedFields(info);
      const parts: BoardParts = {
        people: sel.has('people'), groups: sel.has('groups'), ties: sel.has('ties'),
        memberships: sel.has('memberships'), groupLinks: sel.has('groupLinks'), layout: sel.has('layout'),
        stamps: stampsAsked(info),
      };
      const when = today();
      // Ties name their source agency: read the agencies beside the board, not after it.
      if (parts.ties && selectedFieldsAt(info, ['ties']).has('sourceAgency')) void prefetchAgencies(ctx);
      const data = await loadBoard(ctx, args.id, parts, when, 'Query.board');
      return data ? withLoaded(data, parts, when) : null;
    }),
  },
  Mutation: {
    createBoard: guard('create', 'board', async (args: MutationCreateBoardArgs, ctx) => {
      const input = validate(createBoardInput, args.input);
      const id = newId('board');
      const row = await ctx.db.write((tx) =>
        tx.one<{ board: Model }>('boards/create', {
          id, userId: ctx.user.id, title: input.title, description: input.description ?? null, areaId: input.areaId ?? null,
        }),
      );
      if (!row) throw badInput([{ field: 'areaId', key: 'validation.unknownReference' }]);
      return row.board;
    }),
    updateBoard: guard('update', 'board', async (args: MutationUpdateBoardArgs, ctx) => {
      const input = validate(updateBoardInput, args.input);
      const props: Record<string, unknown> = {};
      if (input.title) props.title = input.title;
      if (input.description !== undefined) props.description = input.description;
      const writeId = newId('revision');
      return ctx.db.write((tx) =>
        versionedUpdate(
          tx, 'boards/lock', { id: input.id, userId: ctx.user.id }, input.version, writeId,
          async () => {
            const row = await tx.one<{ board: Model }>('boards/update', {
              id: input.id, props, writeId, setArea: input.areaId !== undefined, areaId: input.areaId ?? null,
            });
            if (!row) throw badInput([{ field: 'areaId', key: 'validation.unknownReference' }]);
            return row.board;
          },
          (current) => current,
        ),
      );
    }),
    addTeamMember: guard('update', 'team', async (args: MutationAddTeamMemberArgs, ctx) => {
      const input = validate(boardUserInput, args);
      const row = await ctx.db.write((tx) => tx.one('boards/team-add', { boardId: input.boardId, memberId: input.userId, userId: ctx.user.id }));
      if (!row) throw notFound();
      return boardSummary(ctx, input.boardId);
    }),
    removeTeamMember: guard('update', 'team', async (args: MutationRemoveTeamMemberArgs, ctx) => {
      const input = validate(boardUserInput, args);
      const row = await ctx.db.write((tx) => tx.one('boards/team-remove', { boardId: input.boardId, memberId: input.userId, userId: ctx.user.id }));
      if (!row) throw notFound();
      return boardSummary(ctx, input.boardId);
    }),
    addGroupToBoard: guard('update', 'board', async (args: MutationAddGroupToBoardArgs, ctx) => {
      const input = validate(boardGroupInput, args);
      const row = await ctx.db.write((tx) => tx.one('boards/group-add', { ...input, userId: ctx.user.id }));
      if (!row) throw notFound();
      return boardSummary(ctx, input.boardId);
    }),
    removePersonFromBoard: guard('update', 'board', async (args: MutationRemovePersonFromBoardArgs, ctx) => {
      const input = validate(boardPersonInput, args);
      await audited(ctx, 'UPDATE', 'Mutation.removePersonFromBoard', async (tx, seen) => {
        const row = await tx.one('boards/person-remove', { ...input, userId: ctx.user.id });
        if (!row) throw notFound();
        seen.add(input.personId);
      });
      return boardSummary(ctx, input.boardId);
    }),
    setToneSetter: guard('update', 'person', (args: MutationSetToneSetterArgs, ctx) => {
      const input = validate(toneSetterInput, args.input);
      return audited(ctx, 'UPDATE', 'Mutation.setToneSetter', async (tx, seen) => {
        const row = await tx.one<{ person: Model }>('boards/tone-setter', { ...input, userId: ctx.user.id });
        if (!row) throw notFound();
        seen.add(input.personId);
        return row.person;
      });
    }),
    saveLayout: guard('update', 'board', async (args: MutationSaveLayoutArgs, ctx) => {
      const input = validate(saveLayoutInput, args);
      const lock = await ctx.db.read((tx) => tx.one('boards/summary', { id: input.boardId, userId: ctx.user.id }));
      if (!lock) throw notFound();
      return ctx.db.write((tx) => tx.rows('boards/layout-save', { ...input, userId: ctx.user.id }));
    }),
  },
  Board: {
    people: (b, _a, ctx, info) => part(b as BoardModel, ctx, 'people', today(), info),
    groups: (b, _a, ctx, info) => part(b as BoardModel, ctx, 'groups', today(), info),
    ties: (b, args: BoardTiesArgs, ctx, info) => part(b as BoardModel, ctx, 'ties', asOf(args.asOf), info),
    memberships: (b, args, ctx, info) => part(b as BoardModel, ctx, 'memberships', asOf(args.asOf), info),
    groupLinks: (b, args, ctx, info) => part(b as BoardModel, ctx, 'groupLinks', asOf(args.asOf), info),
    layout: async (b, _a, ctx) => {
      // The positions came with the board's people and groups (one audited read, no second one).
      const pre = (b as BoardModel)[LOADED];
      if (pre?.parts.layout) return layoutOf(pre.data);
      const c = authed(ctx);
      return c.db.read((tx) => tx.rows('boards/layout', { boardId: String(b.id), userId: c.user.id }));
    },
    team: async (b, _a, ctx) => {
      const c = authed(ctx);
      const rows = await c.db.read((tx) => tx.rows<{ user: Model }>('boards/team', { boardId: String(b.id), userId: c.user.id }));
      return rows.map((r) => r.user);
    },
    interventions: async (b, _a, ctx) => {
      const c = authed(ctx);
      return audited(c, 'READ', 'Board.interventions', async (tx, seen) => {
        const rows = await tx.rows<{ intervention: Model }>('interventions/by-board', { boardId: String(b.id), userId: c.user.id });
        for (const r of rows) seen.addAll(r.intervention.targetPersonIds as string[]);
        return rows.map((r) => r.intervention);
      });
    },
    area: async (b, _a, ctx) => {
      if (!b.areaId) return null;
      const row = await ctx.db.read((tx) => tx.one<{ area: Model }>('areas/get', { id: String(b.areaId) }));
      return row?.area ?? null;
    },
    description: (b) => (b.description as string | null) ?? null,
  },
};

async function boardSummary(ctx: AuthedCtx, boardId: string): Promise<Model> {
  const row = await ctx.db.read((tx) => tx.one<{ current: Model }>('boards/summary', { id: boardId, userId: ctx.user.id }));
  if (!row) throw notFound();
  return row.current;
}
