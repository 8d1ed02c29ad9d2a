import { describe, expect, it } from 'vitest';
import { layerFrom } from './communities.js';

describe('community layer', () => {
  it('collects each community once and one participation per person and community', () => {
    const layer = layerFrom({
      board: {
        id: 'b',
        people: [
          { id: 'emil', participations: [{ id: 'p1', strength: 4, community: { id: 'c-fb', name: 'Fodbold', kind: 'SPORT' } }] },
          { id: 'noah', participations: [{ id: 'p2', strength: 2, community: { id: 'c-fb', name: 'Fodbold', kind: 'SPORT' } }, { id: 'p3', strength: 2, community: { id: 'c-hw', name: 'Lektiecafé', kind: 'ASSOCIATION' } }] },
          { id: 'kev', participations: [] },
        ],
      },
    });
    expect(layer.communities.map((c) => c.name)).toEqual(['Fodbold', 'Lektiecafé']);
    expect(layer.participations).toEqual([
      { id: 'p1', personId: 'emil', communityId: 'c-fb', strength: 4 },
      { id: 'p2', personId: 'noah', communityId: 'c-fb', strength: 2 },
      { id: 'p3', personId: 'noah', communityId: 'c-hw', strength: 2 },
    ]);
    expect(layerFrom({ board: null })).toEqual({ communities: [], participations: [] });
  });
});
