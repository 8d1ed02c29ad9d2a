import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { EDGE_THRESHOLD, installHitTest, mayHit } from './hitTest.js';

describe('hitTest', () => {
  const box = { x1: 10, y1: 20, x2: 30, y2: 40 };

  it('keeps a point inside the box or within the margin of it, and nothing further off', () => {
    expect(mayHit(box, 20, 30, 0)).toBe(true);
    expect(mayHit(box, 10, 20, 0)).toBe(true);
    expect(mayHit(box, 9, 30, 0)).toBe(false);
    expect(mayHit(box, 9, 30, 1)).toBe(true);
    expect(mayHit(box, 30 + 8, 40 + 8, 8)).toBe(true);
    expect(mayHit(box, 30 + 8.01, 30, 8)).toBe(false);
    expect(mayHit(box, 20, 20 - 8.01, 8)).toBe(false);
  });

  it("uses Cytoscape's largest hit distances (an edge's: 8 px, 24 for touch)", () => {
    expect(EDGE_THRESHOLD).toEqual({ mouse: 8, touch: 24 });
  });

  it('leaves a Cytoscape without a canvas renderer alone', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(installHitTest(cy)).toBe(false);
    cy.destroy();
  });
});
