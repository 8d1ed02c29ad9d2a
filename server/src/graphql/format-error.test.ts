import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { formatError, withoutSuggestions } from './format-error.js';
import { rejectedMarker } from './armor.js';
import { AppError } from '../shared/errors.js';
import { setLogLevel } from '../log.js';

setLogLevel('error');
const fmt = (message: string, code?: string, original: unknown = new GraphQLError(message)) =>
  formatError({ message, locations: [{ line: 1, column: 3 }], ...(code ? { extensions: { code } } : {}) }, original);

describe('formatError', () => {
  it('masks anything unexpected: no message, no stack, no code from inside', () => {
    const e = new Error('Neo.ClientError.Statement.SyntaxError near "Pelle Fiktiv"');
    const out = fmt(e.message, undefined, e);
    expect(out).toEqual({ message: 'errors.internal', extensions: { code: 'INTERNAL', i18nKey: 'errors.internal', i18nParams: {} } });
    expect(JSON.stringify(out)).not.toMatch(/Pelle|Neo\.|at |stack/);
  });

  it('answers an operation the schema cannot run (subscription) as a bad request, not internal', () => {
    const e = new GraphQLError('Schema is not configured to execute subscription operation.');
    const out = formatError({ message: e.message }, e);
    expect(out.extensions?.code).toBe('BAD_REQUEST');
    expect(out.message).toBe('security.badRequest');
  });

  it('passes the errors the server means a client to see', () => {
    const e = new AppError('NOT_FOUND', 'errors.notFound');
    expect(fmt('errors.notFound', 'NOT_FOUND', e).extensions?.code).toBe('NOT_FOUND');
  });

  it('never quotes a rejected value', () => {
    for (const m of [
      'Variable "$f" got invalid value "Pelle Fiktiv"; Int cannot represent non-integer value: "Pelle Fiktiv"',
      'Expected value of type "Int", found "Pelle Fiktiv".',
      'String cannot represent a non string value: 1234567',
      'Value "PELLE" does not exist in "TieType" enum.',
    ]) {
      const out = fmt(m, 'BAD_USER_INPUT');
      expect(out.message).toBe('security.invalidValue');
      expect(JSON.stringify(out)).not.toMatch(/Pelle|PELLE|1234567/);
    }
  });

  it('gives syntax errors a fixed message with the location, and never names a limit', () => {
    expect(fmt('Syntax Error: Unexpected Name "Pelle".', 'GRAPHQL_PARSE_FAILED')).toEqual({
      message: 'security.syntax', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_PARSE_FAILED', i18nKey: 'security.syntax', i18nParams: {} },
    });
    const tokens = fmt('Syntax Error: Document contains more that 4000 tokens. Parsing aborted.', 'GRAPHQL_PARSE_FAILED');
    expect(tokens).toEqual({ message: 'security.rejected', extensions: { code: 'GRAPHQL_PARSE_FAILED', i18nKey: 'security.rejected', i18nParams: {} } });
    expect(fmt(rejectedMarker, 'BAD_USER_INPUT').message).toBe('security.rejected');
  });

  it('strips every form of field suggestion', () => {
    expect(fmt('Cannot query field "boardz" on type "Query". Did you mean "board" or "boards"?', 'GRAPHQL_VALIDATION_FAILED').message).toBe('Cannot query field "boardz" on type "Query".');
    expect(withoutSuggestions('Unknown argument "firts". Did you mean "first"?')).toBe('Unknown argument "firts".');
    expect(withoutSuggestions('Unknown type "Bord". Did you mean the type "Board"?')).toBe('Unknown type "Bord".');
    expect(withoutSuggestions('Nope. did you mean "x"')).toBe('Nope.');
  });
});
