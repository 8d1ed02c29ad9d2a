import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildElements } from '../board/elements.js';
import { computeView, noFilters } from '../board/filters.js';
import type { BoardData, Tie } from '../board/model.js';
import { police115Count, withoutPolice115 } from './police115.js';

const police = { id: 'pol', name: 'Police', kind: 'POLICE' as const };
const social = { id: 'soc', name: 'Social services', kind: 'SOCIAL_SERVICES' as const };
const tie = (id: string, s: string, t: string, extra: Partial<Tie> = {}): Tie => ({
  id, sourceId: s, targetId: t, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', directed: false, confidence: 'MEDIUM',
  legalBasis: 'CONSENT', validFrom: '2026-01-01', validTo: null, note: null, version: 1, sourceAgency: null, ...extra,
});
const person = (id: string) => ({ id, kind: 'YOUNG_PERSON' as const, alias: id, initials: id, pseudonym: `P-${id}`, toneSetter: false, version: 1 });
const board: BoardData = {
  id: 'b', title: 'T', description: null, people: ['a', 'b', 'c'].map(person), groups: [], memberships: [], groupLinks: [], positions: {},
  ties: [
    tie('p115', 'a', 'b', { legalBasis: 'SSP_115', sourceAgency: police }),
    tie('s115', 'b', 'c', { legalBasis: 'SSP_115', sourceAgency: social }),
    tie('pcons', 'a', 'c', { sourceAgency: police }),
    tie('plain', 'c', 'a', { type: 'FAMILY' }),
  ],
};

function drawn() {
  const els = buildElements(board, computeView(board, noFilters, null), { labels: new Map(), meeting: false, changes: null });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: els.map((e, i) => ({ ...e, position: e.group === 'nodes' ? { x: i * 100, y: 0 } : undefined })),
    style: [{ selector: 'node', style: { width: 20, height: 20 } }],
  });
}
const shown = (cy: cytoscape.Core) => cy.edges().filter((e) => e.visible()).map((e) => e.id()).sort();

describe('pictures without police §115 ties', () => {
  it('marks only ties the police shared under §115 (not §115 from social services, not other police ties)', () => {
    const cy = drawn();
    expect(cy.edges().map((e) => [e.id(), e.data('police115')]).sort()).toEqual([['p115', 1], ['pcons', 0], ['plain', 0], ['s115', 0]]);
    expect(police115Count(cy)).toBe(1);
  });

  it('leaves them out while a file is drawn and puts them back after, also when drawing fails', async () => {
    const cy = drawn();
    expect(await withoutPolice115(cy, () => shown(cy))).toEqual(['pcons', 'plain', 's115']);
    expect(shown(cy)).toEqual(['p115', 'pcons', 'plain', 's115']);
    await expect(withoutPolice115(cy, () => Promise.reject(new Error('no canvas')))).rejects.toThrow('no canvas');
    expect(shown(cy)).toEqual(['p115', 'pcons', 'plain', 's115']);
  });
});
