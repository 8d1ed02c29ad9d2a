// areaNetwork: an area's network across the boards the viewer is on, and nothing from any other.
//
// Area "Norrdal" has boards A1, A2 (the analyst is on both) and B (the analyst is not); C is the
// analyst's board outside the area.
//   A1: Ari, Ben, Cas, group G1 {Ari, Ben, Cas}; ties Ari-Ben, Ben-Cas
//   A2: Cas (the same person), Dan, Eva, group G2 {Dan, Eva}; ties Cas-Dan, Dan-Eva
//   B:  Fia, Gus, and Ari, Ben, Eva too; group G3 {Fia, Gus}; ties Fia-Gus, Fia-Ari, Ben-Eva
//   C:  Ari, Hal; tie Ari-Hal
// The analyst sees the path Ari-Ben-Cas-Dan-Eva and no more: Ben-Eva is only on B, Fia and Gus
// only on B, Hal is not in the area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { BoardBuilder, byAlias } from '../support/network.js';
import { addToTeam, expectCode, expectOneAudit, missingId } from '../support/fixtures.js';

let server: TestServer;
let coord: TestClient;
let analyst: TestClient;
let areaId: string;
let a1: BoardBuilder;
let a2: BoardBuilder;
let b: BoardBuilder;
let c: BoardBuilder;
const groups: Record<string, string> = {};

const q = `query($a: ID!) { areaNetwork(areaId: $a) {
  area { id }
  boards { id }
  people { person { id alias } boards { id } }
  groups { group { id } boards { id } }
  ties { id source { alias } target { alias } }
  groupConnections { source { id } target { id } ties sharedMembers acrossTeams }
  connectors { person { alias } groups { id } boards { id } }
  analysis { personCount tieCount components density cached people { person { alias } degree betweenness }
             groups { group { id } size tiesInside } brokers { person { alias } } }
} }`;

beforeAll(async () => {
  server = await startTestServer();
  coord = await new TestClient(server.url).login('coordinator');
  areaId = (await coord.ok('mutation { createArea(input: { name: "Norrdal (test)", municipality: "Testby" }) { id } }')).createArea.id;
  a1 = await BoardBuilder.create(coord, 'Area: A1', areaId);
  a2 = await BoardBuilder.create(coord, 'Area: A2', areaId);
  b = await BoardBuilder.create(coord, 'Area: B, another team', areaId);
  c = await BoardBuilder.create(coord, 'Area: C, elsewhere');
  for (const board of [a1, a2, c]) await addToTeam(coord, server.db, board.boardId, 'analyst');

  await a1.peopleNamed('Ari', 'Ben', 'Cas');
  groups.G1 = await a1.group('G1', ['Ari', 'Ben', 'Cas'], areaId);
  await a1.tie('Ari', 'Ben');
  await a1.tie('Ben', 'Cas');

  await a2.person('Cas', a1.id('Cas'));
  await a2.peopleNamed('Dan', 'Eva');
  groups.G2 = await a2.group('G2', ['Dan', 'Eva'], areaId);
  await a2.tie('Cas', 'Dan');
  await a2.tie('Dan', 'Eva');

  await b.peopleNamed('Fia', 'Gus');
  await b.person('Ari', a1.id('Ari'));
  await b.person('Ben', a1.id('Ben'));
  await b.person('Eva', a2.id('Eva'));
  groups.G3 = await b.group('G3', ['Fia', 'Gus'], areaId);
  await b.tie('Fia', 'Gus');
  await b.tie('Fia', 'Ari');
  await b.tie('Ben', 'Eva');

  await c.person('Ari', a1.id('Ari'));
  await c.person('Hal');
  await c.tie('Ari', 'Hal');

  analyst = await new TestClient(server.url).login('analyst');
});
afterAll(async () => {
  await server.stop();
});

describe('areaNetwork for an analyst on two of the area’s three boards', () => {
  it('is the path Ari-Ben-Cas-Dan-Eva, with metrics worked out by hand', async () => {
    const n = (await analyst.ok(q, { a: areaId })).areaNetwork;
    expect(n.area.id).toBe(areaId);
    expect(n.boards.map((x: { id: string }) => x.id).sort()).toEqual([a1.boardId, a2.boardId].sort());
    expect(n.people.map((p: { person: { alias: string } }) => p.person.alias).sort()).toEqual(['Ari', 'Ben', 'Cas', 'Dan', 'Eva']);
    expect(n.ties.map((t: { source: { alias: string }; target: { alias: string } }) => `${t.source.alias}-${t.target.alias}`).sort()).toEqual(['Ari-Ben', 'Ben-Cas', 'Cas-Dan', 'Dan-Eva']);
    const a = n.analysis;
    expect([a.personCount, a.tieCount, a.components]).toEqual([5, 4, 1]);
    expect(a.density).toBeCloseTo(4 / 10, 12);
    // On a path of five, Cas is between 4 of the 6 pairs of others, Ben between 3.
    const m = byAlias<{ person: { alias: string }; degree: number; betweenness: number }>(a.people);
    expect(m.Cas!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(m.Ben!.betweenness).toBeCloseTo(1 / 2, 12);
    expect(m.Ari!.betweenness).toBe(0);
    expect(m.Ben!.degree).toBe(2);
  });

  it('says which of the viewer’s boards hold each person and group, naming no other board', async () => {
    const n = (await analyst.ok(q, { a: areaId })).areaNetwork;
    const boardsOf = (alias: string) => n.people.find((p: { person: { alias: string } }) => p.person.alias === alias).boards.map((x: { id: string }) => x.id).sort();
    expect(boardsOf('Ari')).toEqual([a1.boardId, c.boardId].sort());
    expect(boardsOf('Cas')).toEqual([a1.boardId, a2.boardId].sort());
    expect(boardsOf('Eva')).toEqual([a2.boardId]);
    expect(Object.fromEntries(n.groups.map((g: { group: { id: string }; boards: { id: string }[] }) => [g.group.id, g.boards.map((x) => x.id)]))).toEqual({
      [groups.G1!]: [a1.boardId], [groups.G2!]: [a2.boardId],
    });
  });

  it('links G1 and G2 through Cas-Dan, across teams, and names Cas and Dan as the connectors', async () => {
    const n = (await analyst.ok(q, { a: areaId })).areaNetwork;
    const [s, t] = [groups.G1!, groups.G2!].sort();
    expect(n.groupConnections).toEqual([{ source: { id: s }, target: { id: t }, ties: 1, sharedMembers: 0, acrossTeams: true }]);
    expect(n.connectors.map((x: { person: { alias: string } }) => x.person.alias).sort()).toEqual(['Cas', 'Dan']);
    for (const x of n.connectors) {
      expect(x.groups.map((g: { id: string }) => g.id).sort()).toEqual([s, t]);
      expect(x.boards.map((g: { id: string }) => g.id).sort()).toEqual([a1.boardId, a2.boardId].sort());
    }
  });

  it('reveals nothing of board B: no board, person, group or tie id, and no count', async () => {
    const raw = JSON.stringify((await analyst.ok(q, { a: areaId })).areaNetwork);
    const hidden = [b.boardId, b.id('Fia'), b.id('Gus'), c.id('Hal'), groups.G3!, ...b.ties.values(), c.ties.get('Ari-Hal')!];
    for (const id of hidden) expect(raw).not.toContain(id);
    expect(raw).not.toMatch(/Fia|Gus|Hal/);
  });

  it('is one READ in the access log naming the five people', async () => {
    await expectOneAudit(server.db, () => analyst.ok(q, { a: areaId }), {
      action: 'READ', purpose: 'Query.areaNetwork', personIds: [a1.id('Ari'), a1.id('Ben'), a1.id('Cas'), a2.id('Dan'), a2.id('Eva')],
    }, ['Ari', 'Norrdal']);
  });
});

describe('areaNetwork for others', () => {
  it('the coordinator, on all three boards, sees board B too (so it was there to hide)', async () => {
    const n = (await coord.ok(q, { a: areaId })).areaNetwork;
    expect(n.boards).toHaveLength(3);
    expect(n.people.map((p: { person: { alias: string } }) => p.person.alias).sort()).toEqual(['Ari', 'Ben', 'Cas', 'Dan', 'Eva', 'Fia', 'Gus']);
    expect(n.ties.map((t: { source: { alias: string }; target: { alias: string } }) => `${t.source.alias}-${t.target.alias}`).sort()).toEqual([
      'Ari-Ben', 'Ben-Cas', 'Ben-Eva', 'Cas-Dan', 'Dan-Eva', 'Fia-Ari', 'Fia-Gus',
    ]);
    expect(n.groups).toHaveLength(3);
    // Ben-Eva now ties G1 to G2 directly; B holds neither group, so they stay across teams.
    expect(n.groupConnections.find((x: { source: { id: string }; target: { id: string } }) => [x.source.id, x.target.id].includes(groups.G2!) && [x.source.id, x.target.id].includes(groups.G1!)).ties).toBe(2);
  });

  it('someone on none of the area’s boards gets the area and an empty network; a missing area is null', async () => {
    const member = await new TestClient(server.url).login('member');
    const n = (await member.ok(q, { a: areaId })).areaNetwork;
    expect(n).toMatchObject({ boards: [], people: [], groups: [], ties: [], groupConnections: [], connectors: [], analysis: { personCount: 0, tieCount: 0, components: 0 } });
    expect((await member.ok(q, { a: missingId('are') })).areaNetwork).toBeNull();
    const admin = await new TestClient(server.url).login('admin');
    expectCode(await admin.gql(q, { a: areaId }), 'FORBIDDEN');
  });

  it('shows a manager pseudonyms only', async () => {
    await addToTeam(coord, server.db, a1.boardId, 'manager');
    const mgr = await new TestClient(server.url).login('manager');
    const n = (await mgr.ok(q, { a: areaId })).areaNetwork;
    expect(n.people).toHaveLength(3);
    for (const p of n.people) expect(p.person.alias).toMatch(/^P-[0-9A-F]{6}$/);
    expect(JSON.stringify(n)).not.toMatch(/Ari|Ben|Cas/);
  });
});
