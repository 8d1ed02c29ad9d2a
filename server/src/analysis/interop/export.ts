import type { AnalysisGraph } from '../graph.js';

/** XML 1.0 text/attribute escaping; characters XML 1.0 cannot carry at all are dropped. */
export function xmlEscape(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const label = (node: { id: string; alias?: string }): string => node.alias ?? node.id;

/** GraphML with label/groups on nodes and type/strength/valence on edges; direction per edge. */
export function toGraphML(graph: AnalysisGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="groups" for="node" attr.name="groups" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="strength" for="edge" attr.name="strength" attr.type="int"/>',
    '  <key id="valence" for="edge" attr.name="valence" attr.type="string"/>',
    '  <graph id="board" edgedefault="undirected">',
  ];
  for (const n of graph.nodes) {
    const groups = n.groupIds?.length ? `<data key="groups">${xmlEscape(n.groupIds.join(' '))}</data>` : '';
    out.push(`    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(label(n))}</data>${groups}</node>`);
  }
  for (const e of graph.edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${e.directed ? ' directed="true"' : ''}>` +
        `<data key="type">${xmlEscape(e.type)}</data><data key="strength">${e.strength}</data><data key="valence">${e.valence}</data></edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** GEXF 1.3 (Gephi): strength as the edge weight, type and valence as edge attributes. */
export function toGEXF(graph: AnalysisGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="groups" title="groups" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="valence" title="valence" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    const groups = n.groupIds?.length ? `<attvalues><attvalue for="groups" value="${xmlEscape(n.groupIds.join(' '))}"/></attvalues>` : '';
    out.push(`      <node id="${xmlEscape(n.id)}" label="${xmlEscape(label(n))}">${groups}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    out.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" type="${e.directed ? 'directed' : 'undirected'}" weight="${e.strength}">` +
        `<attvalues><attvalue for="type" value="${xmlEscape(e.type)}"/><attvalue for="valence" value="${xmlEscape(e.valence)}"/></attvalues></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/**
 * CSV edge list (RFC 4180 quoting) that parseCsvEdges reads back. Cells that a spreadsheet would
 * run as a formula (= + - @ first) get a leading apostrophe: a board opened in Excel must not
 * execute anything.
 */
export function toCsv(graph: AnalysisGraph): string {
  const lines = ['source,target,type,strength,valence,directed'];
  for (const e of graph.edges) {
    lines.push([e.source, e.target, e.type, String(e.strength), e.valence, String(e.directed)].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
