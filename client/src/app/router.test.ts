import { describe, expect, it } from 'vitest';
import { boardPath, parseRoute } from './router.js';

describe('routes', () => {
  it('reads a board path and falls back to the list of boards', () => {
    expect(parseRoute('/boards/brd_1')).toEqual({ name: 'board', id: 'brd_1' });
    expect(parseRoute(boardPath('brd_a/b'))).toEqual({ name: 'board', id: 'brd_a/b' });
    expect(parseRoute('/')).toEqual({ name: 'boards' });
    expect(parseRoute('/whatever')).toEqual({ name: 'boards' });
  });

  it('tells the readiness team page from an alert, and reads the account page', () => {
    expect(parseRoute('/readiness/team')).toEqual({ name: 'readinessTeam' });
    expect(parseRoute('/readiness/ral_1')).toEqual({ name: 'alert', id: 'ral_1' });
    expect(parseRoute('/account')).toEqual({ name: 'account' });
  });

  it('hands the access log’s paths to the audit pages', () => {
    expect(parseRoute('/audit')).toEqual({ name: 'audit', path: '/audit' });
    expect(parseRoute('/audit/people/per_1')).toEqual({ name: 'audit', path: '/audit/people/per_1' });
    expect(parseRoute('/auditx')).toEqual({ name: 'boards' });
  });
});
