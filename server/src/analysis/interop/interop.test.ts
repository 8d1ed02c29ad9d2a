import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { AnalysisGraph } from '../graph.js';
import { parseCsvEdges } from './csv.js';
import { toCsv, toGEXF, toGraphML, xmlEscape } from './export.js';
import { parseGraphML } from './graphml.js';
import { IMPORT_LIMITS } from './types.js';

// Fictional people; aliases chosen to need escaping.
const g: AnalysisGraph = {
  nodes: [
    { id: 'p1', alias: 'Ali & "Bo"', groupIds: ['grp_1'] },
    { id: 'p2', alias: '<Cam>' },
    { id: 'p3' },
  ],
  edges: [
    { id: 't1', source: 'p1', target: 'p2', type: 'FRIEND', strength: 4, valence: 'SUPPORTIVE', directed: false },
    { id: 't2', source: 'p2', target: 'p3', type: 'LOOKS_UP_TO', strength: 2, valence: 'AMBIVALENT', directed: true },
  ],
};

describe('exporters', () => {
  it('GraphML is valid XML and round-trips people (with aliases) and ties', () => {
    const xml = toGraphML(g);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseGraphML(xml)).toEqual({
      ok: true,
      people: [
        { key: 'p1', alias: 'Ali & "Bo"' },
        { key: 'p2', alias: '<Cam>' },
        { key: 'p3', alias: 'p3' },
      ],
      ties: [
        { source: 'p1', target: 'p2', type: 'FRIEND', strength: 4 },
        { source: 'p2', target: 'p3', type: 'LOOKS_UP_TO', strength: 2 },
      ],
    });
  });
  it('GEXF is valid XML with every node, edge, weight and direction', () => {
    const xml = toGEXF(g);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const nodes = doc.gexf.graph.nodes.node;
    const edges = doc.gexf.graph.edges.edge;
    expect(nodes.map((n: { label: string }) => n.label)).toEqual(['Ali & "Bo"', '<Cam>', 'p3']);
    expect(edges.map((e: { weight: string; type: string }) => [e.weight, e.type])).toEqual([
      ['4', 'undirected'],
      ['2', 'directed'],
    ]);
  });
  it('CSV round-trips through parseCsvEdges', () => {
    const parsed = parseCsvEdges(toCsv(g));
    expect(parsed).toEqual({
      ok: true,
      people: ['p1', 'p2', 'p3'].map((k) => ({ key: k, alias: k })),
      ties: [
        { source: 'p1', target: 'p2', type: 'FRIEND', strength: 4 },
        { source: 'p2', target: 'p3', type: 'LOOKS_UP_TO', strength: 2 },
      ],
    });
  });
  it('CSV quotes separators and defuses spreadsheet formulas', () => {
    const csv = toCsv({ nodes: [{ id: 'a,b' }, { id: '=HYPERLINK("x")' }], edges: [{ id: 'e', source: 'a,b', target: '=HYPERLINK("x")', type: 'OTHER', strength: 1, valence: 'HARMFUL', directed: false }] });
    expect(csv.split('\r\n')[1]).toBe(`"a,b","'=HYPERLINK(""x"")",OTHER,1,HARMFUL,false`);
  });
  it('xmlEscape drops characters XML 1.0 cannot carry', () => {
    expect(xmlEscape('a\u0001b<')).toBe('ab&lt;');
  });
});

describe('parseCsvEdges', () => {
  it('accepts any column order and case, lowercase types, semicolons, a BOM and blank lines', () => {
    const r = parseCsvEdges('\uFEFFStrength;TYPE;Target;Source\n5;co_offending;b;a\n\n;;c;a\n');
    expect(r).toEqual({
      ok: true,
      people: [
        { key: 'a', alias: 'a' },
        { key: 'b', alias: 'b' },
        { key: 'c', alias: 'c' },
      ],
      // The empty type and strength on line 4 become OTHER and 3.
      ties: [
        { source: 'a', target: 'b', type: 'CO_OFFENDING', strength: 5 },
        { source: 'a', target: 'c', type: 'OTHER', strength: 3 },
      ],
    });
  });
  it('reads two-column semicolon and tab files that end in a line break (as Excel writes them)', () => {
    for (const text of ['source;target\r\na;b\r\nb;c\r\n', 'source\ttarget\na\tb\n\n', 'x,y;source;target\n1;a;b\n']) {
      const r = parseCsvEdges(text);
      expect(r.ok && r.ties.map((t) => `${t.source}-${t.target}`)[0], JSON.stringify(text)).toBe('a-b');
    }
  });
  it.each([
    ['source,target,type,strength\na,b,FRIEND,3\na,c,ENEMY,3\n', 'UNKNOWN_TIE_TYPE', 3],
    ['source,target,type,strength\na,b,FRIEND,7\n', 'BAD_STRENGTH', 2],
    ['source,target,type,strength\na,b,FRIEND,2.5\n', 'BAD_STRENGTH', 2],
    ['source,target,type,strength\na,b,FRIEND,0\n', 'BAD_STRENGTH', 2],
    ['from,to\na,b\n', 'MISSING_COLUMN', 1],
    ['source,target\na,b\n,c\n', 'MISSING_VALUE', 3],
    ['source,target\na,a\n', 'SELF_TIE', 2],
    ['source,target\na,b\n"c\nd",e\n', 'NEWLINE_IN_FIELD', 3],
    ['source,target\n"a,b\n', 'BAD_CSV', 2],
    ['   \n', 'EMPTY', 1],
  ])('%j -> %s at line %i', (text, code, line) => {
    const r = parseCsvEdges(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.line]).toEqual([code, line]);
  });
  it('refuses oversized input before parsing', () => {
    const r = parseCsvEdges('x'.repeat(IMPORT_LIMITS.maxChars + 1));
    expect(r.ok ? null : r.error.code).toBe('TOO_LARGE');
  });
});

const head = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d7" for="node" attr.name="Label" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="k" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="undirected">`;

describe('parseGraphML', () => {
  it('finds the label key by attr.name whatever its id; falls back to the id; reads weight as strength', () => {
    const r = parseGraphML(`${head}
    <node id="n1"><data key="d7">Dana</data></node>
    <node id="n2"/>
    <edge source="n1" target="n2"><data key="w">4.0</data><data key="k">family</data></edge>
  </graph></graphml>`);
    expect(r).toEqual({
      ok: true,
      people: [
        { key: 'n1', alias: 'Dana' },
        { key: 'n2', alias: 'n2' },
      ],
      ties: [{ source: 'n1', target: 'n2', type: 'FAMILY', strength: 4 }],
    });
  });
  it('names the element and line of a bad edge', () => {
    const r = parseGraphML(`${head}
    <node id="n1"/>
    <node id="n2"/>
    <edge id="e1" source="n1" target="n2"/>
    <edge id="e2" source="n1" target="n9"/>
  </graph></graphml>`);
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_PERSON', element: '<edge id="e2" source="n1" target="n9">', line: 10, detail: 'no node with id "n9"' } });
  });
  it.each([
    [`${head}<node id="a"/><node id="a"/></graph></graphml>`, 'DUPLICATE_PERSON'],
    [`${head}<node/></graph></graphml>`, 'MISSING_ATTRIBUTE'],
    [`${head}<node id="a"/><node id="b"/><edge source="a" target="b"><data key="k">gang</data></edge></graph></graphml>`, 'UNKNOWN_TIE_TYPE'],
    [`${head}<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">0.5</data></edge></graph></graphml>`, 'BAD_STRENGTH'],
    ['<root><graph/></root>', 'NOT_GRAPHML'],
    ['', 'EMPTY'],
  ])('rejects %#: %s', (text, code) => {
    const r = parseGraphML(text);
    expect(r.ok ? null : r.error.code).toBe(code);
  });
  it('reports malformed XML with its line', () => {
    const r = parseGraphML(`${head}\n<node id="a">\n</graph></graphml>`);
    expect(r.ok ? null : [r.error.code, r.error.line]).toEqual(['MALFORMED_XML', 8]);
  });
  it('refuses any DTD, so an entity expansion bomb is never expanded', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<graphml><graph><node id="&lol2;"/></graph></graphml>`;
    const r = parseGraphML(bomb);
    expect(r.ok ? null : [r.error.code, r.error.line]).toEqual(['DTD_NOT_ALLOWED', 2]);
  });
  it('refuses deep nesting and too many nodes', () => {
    const deep = `${head}<node id="a">${'<x>'.repeat(50)}${'</x>'.repeat(50)}</node></graph></graphml>`;
    expect(parseGraphML(deep).ok).toBe(false);
    const many = `${head}${Array.from({ length: IMPORT_LIMITS.maxPeople + 1 }, (_, i) => `<node id="n${i}"/>`).join('')}</graph></graphml>`;
    const r = parseGraphML(many);
    expect(r.ok ? null : r.error.code).toBe('TOO_MANY_PEOPLE');
  });
});
