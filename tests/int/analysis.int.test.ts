// Board analysis over the API, on boards with shapes whose metrics are worked out by hand:
//   the path  Ada - Bea - Cem - Dag   (Ada-Bea FRIEND 3, Bea-Cem CLASSMATE 3, Cem-Dag FAMILY 1)
//   the star  Sol at the centre of Li1..Li4 (all FRIEND 3, SUPPORTIVE)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { BoardBuilder, byAlias } from '../support/network.js';
import { addToTeam, expectCode, expectOneAudit, missingId } from '../support/fixtures.js';

let server: TestServer;
let coord: TestClient;
let path: BoardBuilder;
let star: BoardBuilder;

const contract = `query($b: ID!) { boardAnalysis(boardId: $b) { people { person { id alias } degree betweenness closeness pageRank community } components density } }`;

beforeAll(async () => {
  server = await startTestServer();
  coord = await new TestClient(server.url).login('coordinator');
  path = await BoardBuilder.create(coord, 'Analysis: path');
  await path.peopleNamed('Ada', 'Bea', 'Cem', 'Dag');
  await path.tie('Ada', 'Bea', { type: 'FRIEND' });
  await path.tie('Bea', 'Cem', { type: 'CLASSMATE' });
  await path.tie('Cem', 'Dag', { type: 'FAMILY', strength: 1 });
  star = await BoardBuilder.create(coord, 'Analysis: star');
  await star.peopleNamed('Sol', 'Li1', 'Li2', 'Li3', 'Li4');
  for (const leaf of ['Li1', 'Li2', 'Li3', 'Li4']) await star.tie('Sol', leaf);
});
afterAll(async () => {
  await server.stop();
});

describe('boardAnalysis: the contract query on a path of four', () => {
  it('gives degree, betweenness, closeness, PageRank and communities worked out by hand', async () => {
    const d = await coord.ok(contract, { b: path.boardId });
    const m = byAlias<{ person: { id: string; alias: string }; degree: number; betweenness: number; closeness: number; pageRank: number; community: number }>(d.boardAnalysis.people);
    expect(Object.keys(m).sort()).toEqual(['Ada', 'Bea', 'Cem', 'Dag']);
    expect(m.Ada!.person.id).toBe(path.id('Ada'));
    expect([m.Ada!.degree, m.Bea!.degree, m.Cem!.degree, m.Dag!.degree]).toEqual([1, 2, 2, 1]);
    // Bea lies on the shortest paths Ada-Cem and Ada-Dag: 2 of the 3 pairs of others.
    expect(m.Bea!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(m.Cem!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(m.Ada!.betweenness).toBe(0);
    // Ada's distances 1, 2, 3: 3/6. Bea's 1, 1, 2: 3/4.
    expect(m.Ada!.closeness).toBeCloseTo(0.5, 12);
    expect(m.Bea!.closeness).toBeCloseTo(0.75, 12);
    // PageRank (α 0.85): by symmetry Ada = Dag = x, Bea = Cem = y with x = 0.0375 + 0.425y and
    // y = 0.0375 + 0.85x + 0.425y, so y = 37/114 and x = 10/57.
    expect(m.Ada!.pageRank).toBeCloseTo(10 / 57, 5);
    expect(m.Bea!.pageRank).toBeCloseTo(37 / 114, 5);
    // Louvain: {Ada, Bea} {Cem, Dag} has modularity 1/6, the best split of a path of four.
    expect(m.Ada!.community).toBe(m.Bea!.community);
    expect(m.Cem!.community).toBe(m.Dag!.community);
    expect(m.Ada!.community).not.toBe(m.Cem!.community);
    expect(d.boardAnalysis.components).toBe(1);
    expect(d.boardAnalysis.density).toBeCloseTo(3 / 6, 12);
  });

  it('counts only the ties the filter asks for, and says which filter it used', async () => {
    const q = `query($b: ID!, $f: TieFilterInput) { boardAnalysis(boardId: $b, filter: $f) {
      components largestComponent density tieCount filter { minStrength types includeHarmful directed weighted asOf } people { person { alias } betweenness } } }`;
    // Cem-Dag has strength 1: without it Dag is alone and the rest is a path of three.
    const strong = (await coord.ok(q, { b: path.boardId, f: { minStrength: 2 } })).boardAnalysis;
    expect([strong.components, strong.largestComponent, strong.tieCount]).toEqual([2, 3, 2]);
    expect(strong.density).toBeCloseTo(2 / 6, 12);
    expect(strong.filter).toMatchObject({ minStrength: 2, types: null, includeHarmful: true, directed: false, weighted: false });
    expect(strong.filter.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Bea is between Ada and Cem only: 1 of the 3 pairs of others (n = 4 still).
    expect(byAlias<{ person: { alias: string }; betweenness: number }>(strong.people).Bea!.betweenness).toBeCloseTo(1 / 3, 12);
    const friends = (await coord.ok(q, { b: path.boardId, f: { types: ['FRIEND'] } })).boardAnalysis;
    expect([friends.components, friends.tieCount]).toEqual([3, 1]);
    // Before the ties existed: four people, no ties.
    const past = (await coord.ok(q, { b: path.boardId, f: { asOf: '2020-01-01' } })).boardAnalysis;
    expect([past.components, past.tieCount, past.density]).toEqual([4, 0, 0]);
  });

  it('refuses a bad filter per field', async () => {
    const q = `query($b: ID!, $f: TieFilterInput) { boardAnalysis(boardId: $b, filter: $f) { density } }`;
    const r = await coord.gql(q, { b: path.boardId, f: { minStrength: 9, valences: ['HARMFUL', 'HARMFUL', 'SUPPORTIVE', 'AMBIVALENT'] } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'filter.minStrength', message: 'Must be at most 5.' },
      { field: 'filter.valences', message: 'At most 3 allowed.' },
    ]);
    // Not a date at all: refused by the Date scalar before the resolver.
    expect((await coord.gql(q, { b: path.boardId, f: { asOf: '2026-02-30' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('groups, brokers, bridges', () => {
  let g1: string;
  let g2: string;
  beforeAll(async () => {
    g1 = await path.group('Ada and Bea', ['Ada', 'Bea']);
    g2 = await path.group('Dag alone', ['Dag']);
  });

  it('gives group metrics, brokers and bridges as worked out by hand', async () => {
    const d = await coord.ok(`query($b: ID!) { boardAnalysis(boardId: $b) {
      groups { group { id } size density tiesInside tiesOutside mostCentral { alias } }
      brokers { person { alias } groupsReached { id } tiesByGroup { group { id } people } }
      bridges { people { alias } tieIds sides } } }`, { b: path.boardId });
    const a = d.boardAnalysis;
    const groups = Object.fromEntries(a.groups.map((g: { group: { id: string } }) => [g.group.id, g]));
    expect(groups[g1]).toMatchObject({ size: 2, density: 1, tiesInside: 1, tiesOutside: 1, mostCentral: { alias: 'Bea' } });
    expect(groups[g2]).toMatchObject({ size: 1, density: 0, tiesInside: 0, tiesOutside: 1, mostCentral: { alias: 'Dag' } });
    // Cem is in no group but tied to Bea (group 1) and Dag (group 2): the only broker.
    expect(a.brokers).toHaveLength(1);
    expect(a.brokers[0].person.alias).toBe('Cem');
    expect(a.brokers[0].groupsReached.map((g: { id: string }) => g.id).sort()).toEqual([g1, g2].sort());
    expect(a.brokers[0].tiesByGroup.map((x: { people: number }) => x.people)).toEqual([1, 1]);
    // Every tie of a path is a bridge; cutting it leaves sides of 1+3, 2+2 and 3+1.
    const bridges = a.bridges.map((b: { people: { alias: string }[]; tieIds: string[]; sides: number[] }) => [
      b.people.map((p) => p.alias).sort().join('-'), b.tieIds, [...b.sides].sort(),
    ]);
    expect(bridges.sort()).toEqual([
      ['Ada-Bea', [path.ties.get('Ada-Bea')], [1, 3]],
      ['Bea-Cem', [path.ties.get('Bea-Cem')], [2, 2]],
      ['Cem-Dag', [path.ties.get('Cem-Dag')], [1, 3]],
    ]);
  });

  it('ranks tone-setter candidates with translated reasons and the caution, for the board or a group', async () => {
    const q = `query($b: ID!, $g: ID) { boardAnalysis(boardId: $b) { toneSetterCandidates(groupId: $g, limit: 3) {
      members subgroups candidates { person { alias } rank isMember reasons { code text } } caveats { code text } caution } } }`;
    const s = (await coord.ok(q, { b: star.boardId })).boardAnalysis.toneSetterCandidates;
    expect(s.members).toBe(5);
    expect(s.candidates).toHaveLength(3);
    expect(s.candidates[0]).toMatchObject({ person: { alias: 'Sol' }, rank: 1, isMember: true });
    expect(s.candidates[0].reasons[0]).toEqual({ code: 'TIES_TO_MEMBERS', text: 'Tied to 4 of the 4 other members.' });
    expect(s.candidates[0].reasons).toContainEqual({ code: 'HIGH_PAGERANK', text: 'Number 1 of 5 by PageRank (ties from well-connected people).' });
    expect(s.caveats).toEqual([{ code: 'DEPENDS_ON_REPORTED_TIES', text: 'Based only on the 4 ties recorded: the ranking changes with who reported which ties.' }]);
    expect(s.caution).toMatch(/^These are candidates, not findings\./);
    const sv = await new TestClient(server.url, 'sv').login('coordinator');
    const ssv = (await sv.ok(q, { b: star.boardId })).boardAnalysis.toneSetterCandidates;
    expect(ssv.candidates[0].reasons[0].text).toBe('Har band till 4 av de 4 andra medlemmarna.');
    expect(ssv.caution).toMatch(/^Det här är kandidater, inte slutsatser\./);
    // For the group {Ada, Bea}: Cem is tied to one of them and is outside the group.
    const g = (await coord.ok(q, { b: path.boardId, g: g1 })).boardAnalysis.toneSetterCandidates;
    expect(g.members).toBe(2);
    const cem = g.candidates.find((c: { person: { alias: string } }) => c.person.alias === 'Cem');
    expect(cem.isMember).toBe(false);
    expect(cem.reasons.map((r: { code: string }) => r.code)).toContain('OUTSIDE_GROUP');
    const bad = await coord.gql(q, { b: star.boardId, g: g1 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('what-ifs write nothing', () => {
  it('simulateRemoval of the star centre leaves the four leaves isolated', async () => {
    const before = await star.counts();
    const d = await coord.ok(`query($b: ID!, $p: [ID!]!) { simulateRemoval(boardId: $b, personIds: $p) { componentsBefore componentsAfter isolated { id alias } } }`, {
      b: star.boardId, p: [star.id('Sol')],
    });
    expect(d.simulateRemoval.componentsBefore).toBe(1);
    expect(d.simulateRemoval.componentsAfter).toBe(4);
    expect(d.simulateRemoval.isolated.map((p: { alias: string }) => p.alias).sort()).toEqual(['Li1', 'Li2', 'Li3', 'Li4']);
    expect(await star.counts()).toEqual(before);
  });

  it('simulate: cutting Sol-Li1 and planning Li2-Li3 (worked by hand)', async () => {
    const grp = await star.group('Li1 and Li2', ['Li1', 'Li2']);
    const before = await star.counts();
    const d = await coord.ok(`query($b: ID!, $i: WhatIfInput!) { simulate(boardId: $b, input: $i) {
      before { people ties components largestComponent density } after { people ties components largestComponent density }
      isolated { alias } loseLastSupportiveTie { person { alias } supportivePartnersBefore }
      gainSupportiveTie { person { alias } supportivePartnersBefore supportivePartnersAfter }
      groupsSplit { group { id } members splitWithinGroup splitOnBoard partsWithinGroupBefore partsWithinGroupAfter partsOnBoardBefore partsOnBoardAfter } } }`, {
      b: star.boardId,
      i: { removeTies: [star.ties.get('Sol-Li1')], addTies: [{ sourceId: star.id('Li2'), targetId: star.id('Li3'), type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' }] },
    });
    const s = d.simulate;
    expect(s.before).toEqual({ people: 5, ties: 4, components: 1, largestComponent: 5, density: 0.4 });
    expect(s.after).toEqual({ people: 5, ties: 4, components: 2, largestComponent: 4, density: 0.4 });
    expect(s.isolated).toEqual([{ alias: 'Li1' }]);
    expect(s.loseLastSupportiveTie).toEqual([{ person: { alias: 'Li1' }, supportivePartnersBefore: 1 }]);
    expect(s.gainSupportiveTie.map((g: { person: { alias: string } }) => g.person.alias).sort()).toEqual(['Li2', 'Li3']);
    expect(s.gainSupportiveTie[0]).toMatchObject({ supportivePartnersBefore: 1, supportivePartnersAfter: 2 });
    // Li1 and Li2 were connected through Sol; after, Li1 is cut off. Among themselves they were never tied.
    expect(s.groupsSplit).toEqual([{
      group: { id: grp }, members: 2, splitWithinGroup: false, splitOnBoard: true,
      partsWithinGroupBefore: 2, partsWithinGroupAfter: 2, partsOnBoardBefore: 1, partsOnBoardAfter: 2,
    }]);
    expect(await star.counts()).toEqual(before);
  });

  it('refuses people and ties that are not on the board, per field', async () => {
    const r = await coord.gql(`query($b: ID!, $i: WhatIfInput!) { simulate(boardId: $b, input: $i) { componentsAfter } }`, {
      b: star.boardId, i: { removePeople: [path.id('Ada')], removeTies: [path.ties.get('Ada-Bea')] },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'input.removePeople.0', message: 'This person is not on the board.' },
      { field: 'input.removeTies.0', message: 'This tie is not on the board on that day.' },
    ]);
  });
});

describe('ego networks and shortest paths', () => {
  it('egoNetwork: two steps from Ada reach Bea and Cem', async () => {
    const d = await coord.ok(`query($b: ID!, $p: ID!) { egoNetwork(boardId: $b, personId: $p, steps: 2) { person { alias } steps people { person { alias } distance } ties { id type source { alias } target { alias } } } }`, {
      b: path.boardId, p: path.id('Ada'),
    });
    expect(d.egoNetwork.people).toEqual([{ person: { alias: 'Ada' }, distance: 0 }, { person: { alias: 'Bea' }, distance: 1 }, { person: { alias: 'Cem' }, distance: 2 }]);
    expect(d.egoNetwork.ties.map((t: { id: string }) => t.id).sort()).toEqual([path.ties.get('Ada-Bea'), path.ties.get('Bea-Cem')].sort());
    const bad = await coord.gql(`query($b: ID!, $p: ID!) { egoNetwork(boardId: $b, personId: $p, steps: 4) { steps } }`, { b: path.boardId, p: path.id('Ada') });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ field: 'steps', message: 'Must be at most 3.' }]);
  });

  it('shortestPath: Ada to Dag with the tie types along it; none when the filter cuts it', async () => {
    const q = `query($b: ID!, $a: ID!, $z: ID!, $f: TieFilterInput) { shortestPath(boardId: $b, fromId: $a, toId: $z, filter: $f) { people { alias } steps { from { alias } to { alias } types ties { id } } hops length } }`;
    const d = await coord.ok(q, { b: path.boardId, a: path.id('Ada'), z: path.id('Dag') });
    expect(d.shortestPath.people.map((p: { alias: string }) => p.alias)).toEqual(['Ada', 'Bea', 'Cem', 'Dag']);
    expect(d.shortestPath.steps.map((s: { types: string[] }) => s.types)).toEqual([['FRIEND'], ['CLASSMATE'], ['FAMILY']]);
    expect([d.shortestPath.hops, d.shortestPath.length]).toEqual([3, 3]);
    // Weighted: steps cost 1/strength: 1/3 + 1/3 + 1/1.
    const w = await coord.ok(q, { b: path.boardId, a: path.id('Ada'), z: path.id('Dag'), f: { weighted: true } });
    expect(w.shortestPath.length).toBeCloseTo(5 / 3, 12);
    const cut = await coord.ok(q, { b: path.boardId, a: path.id('Ada'), z: path.id('Dag'), f: { minStrength: 2 } });
    expect(cut.shortestPath).toBeNull();
  });
});

describe('access', () => {
  it('a user not on the board gets the same as for a missing board', async () => {
    const member = await new TestClient(server.url).login('member');
    const denied = await member.gql(contract, { b: path.boardId });
    const missing = await member.gql(contract, { b: missingId('brd') });
    expect(denied.data).toEqual({ boardAnalysis: null });
    expect(denied.data).toEqual(missing.data);
    expect(denied.errors).toEqual(missing.errors);
    const q = `query($b: ID!, $p: [ID!]!) { simulateRemoval(boardId: $b, personIds: $p) { componentsAfter } }`;
    const sDenied = await member.gql(q, { b: path.boardId, p: [path.id('Ada')] });
    const sMissing = await member.gql(q, { b: missingId('brd'), p: [path.id('Ada')] });
    expectCode(sDenied, 'NOT_FOUND');
    expect(sDenied.errors).toEqual(sMissing.errors);
    const job = await member.gql(`mutation($b: ID!) { startBoardAnalysis(boardId: $b) { id } }`, { b: path.boardId });
    expectCode(job, 'NOT_FOUND');
  });

  it('the admin holds no case data; a manager on the team sees pseudonyms', async () => {
    const admin = await new TestClient(server.url).login('admin');
    expectCode(await admin.gql(contract, { b: path.boardId }), 'FORBIDDEN');
    await addToTeam(coord, server.db, path.boardId, 'manager');
    const mgr = await new TestClient(server.url).login('manager');
    const d = await mgr.ok(contract, { b: path.boardId });
    for (const p of d.boardAnalysis.people) expect(p.person.alias).toMatch(/^P-[0-9A-F]{6}$/);
    expect(JSON.stringify(d)).not.toMatch(/Ada|Bea|Cem|Dag/);
  });
});

describe('audit', () => {
  it('each analysis call leaves one READ row naming the board’s people, and no data', async () => {
    const everyone = [...path.people.values()];
    await expectOneAudit(server.db, () => coord.ok(contract, { b: path.boardId }), { action: 'READ', purpose: 'Query.boardAnalysis', personIds: everyone }, ['Ada', 'Bea']);
    await expectOneAudit(server.db, () => coord.ok(`query($b: ID!, $p: [ID!]!) { simulateRemoval(boardId: $b, personIds: $p) { componentsAfter } }`, { b: path.boardId, p: [path.id('Bea')] }), {
      action: 'READ', purpose: 'Query.simulateRemoval', personIds: everyone,
    });
    await expectOneAudit(server.db, () => coord.ok(`query($b: ID!, $a: ID!, $z: ID!) { shortestPath(boardId: $b, fromId: $a, toId: $z) { hops } }`, { b: path.boardId, a: path.id('Ada'), z: path.id('Cem') }), {
      action: 'READ', purpose: 'Query.shortestPath', personIds: everyone,
    });
  });
});

describe('cache', () => {
  it('serves an unchanged board from the cache, and recomputes after any change', async () => {
    const b = await BoardBuilder.create(coord, 'Analysis: cache');
    await b.peopleNamed('Uno', 'Duo', 'Tre');
    await b.tie('Uno', 'Duo');
    const q = `query($b: ID!, $f: TieFilterInput) { boardAnalysis(boardId: $b, filter: $f) { cached components } }`;
    expect((await coord.ok(q, { b: b.boardId })).boardAnalysis).toEqual({ cached: false, components: 2 });
    expect((await coord.ok(q, { b: b.boardId })).boardAnalysis).toEqual({ cached: true, components: 2 });
    // Another filter is another analysis; the same filter written differently is not.
    expect((await coord.ok(q, { b: b.boardId, f: { weighted: true } })).boardAnalysis.cached).toBe(false);
    expect((await coord.ok(q, { b: b.boardId, f: { weighted: false, includeHarmful: true } })).boardAnalysis.cached).toBe(true);
    await b.tie('Duo', 'Tre');
    expect((await coord.ok(q, { b: b.boardId })).boardAnalysis).toEqual({ cached: false, components: 1 });
    // An edit to a tie's strength changes nothing the unweighted metrics read... but it is part
    // of the network, so the key changes and the result is recomputed (never stale).
    const tieId = b.ties.get('Duo-Tre')!;
    await coord.ok('mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }', { input: { id: tieId, version: 1, strength: 5 } });
    expect((await coord.ok(q, { b: b.boardId })).boardAnalysis.cached).toBe(false);
    await coord.ok('mutation($input: EndTieInput!) { endTie(input: $input) { id } }', { input: { id: tieId, version: 2 } });
    expect((await coord.ok(q, { b: b.boardId })).boardAnalysis).toEqual({ cached: true, components: 2 });
  });
});
