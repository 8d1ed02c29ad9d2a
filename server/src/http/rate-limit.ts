// Per-address request limits (express-rate-limit, counted in this process): a generous one for
// the whole API and a tight one for login attempts. They bound how fast anyone can guess or
// scrape; the lockout counters in the database (auth/throttle.ts) are what holds across
// instances. Answers are 429 with a translated GraphQL-shaped error and no limit values.
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config.js';
import { pickLang, t } from '../i18n/index.js';

/** Whether a parsed /graphql body asks for a login (aliases cannot hide a field's name). */
export function isLoginRequest(body: unknown): boolean {
  const docs = Array.isArray(body) ? body : [body];
  return docs.some((d) => {
    const q = (d as { query?: unknown } | null)?.query;
    return typeof q === 'string' && /\blogin(?:WithTotp)?\b/.test(q);
  });
}

function tooMany(req: Request, res: Response): void {
  const lang = pickLang(req.get('x-tavla-lang') ?? undefined, req.get('accept-language') ?? undefined);
  const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
  if (reset) res.set('Retry-After', String(Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000))));
  res.status(429).json({ errors: [{ message: t(lang, 'security.rateLimited'), extensions: { code: 'RATE_LIMITED' } }] });
}

export function rateLimits(config: Config): { api: RequestHandler; login: RequestHandler } {
  const common = {
    windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
    standardHeaders: false,
    legacyHeaders: false,
    handler: tooMany,
  } as const;
  return {
    api: rateLimit({ ...common, limit: config.RATE_LIMIT_API_MAX }),
    // Runs after the JSON body is parsed, and counts only requests that attempt a login.
    login: rateLimit({ ...common, limit: config.RATE_LIMIT_LOGIN_MAX, skip: (req) => !isLoginRequest(req.body) }),
  };
}
