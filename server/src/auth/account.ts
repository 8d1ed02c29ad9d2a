// Account security: disabling accounts and the TOTP second factor. Every change here that
// weakens or replaces a login ends the sessions it could have left behind, in the same
// transaction.
import { z } from 'zod';
import type { Resolvers } from '../graphql/generated/types.js';
import type { AuthedCtx } from '../graphql/context.js';
import type { Model } from '../graphql/model.js';
import { guard, self } from '../graphql/guard.js';
import { badInput, notFound } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { recordAuthEvent } from './login.js';
import { newToken, sessionIdOf, setSessionCookie } from './sessions.js';
import { decryptSecret, encryptSecret, secretKey } from './secret-box.js';
import { checkTotp, codeFormat, newTotpSecret, totpUri } from './totp.js';
import { sessionCache } from './session-cache.js';
import type { Tx } from '../db/db.js';

const userArgs = z.object({ userId: idOf('user') });
const disableArgs = userArgs.extend({ disabled: z.boolean() });
const codeArgs = z.object({ code: z.string().trim().regex(codeFormat) });

/** An unconfirmed secret is good for this long. */
const pendingSeconds = 15 * 60;

interface TotpState {
  totpSecret: string | null;
  totpLastStep: number | null;
  totpPendingSecret: string | null;
  pendingSeconds: number | null;
}

async function audit(tx: Tx, ctx: AuthedCtx, purpose: string): Promise<void> {
  // The access log's row for an account change: who did it and when; the account is in the purpose.
  await recordAuthEvent(tx, 'UPDATE', purpose, ctx.user);
}

async function userRow(ctx: AuthedCtx, id: string): Promise<Model> {
  const row = await ctx.db.read((tx) => tx.one<{ user: Model }>('users/get', { id }));
  if (!row) throw notFound();
  return row.user;
}

function wrongCode() {
  return badInput([{ field: 'code', key: 'security.totpWrong' }]);
}

export const accountResolvers = {
  Mutation: {
    setUserDisabled: guard('update', 'user', async (args: { userId: string; disabled: boolean }, ctx) => {
      const input = validate(disableArgs, args);
      if (input.disabled && input.userId === ctx.user.id) throw badInput([{ field: 'userId', key: 'security.notYourself' }]);
      const row = await ctx.db.write(async (tx) => {
        const r = await tx.one<{ user: Model }>('users/set-disabled', { id: input.userId, disabled: input.disabled });
        if (r) await audit(tx, ctx, input.disabled ? 'Mutation.setUserDisabled' : 'Mutation.setUserEnabled');
        return r;
      });
      if (!row) throw notFound();
      sessionCache.forgetUser(input.userId);
      return row.user;
    }),

    resetUserTotp: guard('update', 'user', async (args: { userId: string }, ctx) => {
      const { userId } = validate(userArgs, args);
      const done = await ctx.db.write(async (tx) => {
        const r = await tx.one('auth/totp-remove', { userId });
        if (!r) return false;
        await tx.rows('auth/user-sessions-delete', { userId, keep: userId === ctx.user.id ? ctx.user.sessionId : null });
        await audit(tx, ctx, 'Mutation.resetUserTotp');
        return true;
      });
      if (!done) throw notFound();
      sessionCache.forgetUser(userId);
      return userRow(ctx, userId);
    }),

    startTotpEnrolment: self(async (_args: unknown, ctx) => {
      const secret = newTotpSecret();
      const sealed = encryptSecret(secretKey(ctx.config), secret, ctx.user.id);
      await ctx.db.write((tx) => tx.rows('auth/totp-enrol-start', { userId: ctx.user.id, secret: sealed }));
      return { secret, uri: totpUri(secret, ctx.user.username) };
    }),

    confirmTotpEnrolment: self(async (args: { code: string }, ctx) => {
      const { code } = validate(codeArgs, args);
      const state = await ctx.db.read((tx) => tx.one<TotpState>('auth/totp-state', { userId: ctx.user.id }));
      if (!state?.totpPendingSecret || state.pendingSeconds === null || state.pendingSeconds > pendingSeconds) {
        throw badInput([{ field: 'code', key: 'security.totpNotStarted' }]);
      }
      const secret = decryptSecret(secretKey(ctx.config), state.totpPendingSecret, ctx.user.id);
      const step = secret === null ? null : await checkTotp(secret, code, null);
      if (step === null) throw wrongCode();
      // The login is now stronger: a new token, and no other session of this user survives.
      const token = newToken();
      const ok = await ctx.db.write(async (tx) => {
        const r = await tx.one('auth/totp-enrol-confirm', { userId: ctx.user.id, pending: state.totpPendingSecret, step });
        if (!r) return false;
        await tx.rows('auth/user-sessions-delete', { userId: ctx.user.id, keep: null });
        await tx.rows('auth/session-create', { userId: ctx.user.id, sessionId: sessionIdOf(token), absoluteHours: ctx.config.SESSION_ABSOLUTE_HOURS, secondFactor: true });
        await audit(tx, ctx, 'Mutation.confirmTotpEnrolment');
        return true;
      });
      if (!ok) throw badInput([{ field: 'code', key: 'security.totpNotStarted' }]);
      sessionCache.forgetUser(ctx.user.id);
      setSessionCookie(ctx.res, token, ctx.config);
      return userRow(ctx, ctx.user.id);
    }),

    disableTotp: self(async (args: { code: string }, ctx) => {
      const { code } = validate(codeArgs, args);
      if (ctx.config.TOTP_REQUIRED_ROLES.includes(ctx.user.role)) throw badInput([{ field: 'code', key: 'security.totpRequired' }]);
      const state = await ctx.db.read((tx) => tx.one<TotpState>('auth/totp-state', { userId: ctx.user.id }));
      const secret = state?.totpSecret ? decryptSecret(secretKey(ctx.config), state.totpSecret, ctx.user.id) : null;
      const step = secret === null ? null : await checkTotp(secret, code, state!.totpLastStep);
      if (step === null) throw wrongCode();
      await ctx.db.write(async (tx) => {
        await tx.rows('auth/totp-remove', { userId: ctx.user.id });
        await tx.rows('auth/user-sessions-delete', { userId: ctx.user.id, keep: ctx.user.sessionId });
        await audit(tx, ctx, 'Mutation.disableTotp');
      });
      sessionCache.forgetUser(ctx.user.id);
      return userRow(ctx, ctx.user.id);
    }),
  },
} satisfies Resolvers;
