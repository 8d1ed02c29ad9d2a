import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boardPath, navigate, parseRoute, setNavigationPrepare } from './router.js';

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

describe('navigate', () => {
  let pushed: string[];
  beforeEach(() => {
    // The browser's address and history, stood in for (unit tests run in Node).
    const location = { pathname: '/' };
    pushed = [];
    vi.stubGlobal('window', {
      location,
      history: { pushState: (_s: unknown, _t: string, path: string) => { location.pathname = path; pushed.push(path); } },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    });
  });
  afterEach(() => {
    setNavigationPrepare(null);
    vi.unstubAllGlobals();
  });

  it('changes the address at once when the page needs nothing first', () => {
    setNavigationPrepare(() => null);
    navigate('/boards/brd_1');
    expect(pushed).toEqual(['/boards/brd_1']);
  });

  it('waits for what the page needs, and only the last of two quick navigations lands', async () => {
    let release!: () => void;
    const code = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    setNavigationPrepare((path) => {
      asked.push(path);
      return path.startsWith('/boards/') ? code : null;
    });
    navigate('/boards/brd_1');
    expect(pushed).toEqual([]);
    navigate('/boards/brd_2');
    release();
    await code;
    await Promise.resolve();
    expect(asked).toEqual(['/boards/brd_1', '/boards/brd_2']);
    expect(pushed).toEqual(['/boards/brd_2']);
    // A later navigation elsewhere is not held back by the board's code.
    navigate('/managers');
    expect(pushed).toEqual(['/boards/brd_2', '/managers']);
  });

  it('goes there even when getting its code failed (the page then shows its own error)', async () => {
    const failed = Promise.reject(new Error('offline'));
    setNavigationPrepare(() => failed);
    navigate('/boards/brd_1');
    await failed.catch(() => undefined);
    await Promise.resolve();
    expect(pushed).toEqual(['/boards/brd_1']);
  });
});
