// Apollo's formatError: known errors pass (translated later by the i18n plugin); parse and
// validation errors keep their message but never echo input; anything else becomes INTERNAL.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../shared/errors.js';
import { log } from '../log.js';

const passThrough = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

const unavailableCodes = /ServiceUnavailable|SessionExpired|Neo\.TransientError/;

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: original.extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && passThrough.has(code)) {
    // graphql-js may echo a variable's value in the message ("Variable "$x" got invalid value
    // ..."), and suggests field names ("Did you mean ...?"): neither reaches the client.
    const message = /got invalid value|Expected value of type|cannot represent/i.test(formatted.message)
      ? 'Variable or argument has an invalid value.'
      : formatted.message.replace(/\s*Did you mean[^?]*\?/g, '');
    return { message, locations: formatted.locations, extensions: { code } };
  }
  if (original instanceof Neo4jError && unavailableCodes.test(`${original.code}`)) {
    log.warn('database unavailable', { code: original.code });
    return { message: 'errors.unavailable', path: formatted.path, extensions: { code: 'UNAVAILABLE', i18nKey: 'errors.unavailable', i18nParams: {} } };
  }
  // Log the kind and stack (no message: it may quote data), answer generically.
  const e = original instanceof Error ? original : new Error('non-error thrown');
  log.error('internal error', { name: e.name, code: (e as { code?: string }).code, stack: e.stack?.split('\n').slice(1, 6).join(' | '), path: formatted.path?.join('.') });
  return { message: 'errors.internal', path: formatted.path, extensions: { code: 'INTERNAL', i18nKey: 'errors.internal', i18nParams: {} } };
}
