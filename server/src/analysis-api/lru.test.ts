import { describe, expect, it } from 'vitest';
import { Lru } from './lru.js';
import { graphKey } from './key.js';

describe('Lru', () => {
  it('evicts the least recently used past its entry or weight bound', () => {
    const c = new Lru<string, number>(2, 100);
    c.set('a', 1);
    c.set('b', 2);
    c.get('a');
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([1, undefined, 3]);
  });

  it('evicts by weight when entries are plenty, and never keeps what outweighs the whole budget', () => {
    const c = new Lru<string, number>(10, 100);
    c.set('x', 1, 50);
    c.set('y', 2, 40);
    c.set('z', 3, 20);
    expect([c.get('x'), c.get('y'), c.get('z'), c.weight]).toEqual([undefined, 2, 3, 60]);
    c.set('huge', 4, 101);
    expect([c.get('huge'), c.size]).toEqual([undefined, 2]);
  });
});

describe('graphKey', () => {
  const g = { nodes: [{ id: 'a', groupIds: ['g'] }, { id: 'b' }], edges: [{ id: 't', source: 'a', target: 'b', type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' as const, directed: false }] };
  it('changes with anything analysis reads, and only then', () => {
    const k = graphKey(g);
    expect(graphKey(structuredClone(g))).toBe(k);
    expect(graphKey({ ...g, edges: [{ ...g.edges[0]!, strength: 4 }] })).not.toBe(k);
    expect(graphKey({ ...g, edges: [{ ...g.edges[0]!, directed: true }] })).not.toBe(k);
    expect(graphKey({ ...g, nodes: [{ id: 'a' }, { id: 'b' }] })).not.toBe(k);
    expect(graphKey({ ...g, edges: [] })).not.toBe(k);
    expect(graphKey({ ...g, nodes: [{ id: 'a', groupIds: ['g'], alias: 'renamed' }, { id: 'b' }] })).toBe(k);
  });
});
