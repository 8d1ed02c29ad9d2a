// One login attempt, with or without a TOTP code. Whatever the outcome the attempt does the same
// work: one read (user and failure counters), one argon2id verification (against a dummy hash
// for an unknown user) and one write. An unknown user, a wrong password, a disabled account and
// a locked-out username or address all get the same error, so none of them can be told apart.
import type { Ctx } from '../graphql/context.js';
import type { AuditAction, Role } from '../graphql/generated/types.js';
import type { Tx } from '../db/db.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { log } from '../log.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { newToken, sessionIdOf, setSessionCookie } from './sessions.js';
import { isLocked, throttleKeys } from './throttle.js';
import { decryptSecret, secretKey } from './secret-box.js';
import { sessionCache } from './session-cache.js';
import { checkTotp } from './totp.js';

interface LoginState {
  id: string | null;
  username: string | null;
  displayName: string;
  role: Role;
  passwordHash: string | null;
  disabled: boolean;
  demo: boolean;
  agencyId: string | null;
  totpSecret: string | null;
  totpLastStep: number | null;
  userFailures: number;
  userSecondsSince: number | null;
  ipFailures: number;
  ipSecondsSince: number | null;
}

export interface LoggedIn {
  [field: string]: unknown;
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string | null;
  totpEnabled: boolean;
  disabled: boolean;
}

/** An access-log row for a login, logout or account change: it names no person. */
export async function recordAuthEvent(
  tx: Tx,
  action: AuditAction,
  purpose: string,
  user: { id: string | null; username: string; role: string | null; agencyId: string | null },
): Promise<void> {
  await tx.rows('auth/event-record', { id: newId('audit'), userId: user.id, username: user.username, role: user.role, agencyId: user.agencyId, action, purpose });
}

/** The client address rate limits and lockouts count by (see TRUST_PROXY_HOPS). */
export function clientAddress(ctx: Ctx): string {
  return ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';
}

const badLogin = () => new AppError('UNAUTHENTICATED', 'errors.badLogin');

/**
 * `code` null: a password login (refused with SECOND_FACTOR_REQUIRED for an account with TOTP).
 * `code` given: a password-and-TOTP login (refused as a bad login for an account without TOTP).
 */
export async function attemptLogin(ctx: Ctx, username: string, password: string, code: string | null): Promise<LoggedIn> {
  const c = ctx.config;
  const keys = throttleKeys(username, clientAddress(ctx));
  const state = (await ctx.db.read((tx) => tx.one<LoginState>('auth/login-state', { username, ...keys, windowMinutes: c.LOGIN_FAILURE_WINDOW_MINUTES })))!;
  const passwordOk = await verifyPassword(state.passwordHash ?? (await dummyHash()), password);
  const locked =
    isLocked({ failures: state.userFailures, secondsSince: state.userSecondsSince }, c.LOGIN_LOCKOUT_USER_THRESHOLD, c) ||
    isLocked({ failures: state.ipFailures, secondsSince: state.ipSecondsSince }, c.LOGIN_LOCKOUT_IP_THRESHOLD, c);
  const refused = locked || !state.id || !passwordOk || state.disabled || (state.demo && c.NODE_ENV === 'production');

  let step: number | null = null;
  let why = locked ? 'auth.locked' : 'auth';
  if (!refused && state.totpSecret) {
    if (code === null) throw new AppError('SECOND_FACTOR_REQUIRED', 'security.secondFactorRequired');
    const secret = decryptSecret(secretKey(c), state.totpSecret, state.id!);
    if (secret === null) log.warn('a stored TOTP secret does not open with the configured key');
    step = secret === null ? null : await checkTotp(secret, code, state.totpLastStep);
    // Marked used before the session exists: the same code cannot complete two logins.
    if (step !== null) {
      const s = step;
      const used = await ctx.db.write((tx) => tx.one('auth/totp-use-step', { userId: state.id, step: s }));
      if (!used) step = null;
    }
    if (step === null) why = 'auth.totp';
  }
  const secondFactorFailed = !refused && code !== null && step === null;

  if (refused || secondFactorFailed) {
    await ctx.db.write(async (tx) => {
      await tx.rows('auth/login-failed', { keys: [keys.userKey, keys.ipKey], windowMinutes: c.LOGIN_FAILURE_WINDOW_MINUTES });
      await recordAuthEvent(tx, 'LOGIN_FAILED', why, {
        id: state.id,
        username: state.id ? state.username! : '(unknown)',
        role: state.id ? state.role : null,
        agencyId: state.agencyId,
      });
    });
    throw badLogin();
  }

  // A fresh token at every login (no session fixation); an old cookie's session ends.
  const token = newToken();
  const user: LoggedIn = {
    id: state.id!,
    username: state.username!,
    displayName: state.displayName,
    role: state.role,
    agencyId: state.agencyId,
    totpEnabled: state.totpSecret !== null,
    disabled: false,
  };
  await ctx.db.write(async (tx) => {
    if (ctx.user) await tx.rows('auth/session-delete', { sessionId: ctx.user.sessionId });
    await tx.rows('auth/session-create', { userId: user.id, sessionId: sessionIdOf(token), absoluteHours: c.SESSION_ABSOLUTE_HOURS, secondFactor: step !== null });
    await tx.rows('auth/login-succeeded', { userKey: keys.userKey });
    await recordAuthEvent(tx, 'LOGIN', step !== null ? 'auth.totp' : 'auth', user);
  });
  if (ctx.user) sessionCache.forget(ctx.user.sessionId);
  setSessionCookie(ctx.res, token, c);
  return user;
}
