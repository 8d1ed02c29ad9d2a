import { z } from 'zod';
import type { Resolvers, Role } from '../graphql/generated/types.js';
import type { Ctx } from '../graphql/context.js';
import type { Model } from '../graphql/model.js';
import { guard, open } from '../graphql/guard.js';
import { badInput } from '../shared/errors.js';
import { newId, type UserId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { hashPassword } from './passwords.js';
import { clearSessionCookie } from './sessions.js';
import { idOf } from '../shared/ids.js';
import { name } from '../shared/fields.js';
import { decodeCursor, encodeCursor, pageSize } from '../shared/paging.js';
import { attemptLogin, recordAuthEvent } from './login.js';
import { sessionCache } from './session-cache.js';
import { accountResolvers } from './account.js';
import { agencyRef } from '../graphql/refs.js';

const loginInput = z.object({ username: z.string().max(200), password: z.string().max(1000) });
const totpLoginInput = loginInput.extend({ code: z.string().max(20) });

const createUserInput = z.object({
  username: z.string().regex(/^[a-z0-9._-]{3,40}$/, { message: 'validation.usernameFormat' }),
  displayName: name(120),
  password: z.string().min(12, { message: 'validation.passwordTooShort' }).max(200),
  role: z.enum(['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER', 'ADMIN', 'REPORTER', 'AUDITOR']),
  agencyId: idOf('agency').nullish(),
});

/** Account-security fields are for admins and for the account's own user. */
function mayInspect(ctx: Ctx, user: Model): boolean {
  return ctx.user !== null && (ctx.user.role === 'ADMIN' || ctx.user.id === user.id);
}

export const authResolvers: Resolvers = {
  Query: {
    me: open((_args, ctx) =>
      ctx.user
        ? { id: ctx.user.id, username: ctx.user.username, displayName: ctx.user.displayName, role: ctx.user.role, agencyId: ctx.user.agencyId, totpEnabled: ctx.user.totpEnabled, disabled: false }
        : null,
    ),
    users: guard('read', 'user', async (args: { first?: number | null; after?: string | null }, ctx) => {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after);
      const rows = await ctx.db.read((tx) => tx.rows<{ user: Record<string, unknown> }>('users/list', { after, limit: limit + 1 }));
      const nodes = rows.slice(0, limit).map((r) => r.user);
      const last = nodes[nodes.length - 1];
      return { nodes, pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(String(last.username)) : null } };
    }),
  },
  Mutation: {
    login: open(async (args: { username: string; password: string }, ctx) => {
      const { username, password } = validate(loginInput, args);
      return attemptLogin(ctx, username, password, null);
    }),
    loginWithTotp: open(async (args: { username: string; password: string; code: string }, ctx) => {
      const { username, password, code } = validate(totpLoginInput, args);
      return attemptLogin(ctx, username, password, code.trim());
    }),
    logout: open(async (_args, ctx) => {
      if (ctx.user) {
        const u = ctx.user;
        await ctx.db.write(async (tx) => {
          await tx.rows('auth/session-delete', { sessionId: u.sessionId });
          await recordAuthEvent(tx, 'LOGOUT', 'auth', u);
        });
        sessionCache.forget(u.sessionId);
      }
      clearSessionCookie(ctx.res, ctx.config);
      return true;
    }),
    createUser: guard('create', 'user', async (args: { input: unknown }, ctx) => {
      const input = validate(createUserInput, args.input);
      const existing = await ctx.db.read((tx) => tx.one('users/by-username', { username: input.username }));
      if (existing) throw badInput([{ field: 'username', key: 'errors.conflict' }]);
      const id: UserId = newId('user');
      const passwordHash = await hashPassword(input.password);
      const row = await ctx.db.write((tx) =>
        tx.one<{ user: Record<string, unknown> }>('users/create', { ...input, agencyId: input.agencyId ?? null, id, passwordHash }),
      );
      if (!row) throw badInput([{ field: 'agencyId', key: 'validation.unknownReference' }]);
      return row.user;
    }),
    ...accountResolvers.Mutation,
  },
  User: {
    // Agencies are reference data (Query.agencies); the client needs its user's own as the default source of shared data.
    agency: (u, _args, ctx) => agencyRef(ctx, u.agencyId as string | null | undefined),
    disabled: (u, _args, ctx) => (mayInspect(ctx, u) && typeof u.disabled === 'boolean' ? u.disabled : null),
    totpEnabled: (u, _args, ctx) => (mayInspect(ctx, u) && typeof u.totpEnabled === 'boolean' ? u.totpEnabled : null),
    totpRequired: (u, _args, ctx) => (mayInspect(ctx, u) && typeof u.role === 'string' ? ctx.config.TOTP_REQUIRED_ROLES.includes(u.role as Role) : null),
  },
};
