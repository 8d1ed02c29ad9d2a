import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Lang } from '../i18n/index.js';
import type { Role } from './generated/types.js';
import type { UserId } from '../shared/ids.js';

export interface AuthUser {
  id: UserId;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string | null;
  sessionId: string;
  /** Whether this session's login proved a TOTP code (or enrolled one). */
  secondFactor: boolean;
  totpEnabled: boolean;
}

/** Request-scoped caches, so nested fields do not refetch what the request already read. */
export interface RequestCache {
  people: Map<string, Record<string, unknown>>;
  groups: Map<string, Record<string, unknown>>;
  agencies?: Promise<Map<string, Record<string, unknown>>>;
  /** The same map once read (references to it are then answered synchronously). */
  agenciesRead?: Map<string, Record<string, unknown>>;
}

export interface Ctx {
  db: Db;
  cache: RequestCache;
  config: Config;
  user: AuthUser | null;
  lang: Lang;
  req: Request;
  res: Response;
}

export type AuthedCtx = Ctx & { user: AuthUser };
