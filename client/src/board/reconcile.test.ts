import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { reconcile } from './reconcile.js';
import type { ElementDef } from './elements.js';

const node = (id: string, label = id): ElementDef => ({ group: 'nodes', data: { id, label }, classes: 'person young' });
const edge = (id: string, s: string, t: string, width = 2): ElementDef => ({ group: 'edges', data: { id, source: s, target: t, width }, classes: 'tie' });

describe('reconcile', () => {
  it('adds, restyles and removes without moving anyone', () => {
    const cy = cytoscape({ headless: true });
    const pos: Record<string, { x: number; y: number }> = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 } };
    reconcile(cy, [node('a'), node('b'), edge('ab', 'a', 'b')], (id) => pos[id]);
    expect(cy.nodes().length).toBe(2);
    expect(cy.edges().length).toBe(1);
    cy.getElementById('a').position({ x: 40, y: 40 });

    pos.c = { x: 300, y: 300 };
    reconcile(cy, [node('a', 'A!'), node('b'), node('c'), edge('ab', 'a', 'b', 6)], (id) => pos[id]);
    expect(cy.getElementById('a').data('label')).toBe('A!');
    expect(cy.getElementById('a').position()).toEqual({ x: 40, y: 40 });
    expect(cy.getElementById('c').position()).toEqual({ x: 300, y: 300 });
    expect(cy.getElementById('ab').data('width')).toBe(6);

    reconcile(cy, [node('a'), node('c')], (id) => pos[id]);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'c']);
    expect(cy.edges().length).toBe(0);
  });

  it('holds back nodes with no position yet, and edges to them', () => {
    const cy = cytoscape({ headless: true });
    const added = reconcile(cy, [node('a'), node('b'), edge('ab', 'a', 'b')], (id) => (id === 'a' ? { x: 0, y: 0 } : undefined));
    expect(added).toBe(1);
    expect(cy.elements().map((e) => e.id())).toEqual(['a']);
  });

  it('updates classes', () => {
    const cy = cytoscape({ headless: true });
    reconcile(cy, [node('a')], () => ({ x: 0, y: 0 }));
    reconcile(cy, [{ ...node('a'), classes: 'person young dim' }], () => ({ x: 0, y: 0 }));
    expect(cy.getElementById('a').hasClass('dim')).toBe(true);
  });
});
