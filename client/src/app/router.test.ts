import { describe, expect, it } from 'vitest';
import { boardPath, parseRoute } from './router.js';

describe('routes', () => {
  it('reads a board path and falls back to the list of boards', () => {
    expect(parseRoute('/boards/brd_1')).toEqual({ name: 'board', id: 'brd_1' });
    expect(parseRoute(boardPath('brd_a/b'))).toEqual({ name: 'board', id: 'brd_a/b' });
    expect(parseRoute('/')).toEqual({ name: 'boards' });
    expect(parseRoute('/whatever')).toEqual({ name: 'boards' });
  });
});
