// Sessions live in the database (not in process memory), so several server instances can
// share one Neo4j cluster. The cookie holds a random token; the database holds its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { parse as parseCookie } from 'cookie';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { AuthUser } from '../graphql/context.js';
import type { Role } from '../graphql/generated/types.js';
import type { UserId } from '../shared/ids.js';
import { sessionCache } from './session-cache.js';

export const SESSION_COOKIE = 'tavla_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tokenFrom(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const token = parseCookie(header)[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export function setSessionCookie(res: Response, token: string, config: Config): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.NODE_ENV === 'production',
    path: '/',
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600_000,
  });
}

export function clearSessionCookie(res: Response, config: Config): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: config.NODE_ENV === 'production', path: '/' });
}

interface SessionRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string | null;
  demo: boolean;
  secondFactor: boolean;
  totpEnabled: boolean;
  idleSeconds: number;
}

/** The user behind the request's cookie, or null. Touches the session at most once a minute. */
export async function userFromRequest(req: Request, db: Db, config: Config): Promise<AuthUser | null> {
  const token = tokenFrom(req);
  if (!token) return null;
  const sessionId = sessionIdOf(token);
  const cached = sessionCache.get(sessionId);
  if (cached) return cached;
  const row = await db.readOne<SessionRow>('auth/session-get', { sessionId, idleMinutes: config.SESSION_IDLE_MINUTES });
  if (!row) return null;
  if (row.demo && config.NODE_ENV === 'production') return null;
  if (row.idleSeconds > 60) await db.write((tx) => tx.rows('auth/session-touch', { sessionId }));
  const user: AuthUser = {
    id: row.id as UserId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    agencyId: row.agencyId,
    sessionId,
    secondFactor: row.secondFactor,
    totpEnabled: row.totpEnabled,
  };
  sessionCache.set(user);
  return user;
}
