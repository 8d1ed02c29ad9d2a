import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './nav.js';

const nodes = [
  { id: 'right-near', at: { x: 100, y: 10 } },
  { id: 'right-far', at: { x: 300, y: 0 } },
  { id: 'up', at: { x: 0, y: -150 } },
  { id: 'diagonal', at: { x: 80, y: 90 } },
];

describe('nearestInDirection', () => {
  it('picks the nearest node roughly in the direction', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, nodes, 'right')).toBe('right-near');
    expect(nearestInDirection({ x: 0, y: 0 }, nodes, 'up')).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, nodes, 'down')).toBe('diagonal');
  });

  it('returns null when nothing lies that way', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, nodes, 'left')).toBeNull();
  });
});
