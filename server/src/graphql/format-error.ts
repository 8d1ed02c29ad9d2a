// Apollo's formatError: the one place an error becomes what a client sees. Known errors pass
// (translated later by the i18n plugin). Errors about the request itself keep only what does
// not come from it: syntax errors and rejected values get a fixed message (graphql-js quotes the
// offending token or value, which may be personal data or an injection string), limits are
// never named, and no message suggests a field ("Did you mean ...?"). Anything else is INTERNAL,
// logged without its message.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isUnavailable } from '../db/db.js';
import { AppError } from '../shared/errors.js';
import { log } from '../log.js';
import { rejectedMarker } from './armor.js';

const passThrough = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

// graphql-js messages that quote a value from the request.
const quotesAValue = /got invalid value|Expected value of type|cannot represent|does not exist in .* enum/i;
// graphql-js's parser stops at parseOptions.maxTokens with a message that names the limit.
const tooManyTokens = /Document contains more th(?:an|at) \d+ tokens/i;

function keyed(code: string, key: string, formatted: GraphQLFormattedError): GraphQLFormattedError {
  // Where a limit stopped the parser would tell the limit: rejections carry no location.
  const where = formatted.locations && key !== 'security.rejected' ? { locations: formatted.locations } : {};
  return { message: key, ...where, extensions: { code, i18nKey: key, i18nParams: {} } };
}

/**
 * A scalar's own parse error (e.g. the Date scalar's validation.badDate) reaches here wrapped by
 * graphql-js, once for a literal and twice for a variable, in errors whose messages quote the
 * value: the AppError inside carries the translated reason.
 */
function scalarError(error: unknown): AppError | null {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e instanceof Error; depth++) {
    if (e instanceof AppError) return e;
    e = (e as { originalError?: unknown }).originalError;
  }
  return null;
}

/** Removes every "Did you mean ...?" (graphql-js words them several ways). */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean\b[^?]*\??/gi, '').trim();
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: original.extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (formatted.message.includes(rejectedMarker)) return keyed('GRAPHQL_VALIDATION_FAILED', 'security.rejected', formatted);
  if (code === 'GRAPHQL_PARSE_FAILED') return tooManyTokens.test(formatted.message) ? keyed(code, 'security.rejected', formatted) : keyed(code, 'security.syntax', formatted);
  if (code === 'OPERATION_RESOLUTION_FAILURE') return keyed(code, 'security.badRequest', formatted);
  if (code && passThrough.has(code)) {
    const reason = scalarError(error);
    if (reason) {
      const key = reason.extensions.i18nKey as string;
      return { message: key, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code, i18nKey: key, i18nParams: reason.extensions.i18nParams ?? {} } };
    }
    if (quotesAValue.test(formatted.message)) return keyed(code, 'security.invalidValue', formatted);
    return { message: withoutSuggestions(formatted.message), ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code } };
  }
  // graphql-js's own refusal of the request as a whole (e.g. a subscription operation, which this
  // schema has none of) carries neither a path nor a cause: the client's mistake, not ours.
  if (original instanceof GraphQLError && !original.originalError && !original.path) return keyed('BAD_REQUEST', 'security.badRequest', formatted);
  if (isUnavailable(original)) {
    log.warn('database unavailable', { code: original.code });
    return { message: 'errors.unavailable', path: formatted.path, extensions: { code: 'UNAVAILABLE', i18nKey: 'errors.unavailable', i18nParams: {} } };
  }
  // Log the kind and stack (no message: it may quote data), answer generically.
  const e = original instanceof Error ? original : new Error('non-error thrown');
  log.error('internal error', { name: e.name, code: (e as { code?: string }).code, stack: e.stack?.split('\n').slice(1, 6).join(' | '), path: formatted.path?.join('.') });
  return { message: 'errors.internal', path: formatted.path, extensions: { code: 'INTERNAL', i18nKey: 'errors.internal', i18nParams: {} } };
}
