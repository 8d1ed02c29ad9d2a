import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportedPerson, ImportedTie, ImportResult } from './types.js';
import { IMPORT_LIMITS, fail, parseStrength, parseTieType } from './types.js';

type XmlNode = Record<string, unknown> & { '#text'?: string };

const LISTS = new Set(['key', 'graph', 'node', 'edge', 'data']);
// Typed as the boxed `Symbol`; it is a plain symbol at run time.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * GraphML: each <node> becomes a person keyed by its id, aliased by its `label` data (the <key>
 * whose attr.name is "label", whatever its id) or else its id. Each <edge> becomes a tie, with
 * `type` and `strength` (or `weight`) data when present. Hostile input: no DTD at all (so no entity
 * expansion), size and count limits, a nesting limit. The first problem names its element and line.
 */
export function parseGraphML(text: string): ImportResult {
  if (text.length > IMPORT_LIMITS.maxChars) return fail({ code: 'TOO_LARGE', detail: `more than ${IMPORT_LIMITS.maxChars} characters` });
  if (text.trim() === '') return fail({ code: 'EMPTY', line: 1, detail: 'the file is empty' });
  // GraphML needs no DTD; refusing any is the simplest complete defence against entity bombs.
  const dtd = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (dtd) return fail({ code: 'DTD_NOT_ALLOWED', line: lineAt(text, dtd.index), element: `<!${dtd[1]}>`, detail: 'DTD and entity declarations are not accepted' });
  const valid = XMLValidator.validate(text);
  if (valid !== true) return fail({ code: 'MALFORMED_XML', line: valid.err.line, detail: valid.err.msg });

  let doc: XmlNode;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      removeNSPrefix: true,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      htmlEntities: false,
      captureMetaData: true,
      maxNestedTags: IMPORT_LIMITS.maxXmlDepth,
      isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.has(name),
    }).parse(text) as XmlNode;
  } catch (err) {
    return fail({ code: 'MALFORMED_XML', detail: err instanceof Error ? err.message : String(err) });
  }

  const root = doc.graphml as XmlNode | undefined;
  const graph = (root?.graph as XmlNode[] | undefined)?.[0];
  if (!root || !graph) return fail({ code: 'NOT_GRAPHML', detail: 'no <graphml> element with a <graph> inside' });

  const keys = (root.key as XmlNode[] | undefined) ?? [];
  const keyFor = (domain: 'node' | 'edge', ...names: string[]): Set<string> =>
    new Set(
      keys
        .filter((k) => [domain, 'all', undefined].includes(k['@for'] as string | undefined))
        .filter((k) => names.includes(String(k['@attr.name'] ?? '').toLowerCase()))
        .map((k) => String(k['@id'])),
    );
  const labelKeys = keyFor('node', 'label');
  const typeKeys = keyFor('edge', 'type');
  const strengthKeys = keyFor('edge', 'strength', 'weight');

  const nodes = (graph.node as XmlNode[] | undefined) ?? [];
  const edges = (graph.edge as XmlNode[] | undefined) ?? [];
  if (nodes.length > IMPORT_LIMITS.maxPeople) return fail({ code: 'TOO_MANY_PEOPLE', detail: `more than ${IMPORT_LIMITS.maxPeople} people` });
  if (edges.length > IMPORT_LIMITS.maxTies) return fail({ code: 'TOO_MANY_TIES', detail: `more than ${IMPORT_LIMITS.maxTies} ties` });

  // Every element's line is looked up in this index: scanning from the start per element made a
  // 1 MB file take seconds (quadratic).
  const newlines = newlineOffsets(text);
  const people: ImportedPerson[] = [];
  const known = new Set<string>();
  for (const node of nodes) {
    const where = { element: describe('node', node), line: lineOf(newlines, node) };
    const id = node['@id'];
    if (typeof id !== 'string' || id.trim() === '') return fail({ code: 'MISSING_ATTRIBUTE', ...where, detail: 'a node has no id' });
    if (known.has(id)) return fail({ code: 'DUPLICATE_PERSON', ...where, detail: `node id "${id}" appears twice` });
    const alias = (dataValue(node, labelKeys) ?? '').trim() || id;
    if (id.length > IMPORT_LIMITS.maxValueLength || alias.length > IMPORT_LIMITS.maxValueLength) {
      return fail({ code: 'VALUE_TOO_LONG', ...where, detail: `id or label longer than ${IMPORT_LIMITS.maxValueLength} characters` });
    }
    known.add(id);
    people.push({ key: id, alias });
  }

  const ties: ImportedTie[] = [];
  for (const edge of edges) {
    const where = { element: describe('edge', edge), line: lineOf(newlines, edge) };
    const source = edge['@source'];
    const target = edge['@target'];
    if (typeof source !== 'string' || typeof target !== 'string') {
      return fail({ code: 'MISSING_ATTRIBUTE', ...where, detail: 'an edge needs both source and target' });
    }
    for (const end of [source, target]) {
      if (!known.has(end)) return fail({ code: 'UNKNOWN_PERSON', ...where, detail: `no node with id "${end}"` });
    }
    if (source === target) return fail({ code: 'SELF_TIE', ...where, detail: `${source} is tied to itself` });
    const rawType = dataValue(edge, typeKeys);
    const type = parseTieType(rawType);
    if (type === null) return fail({ code: 'UNKNOWN_TIE_TYPE', ...where, detail: `unknown tie type "${rawType}"` });
    const rawStrength = dataValue(edge, strengthKeys);
    const strength = parseStrength(rawStrength);
    if (strength === null) return fail({ code: 'BAD_STRENGTH', ...where, detail: `strength must be a whole number 1-5, got "${rawStrength}"` });
    ties.push({ source, target, type, strength });
  }
  return { ok: true, people, ties };
}

function dataValue(el: XmlNode, keys: Set<string>): string | undefined {
  const data = (el.data as XmlNode[] | undefined) ?? [];
  const hit = data.find((d) => keys.has(String(d['@key'])));
  if (hit === undefined) return undefined;
  return typeof hit['#text'] === 'string' ? hit['#text'] : '';
}

/** `<edge id="e3" source="a" target="b">`: enough of the element to find it in the file. */
function describe(tag: string, el: XmlNode): string {
  const attrs = ['id', 'source', 'target']
    .filter((a) => typeof el[`@${a}`] === 'string')
    .map((a) => ` ${a}="${String(el[`@${a}`]).slice(0, 60)}"`)
    .join('');
  return `<${tag}${attrs}>`;
}

function lineOf(newlines: number[], el: XmlNode): number | undefined {
  const meta = (el as unknown as Record<symbol, { startIndex?: number } | undefined>)[META];
  if (meta?.startIndex === undefined) return undefined;
  // 1 + the number of line breaks before the element (binary search).
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (newlines[mid]! < meta.startIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

function newlineOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
