// One valid call per mutation that takes a string, for tests/int/injection.int.test.ts: the test
// swaps each string input for injection payloads and compares what the call wrote with what the
// same call with a harmless value writes. `vars` may create what the call needs (a fresh person
// to update, say) before the graph is counted.
import { randomUUID } from 'node:crypto';
import type { TestClient } from './client.js';
import type { TestServer } from './server.js';

export interface World {
  server: () => TestServer;
  admin: TestClient;
  coord: TestClient;
  boardId: string;
  agencyId: string;
  person: () => Promise<string>;
}

export interface Stored {
  id: string;
  kind: 'node' | 'rel';
  prop: string;
}

export interface Template {
  query: string;
  vars: (w: World) => Promise<Record<string, unknown>>;
  /** Where an accepted value is stored (undefined: not stored as typed, e.g. a password). */
  stored?: (data: Record<string, any>, path: string) => Stored | undefined;
  as?: 'admin';
  /** The harmless call is refused too (a login with a wrong password): compare with that. */
  refused?: boolean;
}

const prop = (path: string) => path.split('.').pop()!.replace(/\[\]$/, '');
const at = (field: string, kind: 'node' | 'rel' = 'node') => (data: Record<string, any>, path: string): Stored => ({ id: data[field].id, kind, prop: prop(path) });
const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

async function one<T = any>(c: TestClient, query: string, vars: Record<string, unknown>): Promise<T> {
  const d = await c.ok(query, vars);
  return Object.values(d)[0] as T;
}

const newBoard = (w: World) => one<{ id: string }>(w.coord, 'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }', { i: { title: unique('Board') } });
const newGroup = (w: World) => one<{ id: string }>(w.coord, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }', { i: { boardId: w.boardId, name: unique('Group') } });
const newArea = (w: World) => one<{ id: string }>(w.coord, 'mutation($i: CreateAreaInput!) { createArea(input: $i) { id } }', { i: { name: unique('Area') } });
const newAgency = (w: World) => one<{ id: string }>(w.coord, 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { name: unique('Agency'), kind: 'SCHOOL' } });
const newTie = async (w: World) =>
  one<{ id: string }>(w.coord, 'mutation($i: CreateTieInput!) { createTie(input: $i) { id } }', {
    i: { boardId: w.boardId, sourceId: await w.person(), targetId: await w.person(), type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE' },
  });
const newIntervention = (w: World) =>
  one<{ id: string }>(w.coord, 'mutation($i: CreateInterventionInput!) { createIntervention(input: $i) { id } }', { i: { boardId: w.boardId, title: unique('Intervention'), level: 'SPECIFIC' } });
const newFactor = (w: World) =>
  one<{ id: string }>(w.admin, 'mutation($i: CreateFactorInput!) { createFactor(input: $i) { id } }', {
    i: { key: `inj_${randomUUID().slice(0, 8)}`, kind: 'RISK', domain: 'PEERS', nameSv: 'Sv', nameDa: 'Da', nameEn: 'En' },
  });

export const injectionTemplates: Record<string, Template> = {
  createBoard: { query: 'mutation($input: CreateBoardInput!) { createBoard(input: $input) { id } }', vars: async () => ({ input: { title: 'T', description: 'D' } }), stored: at('createBoard') },
  updateBoard: {
    query: 'mutation($input: UpdateBoardInput!) { updateBoard(input: $input) { id } }',
    vars: async (w) => ({ input: { id: (await newBoard(w)).id, version: 1, title: 'T', description: 'D' } }),
    stored: at('updateBoard'),
  },
  createPerson: {
    query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    vars: async (w) => ({ input: { boardId: w.boardId, kind: 'YOUNG_PERSON', alias: 'A', name: 'N' } }),
    stored: at('createPerson'),
  },
  updatePerson: {
    query: 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
    vars: async (w) => ({ input: { id: await w.person(), version: 1, alias: 'A', name: 'N' } }),
    stored: at('updatePerson'),
  },
  createTie: {
    query: 'mutation($input: CreateTieInput!) { createTie(input: $input) { id } }',
    vars: async (w) => ({ input: { boardId: w.boardId, sourceId: await w.person(), targetId: await w.person(), type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', note: 'N' } }),
    stored: at('createTie', 'rel'),
  },
  updateTie: {
    query: 'mutation($input: UpdateTieInput!) { updateTie(input: $input) { id } }',
    vars: async (w) => ({ input: { id: (await newTie(w)).id, version: 1, note: 'N' } }),
    stored: at('updateTie', 'rel'),
  },
  createGroup: {
    query: 'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
    vars: async (w) => ({ input: { boardId: w.boardId, name: 'G', description: 'D' } }),
    stored: at('createGroup'),
  },
  updateGroup: {
    query: 'mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id } }',
    vars: async (w) => ({ input: { id: (await newGroup(w)).id, version: 1, name: 'G', description: 'D' } }),
    stored: at('updateGroup'),
  },
  createGroupLink: {
    query: 'mutation($input: CreateGroupLinkInput!) { createGroupLink(input: $input) { id } }',
    vars: async (w) => ({ input: { boardId: w.boardId, sourceId: (await newGroup(w)).id, targetId: (await newGroup(w)).id, type: 'ALLIANCE', note: 'N' } }),
    stored: at('createGroupLink', 'rel'),
  },
  createCommunity: { query: 'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }', vars: async () => ({ input: { name: 'C', kind: 'CLUB' } }), stored: at('createCommunity') },
  createArea: { query: 'mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }', vars: async () => ({ input: { name: 'A', municipality: 'M' } }), stored: at('createArea') },
  updateArea: {
    query: 'mutation($input: UpdateAreaInput!) { updateArea(input: $input) { id } }',
    vars: async (w) => ({ input: { id: (await newArea(w)).id, version: 1, name: 'A', municipality: 'M' } }),
    stored: at('updateArea'),
  },
  createPlace: {
    query: 'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id } }',
    vars: async (w) => ({ input: { areaId: (await newArea(w)).id, name: 'P', kind: 'SQUARE' } }),
    stored: at('createPlace'),
  },
  createSituationReport: {
    query: 'mutation($input: CreateSituationReportInput!) { createSituationReport(input: $input) { id } }',
    vars: async (w) => ({ input: { areaId: (await newArea(w)).id, week: '2026-W10', level: 'NORMAL', text: 'T', organisation: 'O', eventTypes: ['E'] } }),
    stored: at('createSituationReport'),
  },
  createAgency: { query: 'mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }', vars: async () => ({ input: { name: 'A', kind: 'SCHOOL', municipality: 'M' } }), stored: at('createAgency') },
  updateAgency: {
    query: 'mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }',
    vars: async (w) => ({ input: { id: (await newAgency(w)).id, version: 1, name: 'A', municipality: 'M' } }),
    stored: at('updateAgency'),
  },
  createAgencyContact: {
    query: 'mutation($input: CreateAgencyContactInput!) { createAgencyContact(input: $input) { id } }',
    vars: async (w) => ({ input: { agencyId: (await newAgency(w)).id, name: 'N', title: 'T', phone: '+46 8 123 456', email: 'kontakt@example.org' } }),
    stored: at('createAgencyContact'),
  },
  updateAgencyContact: {
    query: 'mutation($input: UpdateAgencyContactInput!) { updateAgencyContact(input: $input) { id } }',
    vars: async (w) => {
      const agencyId = (await newAgency(w)).id;
      const c = await one<{ id: string }>(w.coord, 'mutation($i: CreateAgencyContactInput!) { createAgencyContact(input: $i) { id } }', { i: { agencyId, name: unique('Contact') } });
      return { input: { id: c.id, version: 1, name: 'N', title: 'T', phone: '+46 8 123 456', email: 'kontakt@example.org' } };
    },
    stored: at('updateAgencyContact'),
  },
  createFactor: {
    as: 'admin',
    query: 'mutation($input: CreateFactorInput!) { createFactor(input: $input) { id } }',
    vars: async () => ({
      input: { key: `inj_${randomUUID().slice(0, 8)}`, kind: 'RISK', domain: 'PEERS', nameSv: 'S', nameDa: 'D', nameEn: 'E', descriptionSv: 'S', descriptionDa: 'D', descriptionEn: 'E' },
    }),
    stored: at('createFactor'),
  },
  updateFactor: {
    as: 'admin',
    query: 'mutation($input: UpdateFactorInput!) { updateFactor(input: $input) { id } }',
    vars: async (w) => ({ input: { id: (await newFactor(w)).id, version: 1, nameSv: 'S', nameDa: 'D', nameEn: 'E', descriptionSv: 'S', descriptionDa: 'D', descriptionEn: 'E' } }),
    stored: at('updateFactor'),
  },
  assessFactor: {
    query: 'mutation($input: AssessFactorInput!) { assessFactor(input: $input) { id } }',
    vars: async (w) => {
      const factors = (await w.coord.ok<{ factors: { id: string }[] }>('{ factors { id } }')).factors;
      return { input: { personId: await w.person(), factorId: factors[0]!.id, level: 2, sourceAgencyId: w.agencyId, note: 'N' } };
    },
    stored: at('assessFactor'),
  },
  createIntervention: {
    query: 'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }',
    vars: async (w) => ({ input: { boardId: w.boardId, title: 'T', description: 'D', level: 'SPECIFIC' } }),
    stored: at('createIntervention'),
  },
  updateIntervention: {
    query: 'mutation($input: UpdateInterventionInput!) { updateIntervention(input: $input) { id } }',
    vars: async (w) => ({ input: { id: (await newIntervention(w)).id, version: 1, title: 'T', description: 'D' } }),
    stored: at('updateIntervention'),
  },
  addFollowUp: {
    query: 'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }',
    vars: async (w) => ({ input: { interventionId: (await newIntervention(w)).id, progress: 'ON_TRACK', note: 'N' } }),
    stored: at('addFollowUp'),
  },
  createUser: {
    as: 'admin',
    query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    vars: async () => ({ input: { username: `inj-${randomUUID().slice(0, 8)}`, displayName: 'D', password: 'a-long-enough-password', role: 'MEMBER' } }),
    // The password is stored as an argon2id hash, never as typed.
    stored: (data, path) => (path.endsWith('password') ? undefined : at('createUser')(data, path)),
  },
  login: {
    refused: true,
    query: 'mutation($username: String!, $password: String!) { login(username: $username, password: $password) { id } }',
    vars: async () => ({ username: `nobody-${randomUUID()}`, password: 'wrong' }),
  },
  loginWithTotp: {
    refused: true,
    query: 'mutation($username: String!, $password: String!, $code: String!) { loginWithTotp(username: $username, password: $password, code: $code) { id } }',
    vars: async () => ({ username: `nobody-${randomUUID()}`, password: 'wrong', code: '123456' }),
  },
  confirmTotpEnrolment: { refused: true, query: 'mutation($code: String!) { confirmTotpEnrolment(code: $code) { id } }', vars: async () => ({ code: '123456' }) },
  disableTotp: { refused: true, query: 'mutation($code: String!) { disableTotp(code: $code) { id } }', vars: async () => ({ code: '123456' }) },
};

/**
 * Mutations of features still being built (their inputs are not settled): the test fails if one
 * of these gets a template without leaving this list, and for any mutation on neither.
 */
export const pendingMutations = new Set([
  'importNetwork',
  'setAreaLevel',
  'addCommitment',
  'updateCommitment',
  'addMeetingDecision',
  'raiseAlert',
  'recordConvening',
  'logAlertDecision',
  'logAlertAction',
  'closeAlert',
  'setReadinessTeamMember',
]);
