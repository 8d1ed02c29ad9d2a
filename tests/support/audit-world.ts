// What tests/int/audit-completeness.int.test.ts calls every root field on: the demo users, and a
// small case of the coordinator's own (the demo case stays untouched) whose people the test knows,
// so it can say exactly whom each access-log row must name.
import { randomUUID } from 'node:crypto';
import type { TestServer } from './server.js';
import { TestClient } from './client.js';
import { createPerson, userId } from './fixtures.js';
import type { World as InjectionWorld } from './injection-templates.js';

export type Who = 'coordinator' | 'member' | 'analyst' | 'manager' | 'admin' | 'reporter' | 'auditor';

export interface AuditWorld {
  server: TestServer;
  as: Record<Who, TestClient>;
  coordId: string;
  memberId: string;
  agencyId: string;
  factorId: string;
  /** The read board: its area is its own, its people a, b, c (ties a–b, b–c), a in group g. */
  read: {
    boardId: string;
    areaId: string;
    people: [string, string, string];
    tieId: string;
    groupId: string;
    interventionId: string;
    meetingId: string;
    contactId: string;
    communityId: string;
  };
  /** The write board, for changes: a new person on it each call. */
  writeBoardId: string;
  person: () => Promise<string>;
  /** The same board and users, shaped for the injection templates' valid calls. */
  inj: InjectionWorld;
}

const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

async function one<T = any>(c: TestClient, query: string, vars: Record<string, unknown> = {}): Promise<T> {
  return Object.values(await c.ok(query, vars))[0] as T;
}

export const today = () => new Date().toISOString().slice(0, 10);

export async function buildAuditWorld(server: TestServer): Promise<AuditWorld> {
  const who: Who[] = ['coordinator', 'member', 'analyst', 'manager', 'admin', 'reporter', 'auditor'];
  const as = Object.fromEntries(await Promise.all(who.map(async (u) => [u, await new TestClient(server.url).login(u)]))) as Record<Who, TestClient>;
  const coord = as.coordinator;
  const coordId = await userId(server.db, 'coordinator');
  const agencyId = (await one<{ id: string }[]>(coord, '{ agencies { id } }'))[0]!.id;
  const factorId = (await one<{ id: string }[]>(coord, '{ factors { id } }'))[0]!.id;

  const areaId = (await one(coord, 'mutation($i: CreateAreaInput!) { createArea(input: $i) { id } }', { i: { name: unique('Revisionsområdet') } })).id;
  const boardId = (await one(coord, 'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }', { i: { title: unique('Audit read board'), areaId } })).id;
  const people = [await createPerson(coord, boardId, unique('Alfa')), await createPerson(coord, boardId, unique('Beta')), await createPerson(coord, boardId, unique('Gamma'))] as [string, string, string];
  const tie = (s: string, t: string) =>
    one(coord, 'mutation($i: CreateTieInput!) { createTie(input: $i) { id } }', { i: { boardId, sourceId: s, targetId: t, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' } });
  const tieId = (await tie(people[0], people[1])).id;
  await tie(people[1], people[2]);
  const groupId = (await one(coord, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }', { i: { boardId, name: unique('Gruppen') } })).id;
  await coord.ok('mutation($i: AddMemberInput!) { addMember(input: $i) { id } }', { i: { groupId, personId: people[0], role: 'CORE' } });
  const communityId = (await one(coord, 'mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }', { i: { name: unique('Klubben'), kind: 'CLUB' } })).id;
  await coord.ok('mutation($i: AddParticipationInput!) { addParticipation(input: $i) { id } }', { i: { personId: people[0], communityId, strength: 3 } });
  await coord.ok('mutation($i: AssessFactorInput!) { assessFactor(input: $i) { id } }', { i: { personId: people[0], factorId, level: 2, assessedOn: '2026-01-05' } });
  const contactId = (await one(coord, 'mutation($i: CreateAgencyContactInput!) { createAgencyContact(input: $i) { id } }', { i: { agencyId, name: unique('Kontakt') } })).id;
  const interventionId = (await one(coord, 'mutation($i: CreateInterventionInput!) { createIntervention(input: $i) { id } }', {
    i: { boardId, title: unique('Insats'), level: 'INDIVIDUAL', targetPersonIds: [people[0]] },
  })).id;
  const meetingId = (await one(coord, 'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }', { i: { boardId, date: today() } })).id;
  // Agreed at the meeting: the minutes list it, and so name whom its intervention targets.
  await coord.ok('mutation($i: AddCommitmentInput!) { addCommitment(input: $i) { id } }', {
    i: { interventionId, what: unique('Ringa'), dueDate: '2030-01-15', agreedOn: today(), assigneeUserId: coordId },
  });

  const writeBoardId = (await one(coord, 'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }', { i: { title: unique('Audit write board') } })).id;
  const person = () => createPerson(coord, writeBoardId, unique('Delta'));
  return {
    server,
    as,
    coordId,
    memberId: await userId(server.db, 'member'),
    agencyId,
    factorId,
    read: { boardId, areaId, people, tieId, groupId, interventionId, meetingId, contactId, communityId },
    writeBoardId,
    person,
    // The demo coordinator is on the demo readiness team already: nothing to undo.
    inj: { server: () => server, admin: as.admin, coord, coordId, boardId: writeBoardId, agencyId, person, afterwards: [] },
  };
}
