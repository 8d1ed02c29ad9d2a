import { describe, expect, it } from 'vitest';
import { parseRoute } from '../app/router.js';
import { planningPath, scopeFromSearch } from './route.js';

describe('planning and managers routes', () => {
  it('round-trip a board, person or group scope through the address', () => {
    const path = planningPath('brd_1', { personId: 'per_2' });
    expect(path).toBe('/boards/brd_1/planning?person=per_2');
    const [pathname, search] = path.split('?');
    expect(parseRoute(pathname!)).toEqual({ name: 'planning', id: 'brd_1' });
    expect(scopeFromSearch(`?${search}`)).toEqual({ personId: 'per_2', groupId: null });
    expect(scopeFromSearch('?group=grp_3')).toEqual({ personId: null, groupId: 'grp_3' });
    expect(planningPath('brd_1')).toBe('/boards/brd_1/planning');
    expect(parseRoute('/managers')).toEqual({ name: 'managers' });
    // The board's own route is unchanged.
    expect(parseRoute('/boards/brd_1')).toEqual({ name: 'board', id: 'brd_1' });
  });
});
