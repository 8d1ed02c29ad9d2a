// The planning view against the real server and Neo4j, on a board built here with known data:
//
//   people: Amir and Bea in one group, Cem on his own, and an influential figure (never in scope).
//   assessed 10 days ago:  Amir  substance use 3, truancy 1, organised leisure 0
//                          Bea   substance use 2, organised leisure 2
//                          Cem   truancy 2
//   interventions:  I1 SPECIFIC ACTIVE, the group, reduces substance use, school responsible
//                   I2 INDIVIDUAL PLANNED, Cem, strengthens organised leisure, social services
//                   I3 GENERAL ACTIVE, no targets, no factors, social services
//                   I4 INDIVIDUAL COMPLETED, Cem, reduces truancy (out of the plan)
//   team: coordinator (social services), member (school); a police contact is responsible for Amir.
//
// Worked out by hand: rows are substance use (Amir 3, Bea 2: both reached by I1), truancy (Cem 2;
// Amir's 1 is not present) and organised leisure (Amir 0; Bea's 2 is active, not weak). Gaps:
// truancy nobody reduces for Cem (I4 is completed); Cem has no running intervention (I2 is only
// planned, I3 reaches no one); organised leisure nobody strengthens for Amir (I2 reaches Cem);
// I3 targets no factor; the police have nothing assigned.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { addToTeam, createBoard, createGroup, createPerson, expectBadInput, expectOneAudit, marker } from '../support/fixtures.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const PLANNING = `query($b: ID!, $p: ID, $g: ID, $asOf: Date) { planning(boardId: $b, personId: $p, groupId: $g, asOf: $asOf) {
  scope asOf people { id } interventions { id }
  rows { factor { id } covered interventionIds entries { person { id } level interventionIds } }
  gaps { kind factor { id } people { id } intervention { id } agency { id }
    suggestion { level targetPersonIds targetGroupIds reducesFactorIds strengthensFactorIds responsibleAgencyId } } } }`;

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let boardId: string;
let groupId: string;
let amir: string;
let bea: string;
let cem: string;
let f: Record<'drugs' | 'truancy' | 'leisure', string>;
let ag: Record<'social' | 'school' | 'police', string>;
let i: Record<'i1' | 'i2' | 'i3' | 'i4', string>;

type Gap = { kind: string; factor: { id: string } | null; people: { id: string }[]; intervention: { id: string } | null; agency: { id: string } | null; suggestion: Record<string, unknown> | null };

/** A gap as [kind, what it is about, whom]. */
const brief = (g: Gap) => [g.kind, g.factor?.id ?? g.intervention?.id ?? g.agency?.id ?? null, g.people.map((p) => p.id)];

beforeAll(async () => {
  server = await startTestServer();
  [coord, member] = await loginAll(server.url, 'coordinator', 'member');
  boardId = await createBoard(coord);
  await addToTeam(coord, server.db, boardId, 'member');
  [amir, bea, cem] = [await createPerson(coord, boardId, 'Amir Test'), await createPerson(coord, boardId, 'Bea Test'), await createPerson(coord, boardId, 'Cem Test')];
  await coord.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { boardId, kind: 'INFLUENTIAL_FIGURE', alias: 'Storebror Test' } });
  groupId = (await createGroup(coord, boardId)).id;
  for (const p of [amir, bea]) {
    await coord.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', { input: { groupId, personId: p, role: 'CORE', validFrom: day(-60) } });
  }
  const factors = (await coord.ok<{ factors: { id: string; key: string }[] }>('{ factors { id key } }')).factors;
  const key = (k: string) => factors.find((x) => x.key === k)!.id;
  f = { drugs: key('risk.individual.substance_use'), truancy: key('risk.school.truancy'), leisure: key('protective.community.organised_leisure') };
  const agencies = (await coord.ok<{ agencies: { id: string; name: string; contacts: { id: string }[] }[] }>('{ agencies { id name contacts { id } } }')).agencies;
  const find = (prefix: string) => agencies.find((a) => a.name.startsWith(prefix))!;
  ag = { social: find('Børn og Familie').id, school: find('Solbakkeskolen').id, police: find('Midtkyst Politi').id };
  await coord.ok('mutation($input: SetResponsibilityInput!) { setResponsibility(input: $input) { id } }', {
    input: { contactId: find('Midtkyst Politi').contacts[0]!.id, personId: amir, responsible: true },
  });
  const assess = (personId: string, factorId: string, level: number) =>
    coord.ok('mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id } }', { input: { personId, factorId, level, assessedOn: day(-10) } });
  await assess(amir, f.drugs, 3); await assess(amir, f.truancy, 1); await assess(amir, f.leisure, 0);
  await assess(bea, f.drugs, 2); await assess(bea, f.leisure, 2);
  await assess(cem, f.truancy, 2);
  const create = async (input: Record<string, unknown>) =>
    (await coord.ok('mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }', { input: { boardId, title: marker('Insats'), ...input } })).createIntervention.id as string;
  i = {
    i1: await create({ level: 'SPECIFIC', status: 'ACTIVE', targetGroupIds: [groupId], reducesFactorIds: [f.drugs], responsibleAgencyId: ag.school }),
    i2: await create({ level: 'INDIVIDUAL', status: 'PLANNED', targetPersonIds: [cem], strengthensFactorIds: [f.leisure], responsibleAgencyId: ag.social }),
    i3: await create({ level: 'GENERAL', status: 'ACTIVE', responsibleAgencyId: ag.social }),
    i4: await create({ level: 'INDIVIDUAL', status: 'COMPLETED', targetPersonIds: [cem], reducesFactorIds: [f.truancy], responsibleAgencyId: ag.social }),
  };
});

afterAll(async () => {
  await server?.stop();
});

describe('planning for a board', () => {
  test('rows are present risks and weak protective factors against the interventions that work on them; audited with the young people', async () => {
    const r = await expectOneAudit(server.db, () => coord.ok(PLANNING, { b: boardId }), { action: 'READ', purpose: 'Query.planning', personIds: [amir, bea, cem] });
    const p = r.planning;
    expect(p.scope).toBe('BOARD');
    expect(p.people.map((x: { id: string }) => x.id).sort()).toEqual([amir, bea, cem].sort());
    expect(p.interventions.map((x: { id: string }) => x.id).sort()).toEqual([i.i1, i.i2, i.i3].sort());
    const rows = Object.fromEntries(p.rows.map((row: any) => [row.factor.id, { covered: row.covered, cells: row.interventionIds, entries: row.entries.map((e: any) => [e.person.id, e.level, e.interventionIds]) }]));
    expect(rows).toEqual({
      [f.drugs]: { covered: true, cells: [i.i1], entries: expect.arrayContaining([[amir, 3, [i.i1]], [bea, 2, [i.i1]]]) },
      [f.truancy]: { covered: false, cells: [], entries: [[cem, 2, []]] },
      [f.leisure]: { covered: false, cells: [], entries: [[amir, 0, []]] },
    });
    // Risk rows before protective ones.
    expect(p.rows.at(-1).factor.id).toBe(f.leisure);
  });

  test('shows every kind of gap, each with what to pre-fill', async () => {
    const gaps: Gap[] = (await coord.ok(PLANNING, { b: boardId })).planning.gaps;
    expect(gaps.map(brief)).toEqual([
      ['UNADDRESSED_RISK', f.truancy, [cem]],
      ['NO_ACTIVE_INTERVENTION', null, [cem]],
      ['UNSUPPORTED_PROTECTIVE', f.leisure, [amir]],
      ['NO_FACTOR_TARGETED', i.i3, []],
      ['AGENCY_WITHOUT_ASSIGNMENT', ag.police, []],
    ]);
    expect(gaps[0]!.suggestion).toEqual({ level: 'INDIVIDUAL', targetPersonIds: [cem], targetGroupIds: [], reducesFactorIds: [f.truancy], strengthensFactorIds: [], responsibleAgencyId: null });
    expect(gaps[1]!.suggestion).toMatchObject({ level: 'INDIVIDUAL', targetPersonIds: [cem], reducesFactorIds: [f.truancy], strengthensFactorIds: [] });
    expect(gaps[3]!.suggestion).toBeNull();
    expect(gaps[4]!.suggestion).toMatchObject({ level: 'SPECIFIC', responsibleAgencyId: ag.police });
  });

  test('one action from a gap creates the intervention, and the gap closes', async () => {
    const board = await createBoard(coord);
    const dan = await createPerson(coord, board, 'Dan Test');
    await coord.ok('mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id } }', { input: { personId: dan, factorId: f.truancy, level: 3, assessedOn: day(-1) } });
    const before: Gap[] = (await coord.ok(PLANNING, { b: board })).planning.gaps;
    const gap = before.find((g) => g.kind === 'UNADDRESSED_RISK')!;
    // What the client does with the suggestion: createIntervention pre-filled, plus a title.
    await coord.ok('mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }', {
      input: { boardId: board, title: marker('Närvaroplan'), status: 'ACTIVE', ...gap.suggestion },
    });
    const after: Gap[] = (await coord.ok(PLANNING, { b: board })).planning.gaps;
    expect(after.filter((g) => g.kind === 'UNADDRESSED_RISK' || g.kind === 'NO_ACTIVE_INTERVENTION')).toEqual([]);
  });
});

describe('planning for one person or one group', () => {
  test('a person: only the interventions reaching them, and the team agencies doing nothing for them', async () => {
    const p = (await coord.ok(PLANNING, { b: boardId, p: cem })).planning;
    expect(p).toMatchObject({ scope: 'PERSON', people: [{ id: cem }], interventions: [{ id: i.i2 }] });
    expect(p.gaps.map(brief)).toEqual([
      ['UNADDRESSED_RISK', f.truancy, [cem]],
      ['NO_ACTIVE_INTERVENTION', null, [cem]],
      ['AGENCY_WITHOUT_ASSIGNMENT', ag.school, []],
    ]);
  });

  test('a group: its members, and a gap they all share is planned for the group', async () => {
    const p = (await coord.ok(PLANNING, { b: boardId, g: groupId })).planning;
    expect(p.scope).toBe('GROUP');
    expect(p.people.map((x: { id: string }) => x.id).sort()).toEqual([amir, bea].sort());
    expect(p.interventions).toEqual([{ id: i.i1 }]);
    const gaps = p.gaps.map(brief);
    // Organised leisure is weak for Amir only, so it is planned for him, not the group; I1 (the
    // group's one intervention) is the school's, so social services and the police have nothing.
    expect(gaps[0]).toEqual(['UNSUPPORTED_PROTECTIVE', f.leisure, [amir]]);
    expect(p.gaps[0].suggestion).toMatchObject({ level: 'INDIVIDUAL', targetPersonIds: [amir], targetGroupIds: [], strengthensFactorIds: [f.leisure] });
    expect(gaps.slice(1).sort()).toEqual([['AGENCY_WITHOUT_ASSIGNMENT', ag.police, []], ['AGENCY_WITHOUT_ASSIGNMENT', ag.social, []]].sort());
    expect(p.gaps[1].suggestion).toMatchObject({ level: 'SPECIFIC', targetGroupIds: [groupId], targetPersonIds: [] });
  });

  test('on a day before any assessment there are no rows; a board, person or group the user cannot see gives null', async () => {
    expect((await coord.ok(PLANNING, { b: boardId, asOf: day(-30) })).planning.rows).toEqual([]);
    const stranger = await createBoard(coord);
    const elsewhere = await createPerson(coord, stranger);
    expect((await coord.ok(PLANNING, { b: boardId, p: elsewhere })).planning).toBeNull();
    const outsider = await new TestClient(server.url).login('analyst');
    expect((await outsider.ok(PLANNING, { b: boardId })).planning).toBeNull();
    expectBadInput(await coord.gql(PLANNING, { b: boardId, p: cem, g: groupId }), { groupId: 'Choose a person or a group, not both.' });
    expect((await member.ok(PLANNING, { b: boardId })).planning.gaps.length).toBe(5);
  });
});
