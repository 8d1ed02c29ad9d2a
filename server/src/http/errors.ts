// The last Express error handler. Express's own prints the stack trace as HTML outside
// production; this answers body-parser refusals (too large, not JSON, bad charset) and anything
// else with a translated GraphQL-shaped error, and nothing from the exception.
import type { NextFunction, Request, Response } from 'express';
import { pickLang, t } from '../i18n/index.js';
import { log } from '../log.js';
import { isUnavailable } from '../db/db.js';

export function httpErrors(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(err);
    return;
  }
  const lang = pickLang(req.get('x-tavla-lang') ?? undefined, req.get('accept-language') ?? undefined);
  // The database is away (down, restarting): the session lookup before Apollo failed. Said as
  // such, like the same failure inside a resolver, and logged by code only.
  if (isUnavailable(err)) {
    log.warn('database unavailable', { code: err.code, path: req.path });
    res.status(503).set('Cache-Control', 'no-store').json({ errors: [{ message: t(lang, 'errors.unavailable'), extensions: { code: 'UNAVAILABLE' } }] });
    return;
  }
  const raw = (err as { status?: unknown; statusCode?: unknown } | null) ?? {};
  const given = typeof raw.status === 'number' ? raw.status : typeof raw.statusCode === 'number' ? raw.statusCode : 500;
  const status = given >= 400 && given < 600 ? given : 500;
  const [code, key] =
    status === 413 ? ['PAYLOAD_TOO_LARGE', 'security.payloadTooLarge'] : status < 500 ? ['BAD_REQUEST', 'security.badRequest'] : ['INTERNAL', 'errors.internal'];
  if (status >= 500) {
    const e = err instanceof Error ? err : new Error('non-error thrown');
    log.error('http error', { name: e.name, stack: e.stack?.split('\n').slice(1, 6).join(' | '), path: req.path });
  }
  res.status(status).set('Cache-Control', 'no-store').json({ errors: [{ message: t(lang, key), extensions: { code } }] });
}
