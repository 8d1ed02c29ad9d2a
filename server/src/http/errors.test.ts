// The last error handler: a database that is away is said as such (503, UNAVAILABLE, translated),
// anything else unexpected as INTERNAL; neither carries anything from the exception.
import { describe, expect, it } from 'vitest';
import type { Request, Response } from 'express';
import { Neo4jError } from 'neo4j-driver';
import { httpErrors } from './errors.js';
import { t } from '../i18n/index.js';
import { setLogLevel } from '../log.js';

function answer(err: unknown, lang = 'sv') {
  const out: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const res = {
    headersSent: false,
    status(code: number) {
      out.status = code;
      return this;
    },
    set(name: string, value: string) {
      out.headers[name] = value;
      return this;
    },
    json(body: unknown) {
      out.body = body;
      return this;
    },
  } as unknown as Response;
  const req = { path: '/graphql', get: (h: string) => (h === 'x-tavla-lang' ? lang : undefined) } as unknown as Request;
  httpErrors(err, req, res, () => undefined);
  return out;
}

describe('httpErrors', () => {
  setLogLevel('error');

  it('answers a database that cannot be reached with a translated UNAVAILABLE and no driver words', () => {
    const out = answer(new Neo4jError('Could not perform discovery: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', 'N/A', 'N/A'));
    expect(out).toEqual({
      status: 503,
      headers: { 'Cache-Control': 'no-store' },
      body: { errors: [{ message: t('sv', 'errors.unavailable'), extensions: { code: 'UNAVAILABLE' } }] },
    });
  });

  it('answers anything else unexpected as INTERNAL, without its message', () => {
    const out = answer(new Error('secret detail'), 'da');
    expect(out.status).toBe(500);
    expect(out.body).toEqual({ errors: [{ message: t('da', 'errors.internal'), extensions: { code: 'INTERNAL' } }] });
    // A database error that is not about reaching it is not "unavailable".
    expect(answer(new Neo4jError('bad syntax', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A')).status).toBe(500);
  });
});
