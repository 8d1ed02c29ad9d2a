// importNetwork and exportNetwork: good files land whole in one transaction (matching people by
// alias), bad files name their line or element and write nothing, and an export re-imports to the
// same network. §115 ties never leave Tavla.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { BoardBuilder } from '../support/network.js';
import { addToTeam, auditMark, auditSince, expectCode, expectOneAudit } from '../support/fixtures.js';

let server: TestServer;
let coord: TestClient;

const importQ = `mutation($b: ID!, $f: NetworkFormat!, $d: String!) { importNetwork(boardId: $b, format: $f, data: $d) {
  peopleCreated peopleMatched tiesCreated tiesSkipped people { id alias } } }`;
const exportQ = `query($b: ID!, $f: ExportFormat!) { exportNetwork(boardId: $b, format: $f) { format filename mimeType content people ties tiesWithheld } }`;
const boardQ = `query($id: ID!) { board(id: $id) { people { id alias } ties { id type strength valence directed legalBasis source { alias } target { alias } } } }`;

interface BoardTie { type: string; strength: number; valence: string; directed: boolean; legalBasis: string; source: { alias: string }; target: { alias: string } }

/** The board as text: aliases, and ties as "source>target TYPE strength VALENCE directed". */
async function network(boardId: string): Promise<{ people: string[]; ties: string[] }> {
  const b = (await coord.ok(boardQ, { id: boardId })).board;
  return {
    people: b.people.map((p: { alias: string }) => p.alias).sort(),
    ties: b.ties.map((t: BoardTie) => `${t.source.alias}>${t.target.alias} ${t.type} ${t.strength} ${t.valence} ${t.directed}`).sort(),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  coord = await new TestClient(server.url).login('coordinator');
});
afterAll(async () => {
  await server.stop();
});

describe('importNetwork: good files', () => {
  it('imports a semicolon CSV in one audited write, matching an existing person by alias ignoring case', async () => {
    const b = await BoardBuilder.create(coord, 'Import: CSV');
    const ali = await b.person('Ali Fiktiv');
    const csv = 'Source;Target;Type;Strength\r\nali fiktiv;Bo;friend;4\r\n\r\nBo;Cyd;LOOKS_UP_TO;\r\nCyd;Ali Fiktiv;recruits;2\r\n';
    const since = await auditMark(server.db);
    const r = (await coord.ok(importQ, { b: b.boardId, f: 'CSV', d: csv })).importNetwork;
    expect(r).toMatchObject({ peopleCreated: 2, peopleMatched: 1, tiesCreated: 3, tiesSkipped: 0 });
    expect(r.people.map((p: { alias: string }) => p.alias)).toEqual(['Ali Fiktiv', 'Bo', 'Cyd']);
    expect(r.people[0].id).toBe(ali);
    const rows = await auditSince(server.db, since);
    expect(rows.map((x) => [x.action, x.purpose, x.personIds])).toEqual([['CREATE', 'Mutation.importNetwork', r.people.map((p: { id: string }) => p.id).sort()]]);
    expect(JSON.stringify(rows)).not.toMatch(/Fiktiv|Cyd/);
    // Missing strength is 3; direction where the type has one; valence from the type, else AMBIVALENT.
    expect(await network(b.boardId)).toEqual({
      people: ['Ali Fiktiv', 'Bo', 'Cyd'],
      ties: ['Ali Fiktiv>Bo FRIEND 4 AMBIVALENT false', 'Bo>Cyd LOOKS_UP_TO 3 AMBIVALENT true', 'Cyd>Ali Fiktiv RECRUITS 2 HARMFUL true'],
    });
    // The same file again adds nothing.
    const again = (await coord.ok(importQ, { b: b.boardId, f: 'CSV', d: csv })).importNetwork;
    expect(again).toMatchObject({ peopleCreated: 0, peopleMatched: 3, tiesCreated: 0, tiesSkipped: 3 });
    expect((await network(b.boardId)).ties).toHaveLength(3);
  });

  it('imports GraphML with labels under any key id, and weights as strength', async () => {
    const b = await BoardBuilder.create(coord, 'Import: GraphML');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="Label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d2" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="n1"><data key="d0">Elin</data></node>
    <node id="n2"><data key="d0">Frej</data></node>
    <node id="n3"/>
    <edge source="n1" target="n2"><data key="d1">5.0</data><data key="d2">sibling</data></edge>
  </graph>
</graphml>`;
    const bad = await coord.gql(importQ, { b: b.boardId, f: 'GRAPHML', d: xml });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', importError: 'UNKNOWN_TIE_TYPE', line: 10, element: '<edge source="n1" target="n2">' });
    const good = xml.replace('sibling', 'family');
    const r = (await coord.ok(importQ, { b: b.boardId, f: 'GRAPHML', d: good })).importNetwork;
    expect(r).toMatchObject({ peopleCreated: 3, peopleMatched: 0, tiesCreated: 1 });
    expect(await network(b.boardId)).toEqual({ people: ['Elin', 'Frej', 'n3'], ties: ['Elin>Frej FAMILY 5 AMBIVALENT false'] });
  });
});

describe('importNetwork: names are data', () => {
  it('stores Cypher-looking names verbatim and touches nothing else', async () => {
    const other = await BoardBuilder.create(coord, 'Import: bystander');
    await other.peopleNamed('Stay', 'Put');
    await other.tie('Stay', 'Put');
    const before = await other.counts();
    const b = await BoardBuilder.create(coord, 'Import: payloads');
    const names = ['`}) DETACH DELETE n RETURN 1 //', "' OR 1=1 //", '$userId {id: $id}'];
    const csv = `source;target\n${names[0]};${names[1]}\n${names[1]};${names[2]}\n`;
    const r = (await coord.ok(importQ, { b: b.boardId, f: 'CSV', d: csv })).importNetwork;
    expect(r.people.map((p: { alias: string }) => p.alias)).toEqual(names);
    expect(await other.counts()).toEqual(before);
  });
});

describe('a board of a few hundred people', () => {
  it('imports 300 people and 600 ties in one go, then analyses them with one access-log row naming all 300', async () => {
    // A ring of 300 (each tied to the next) plus chords to the person 7 further on: by hand every
    // person has degree 4 and the network is one component with density 600 / (300·299/2).
    const b = await BoardBuilder.create(coord, 'Import: three hundred');
    const name = (i: number) => `Ring ${String(i % 300).padStart(3, '0')}`;
    const lines = ['source,target,type,strength'];
    for (let i = 0; i < 300; i++) lines.push(`${name(i)},${name(i + 1)},FRIEND,3`, `${name(i)},${name(i + 7)},CLASSMATE,2`);
    const r = (await coord.ok(importQ, { b: b.boardId, f: 'CSV', d: lines.join('\n') })).importNetwork;
    expect(r).toMatchObject({ peopleCreated: 300, tiesCreated: 600, tiesSkipped: 0 });
    const ids = r.people.map((p: { id: string }) => p.id);
    const d = await expectOneAudit(server.db, () => coord.ok(`query($b: ID!) { boardAnalysis(boardId: $b) { personCount tieCount components density people { degree } } }`, { b: b.boardId }), {
      action: 'READ', purpose: 'Query.boardAnalysis', personIds: ids,
    });
    expect(d.boardAnalysis).toMatchObject({ personCount: 300, tieCount: 600, components: 1 });
    expect(d.boardAnalysis.density).toBeCloseTo(600 / ((300 * 299) / 2), 12);
    expect(new Set(d.boardAnalysis.people.map((p: { degree: number }) => p.degree))).toEqual(new Set([4]));
  });
});

describe('importNetwork: bad files write nothing', () => {
  let b: BoardBuilder;
  beforeAll(async () => {
    b = await BoardBuilder.create(coord, 'Import: refused');
    await b.peopleNamed('Gry', 'Hal');
    await b.tie('Gry', 'Hal');
  });

  async function refused(format: string, data: string, lang = 'en'): Promise<Record<string, unknown> & { message: string }> {
    const before = await b.counts();
    const client = lang === 'en' ? coord : await new TestClient(server.url, lang).login('coordinator');
    const since = await auditMark(server.db);
    const r = await client.gql(importQ, { b: b.boardId, f: format, d: data });
    expect(r.errors, JSON.stringify(r.data)).toHaveLength(1);
    expect(r.data?.importNetwork ?? null).toBeNull();
    expect((await auditSince(server.db, since)).filter((x) => x.purpose === 'Mutation.importNetwork')).toEqual([]);
    expect(await b.counts()).toEqual(before);
    return { ...(r.errors![0]!.extensions as Record<string, unknown>), message: r.errors![0]!.message };
  }

  it('names the CSV line', async () => {
    const e = await refused('CSV', 'source,target,type\nGry,Ivo,FRIEND\nIvo,Jon,ENEMY\n');
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', importError: 'UNKNOWN_TIE_TYPE', line: 3, element: null });
    expect(e.message).toMatch(/^Nothing was imported\. Line 3: unknown tie type\. Use one of FRIEND, FAMILY/);
    expect(await refused('CSV', 'source,target\nGry,Ivo\nIvo,\n')).toMatchObject({ importError: 'MISSING_VALUE', line: 3 });
    expect(await refused('CSV', 'from,to\nGry,Ivo\n')).toMatchObject({ importError: 'MISSING_COLUMN', line: 1 });
    expect(await refused('CSV', 'source,target,strength\nGry,Ivo,2.5\n')).toMatchObject({ importError: 'BAD_STRENGTH', line: 2 });
  });

  it('names the GraphML element and its line; refuses any DTD', async () => {
    const xml = `<graphml>\n<graph>\n<node id="n1"/>\n<edge id="e1" source="n1" target="n9"/>\n</graph>\n</graphml>`;
    const e = await refused('GRAPHML', xml);
    expect(e).toMatchObject({ importError: 'UNKNOWN_PERSON', line: 4, element: '<edge id="e1" source="n1" target="n9">' });
    expect(e.message).toBe('Nothing was imported. Line 4, <edge id="e1" source="n1" target="n9">: the edge names a node that is not in the file.');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaa">]>\n<graphml><graph><node id="&a;"/></graph></graphml>`;
    expect(await refused('GRAPHML', bomb)).toMatchObject({ importError: 'DTD_NOT_ALLOWED', line: 2 });
    expect(await refused('GRAPHML', '<graphml><graph><node id="x"></graph>')).toMatchObject({ importError: 'MALFORMED_XML' });
  });

  it('refuses a name two people on the board share, and two names in the file that are one person', async () => {
    await b.person('Kit');
    await b.person('KIT');
    const e = await refused('CSV', 'source,target\nkit,Gry\n');
    expect(e).toMatchObject({ importError: 'AMBIGUOUS_ALIAS', line: null });
    expect(e.message).toBe('Nothing was imported. More than one person on the board is called "kit": rename one of them, then import again.');
    expect(await refused('CSV', 'source,target\nLou,lou\n')).toMatchObject({ importError: 'SAME_PERSON' });
    expect(await refused('CSV', `source,target\nGry,${'x'.repeat(61)}\n`)).toMatchObject({ importError: 'BAD_ALIAS' });
  });

  it('says it in Swedish and Danish', async () => {
    const sv = await refused('CSV', 'source,target,type\nGry,Ivo,ENEMY\n', 'sv');
    expect(sv.message).toMatch(/^Ingenting importerades\. Rad 2: okänd typ av band\./);
    const da = await refused('CSV', 'source,target,type\nGry,Ivo,ENEMY\n', 'da');
    expect(da.message).toMatch(/^Intet blev importeret\. Linje 2: ukendt relationstype\./);
  });

  it('is not for managers, nor for boards one is not on', async () => {
    await addToTeam(coord, server.db, b.boardId, 'manager');
    const mgr = await new TestClient(server.url).login('manager');
    expectCode(await mgr.gql(importQ, { b: b.boardId, f: 'CSV', d: 'source,target\nA,B\n' }), 'FORBIDDEN');
    const member = await new TestClient(server.url).login('member');
    const before = await b.counts();
    expectCode(await member.gql(importQ, { b: b.boardId, f: 'CSV', d: 'source,target\nMo,Ny\n' }), 'NOT_FOUND');
    expect(await b.counts()).toEqual(before);
  });
});

describe('exportNetwork', () => {
  let src: BoardBuilder;
  beforeAll(async () => {
    src = await BoardBuilder.create(coord, 'Export: source');
    await src.peopleNamed('Olle', 'Pia', 'Quin', 'Rut', '=Sum');
    await src.tie('Olle', 'Pia', { type: 'FRIEND', strength: 4 });
    await src.tie('Pia', 'Quin', { type: 'CONFLICT', strength: 2, valence: 'HARMFUL' });
    await src.tie('Quin', '=Sum', { type: 'LOOKS_UP_TO', strength: 5, valence: 'AMBIVALENT', directed: true });
    // Shared under §115: never exported.
    await src.tie('Olle', 'Rut', { type: 'CO_OFFENDING', strength: 3, valence: 'HARMFUL', legalBasis: 'SSP_115' });
  });

  it('writes GraphML, logged as one EXPORT naming the board’s people', async () => {
    const everyone = [...src.people.values()];
    const d = await expectOneAudit(server.db, () => coord.ok(exportQ, { b: src.boardId, f: 'GRAPHML' }), { action: 'EXPORT', purpose: 'Query.exportNetwork:PREVENTION', personIds: everyone });
    const x = d.exportNetwork;
    expect(x).toMatchObject({ format: 'GRAPHML', mimeType: 'application/graphml+xml', people: 5, ties: 3, tiesWithheld: 1 });
    expect(x.filename).toMatch(/^tavla-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.graphml$/);
    expect((x.content.match(/<node /g) ?? []).length).toBe(5);
    expect((x.content.match(/<edge /g) ?? []).length).toBe(3);
    expect(x.content).not.toContain(src.ties.get('Olle-Rut'));
    expect(x.content).toContain('<data key="label">Olle</data>');
  });

  it('round-trips through GraphML and CSV into new boards (all but valence, which files do not carry)', async () => {
    const source = await network(src.boardId);
    const strip = (ties: string[]) => ties.filter((t) => !t.startsWith('Olle>Rut')).map((t) => t.split(' ').slice(0, 3).join(' ')).sort();
    for (const f of ['GRAPHML', 'CSV']) {
      const content = (await coord.ok(exportQ, { b: src.boardId, f })).exportNetwork.content;
      const dst = await BoardBuilder.create(coord, `Export: into ${f}`);
      await coord.ok(importQ, { b: dst.boardId, f, d: content });
      const got = await network(dst.boardId);
      // A CSV edge list has only people with ties (Rut's only tie was withheld); its spreadsheet
      // guard turns "=Sum" into "'=Sum".
      const people = f === 'CSV' ? ["'=Sum", 'Olle', 'Pia', 'Quin'] : source.people;
      expect(got.people, f).toEqual(people);
      const want = strip(source.ties).map((t) => (f === 'CSV' ? t.replace('=Sum', "'=Sum") : t)).sort();
      expect(strip(got.ties), f).toEqual(want);
    }
  });

  it('writes GEXF for Gephi', async () => {
    const x = (await coord.ok(exportQ, { b: src.boardId, f: 'GEXF' })).exportNetwork;
    expect(x.content).toContain('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
    expect(x.content).toMatch(/type="directed" weight="5"/);
    expect((x.content.match(/<edge /g) ?? []).length).toBe(3);
  });

  it('is for the coordinator only (the policy lets no other role take a board out of Tavla)', async () => {
    await addToTeam(coord, server.db, src.boardId, 'analyst');
    const analyst = await new TestClient(server.url).login('analyst');
    expectCode(await analyst.gql(exportQ, { b: src.boardId, f: 'CSV' }), 'FORBIDDEN');
    const member = await new TestClient(server.url).login('member');
    expectCode(await member.gql(exportQ, { b: src.boardId, f: 'CSV' }), 'FORBIDDEN');

  });
});
