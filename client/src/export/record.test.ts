import { describe, expect, it, vi } from 'vitest';
import cytoscape from 'cytoscape';

vi.mock('../api/client.js', () => ({ mutate: vi.fn() }));

import { peopleInPicture, pictureFilter } from './record.js';
import { noFilters } from '../board/filters.js';

describe('the access-log record of a board picture', () => {
  it('names the people drawn in the area (dimmed ones too), or every drawn person, never a group or community', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      style: [{ selector: 'node', style: { width: 40, height: 40 } }, { selector: '.hidden', style: { display: 'none' } }],
      elements: [
        { data: { id: 'in' }, classes: 'person', position: { x: 0, y: 0 } },
        { data: { id: 'dim' }, classes: 'person dim', position: { x: 90, y: 0 } },
        // Its centre is outside the area, its edge inside: it shows in the picture.
        { data: { id: 'edge' }, classes: 'person', position: { x: 215, y: 0 } },
        { data: { id: 'far' }, classes: 'person', position: { x: 900, y: 0 } },
        { data: { id: 'gone' }, classes: 'person hidden', position: { x: 10, y: 10 } },
        { data: { id: 'grp' }, classes: 'group', position: { x: 20, y: 20 } },
        { data: { id: 'com' }, classes: 'community', position: { x: 30, y: 30 } },
      ],
    });
    expect(peopleInPicture(cy, { x1: -100, y1: -100, x2: 200, y2: 100 })).toEqual(['dim', 'edge', 'in']);
    expect(peopleInPicture(cy, null)).toEqual(['dim', 'edge', 'far', 'in']);
  });

  it('keeps the filter as values and ids only', () => {
    const f = pictureFilter({ ...noFilters, hiddenTypes: ['CONFLICT'], minStrength: 3 }, { personId: 'per_1', depth: 2 }, '2026-01-01', null, true, 'initials');
    expect(f).toEqual({
      asOf: '2026-01-01', changesSince: null, hiddenTieTypes: ['CONFLICT'], hiddenValences: [], hiddenAgencies: [], minStrength: 3,
      focusPersonId: 'per_1', focusSteps: 2, labels: 'INITIALS', withoutUnexportable: true,
    });
    expect(pictureFilter(noFilters, null, null, '2026-02-02', false, 'initials')).toMatchObject({ labels: 'ALIASES', focusPersonId: null, changesSince: '2026-02-02' });
    expect(pictureFilter(noFilters, null, null, null, true, 'pseudonym').labels).toBe('PSEUDONYMS');
  });
});
