import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildElements } from '../board/elements.js';
import { computeView, noFilters } from '../board/filters.js';
import type { BoardData, Tie } from '../board/model.js';
import { unexportableCount, withoutUnexportable } from './unexportable.js';

const police = { id: 'pol', name: 'Police', kind: 'POLICE' as const };
const social = { id: 'soc', name: 'Social services', kind: 'SOCIAL_SERVICES' as const };
const tie = (id: string, s: string, t: string, extra: Partial<Tie> = {}): Tie => ({
  id, sourceId: s, targetId: t, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', directed: false, confidence: 'MEDIUM',
  legalBasis: 'CONSENT', validFrom: '2026-01-01', validTo: null, note: null, version: 1, sourceAgency: null, exportable: true, ...extra,
});
const person = (id: string) => ({ id, kind: 'YOUNG_PERSON' as const, alias: id, initials: id, pseudonym: `P-${id}`, toneSetter: false, version: 1 });
// What the server says of each tie (Tie.exportable): not the police's §115 tie, the consent tie or
// the statute tie; the social services' §115 tie and the plain ones are.
const board: BoardData = {
  id: 'b', title: 'T', description: null, people: ['a', 'b', 'c', 'd'].map(person), groups: [], memberships: [], groupLinks: [], positions: {},
  ties: [
    tie('p115', 'a', 'b', { legalBasis: 'SSP_115', sourceAgency: police, exportable: false }),
    tie('s115', 'b', 'c', { legalBasis: 'SSP_115', sourceAgency: social }),
    tie('cons', 'a', 'c', { sourceAgency: social, exportable: false }),
    tie('stat', 'c', 'd', { legalBasis: 'OTHER_STATUTE', sourceAgency: social, exportable: false, type: 'CLASSMATE' }),
    tie('plain', 'c', 'a', { type: 'FAMILY' }),
  ],
};

function drawn(filters = noFilters) {
  const els = buildElements(board, computeView(board, filters, null), { labels: new Map(), meeting: false, changes: null });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: els.map((e, i) => ({ ...e, position: e.group === 'nodes' ? { x: i * 100, y: 0 } : undefined })),
    style: [{ selector: 'node', style: { width: 20, height: 20 } }],
  });
}
const shown = (cy: cytoscape.Core) => cy.edges().filter((e) => e.visible()).map((e) => e.id()).sort();

describe('pictures without the ties the user may not pass on', () => {
  it('marks exactly the ties the server says are not exportable, whatever their basis', () => {
    const cy = drawn();
    expect(cy.edges().map((e) => [e.id(), e.data('noExport')]).sort()).toEqual([['cons', 1], ['p115', 1], ['plain', 0], ['s115', 0], ['stat', 1]]);
    expect(unexportableCount(cy)).toBe(3);
    // A tie the filter hides is not drawn, so not counted as left out.
    expect(unexportableCount(drawn({ ...noFilters, hiddenTypes: ['CLASSMATE'] }))).toBe(2);
  });

  it('leaves them out while a file is drawn and puts them back after, also when drawing fails', async () => {
    const cy = drawn();
    expect(await withoutUnexportable(cy, () => shown(cy))).toEqual(['plain', 's115']);
    expect(shown(cy)).toEqual(['cons', 'p115', 'plain', 's115', 'stat']);
    await expect(withoutUnexportable(cy, () => Promise.reject(new Error('no canvas')))).rejects.toThrow('no canvas');
    expect(shown(cy)).toEqual(['cons', 'p115', 'plain', 's115', 'stat']);
  });
});
