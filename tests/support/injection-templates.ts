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
  /** A coordinator with an agency, on the readiness team while the test runs. */
  coord: TestClient;
  coordId: string;
  boardId: string;
  agencyId: string;
  person: () => Promise<string>;
  /** Undone in afterAll: what a template left that other test files could notice (team members). */
  afterwards: (() => Promise<unknown>)[];
}

export interface Stored {
  id: string;
  kind: 'node' | 'rel';
  prop: string;
}

export interface Template {
  query: string;
  /** Puts a payload inside a valid value for this input (a name in a file), instead of being it. */
  embed?: Record<string, (payload: string) => string>;
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

const newMeeting = async (w: World) =>
  one<{ id: string }>(w.coord, 'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }', { i: { boardId: (await newBoard(w)).id, date: '2026-03-02' } });
const newAlert = async (w: World) =>
  one<{ id: string }>(w.coord, 'mutation($i: RaiseAlertInput!) { raiseAlert(input: $i) { id } }', { i: { areaId: (await newArea(w)).id, level: 'CRITICAL', reason: unique('Alert') } });
const convenedAlert = async (w: World) => {
  const a = await newAlert(w);
  await w.coord.ok('mutation($i: RecordConveningInput!) { recordConvening(input: $i) { id } }', { i: { alertId: a.id, attendeeIds: [] } });
  return a;
};
const newCommitment = async (w: World) =>
  one<{ id: string }>(w.coord, 'mutation($i: AddCommitmentInput!) { addCommitment(input: $i) { id } }', {
    i: { interventionId: (await newIntervention(w)).id, what: unique('Commitment'), dueDate: '2030-01-15', assigneeUserId: w.coordId },
  });
// A CSV field in quotes, so separators and line breaks in a payload stay inside the name.
const csvField = (v: string) => `"${v.replace(/"/g, '""')}"`;
const importCsv = (source: string) => `source;target;type\n${csvField(source)};${csvField('Mottagare')};FRIEND\n`;

// Issues 4, 5 and 7: import, commitments, meetings, area levels and readiness alerts.
const laterTemplates: Record<string, Template> = {
  importNetwork: {
    query: 'mutation($boardId: ID!, $data: String!) { importNetwork(boardId: $boardId, format: CSV, data: $data) { people { id alias } } }',
    // A fresh board each time, so every name is created, never matched to an earlier one.
    vars: async (w) => ({ boardId: (await newBoard(w)).id, data: importCsv('Avsändare') }),
    embed: { data: importCsv },
    stored: (data, path) =>
      path === 'data' ? { id: data.importNetwork.people.find((p: { alias: string }) => p.alias !== 'Mottagare').id, kind: 'node', prop: 'alias' } : undefined,
  },
  setAreaLevel: {
    query: 'mutation($input: SetAreaLevelInput!) { setAreaLevel(input: $input) { id } }',
    // The change itself has no id in the answer: the counts still show it wrote only that.
    vars: async (w) => ({ input: { areaId: (await newArea(w)).id, level: 'ELEVATED', reason: 'R' } }),
  },
  addCommitment: {
    query: 'mutation($input: AddCommitmentInput!) { addCommitment(input: $input) { id } }',
    vars: async (w) => ({ input: { interventionId: (await newIntervention(w)).id, what: 'W', dueDate: '2030-01-15', assigneeUserId: w.coordId } }),
    stored: at('addCommitment'),
  },
  updateCommitment: {
    query: 'mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }',
    vars: async (w) => ({ input: { id: (await newCommitment(w)).id, version: 1, what: 'W' } }),
    stored: at('updateCommitment'),
  },
  addMeetingDecision: {
    query: 'mutation($input: AddMeetingDecisionInput!) { addMeetingDecision(input: $input) { id } }',
    vars: async (w) => ({ input: { meetingId: (await newMeeting(w)).id, text: 'T' } }),
    stored: at('addMeetingDecision'),
  },
  raiseAlert: {
    query: 'mutation($input: RaiseAlertInput!) { raiseAlert(input: $input) { id } }',
    vars: async (w) => ({ input: { areaId: (await newArea(w)).id, level: 'CRITICAL', reason: 'R' } }),
    stored: at('raiseAlert'),
  },
  recordConvening: {
    query: 'mutation($input: RecordConveningInput!) { recordConvening(input: $input) { id } }',
    vars: async (w) => ({ input: { alertId: (await newAlert(w)).id, attendeeIds: [w.coordId], otherAttendees: ['O'], note: 'N' } }),
    // The note is kept as the alert's convenedNote.
    stored: (data, path) => ({ id: data.recordConvening.id, kind: 'node', prop: path.endsWith('note') ? 'convenedNote' : prop(path) }),
  },
  logAlertDecision: {
    query: 'mutation($input: LogAlertDecisionInput!) { logAlertDecision(input: $input) { id } }',
    vars: async (w) => ({ input: { alertId: (await convenedAlert(w)).id, text: 'T' } }),
    stored: at('logAlertDecision'),
  },
  logAlertAction: {
    query: 'mutation($input: LogAlertActionInput!) { logAlertAction(input: $input) { id } }',
    vars: async (w) => ({ input: { alertId: (await convenedAlert(w)).id, action: { what: 'W', who: 'V', due: '2030-01-15', agencyId: w.agencyId } } }),
    stored: at('logAlertAction'),
  },
  closeAlert: {
    query: 'mutation($input: CloseAlertInput!) { closeAlert(input: $input) { id } }',
    vars: async (w) => ({ input: { alertId: (await newAlert(w)).id, summary: 'S', areaLevel: 'NORMAL' } }),
    stored: at('closeAlert'),
  },
  setReadinessTeamMember: {
    as: 'admin',
    query: 'mutation($userId: ID!, $email: String) { setReadinessTeamMember(userId: $userId, member: true, email: $email) { email } }',
    // A fresh account each time (taken off the team afterwards); the e-mail sits on the membership.
    vars: async (w) => {
      const u = await one<{ id: string }>(w.admin, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
        i: { username: `inj-${randomUUID().slice(0, 8)}`, displayName: 'D', password: 'a-long-enough-password', role: 'MEMBER' },
      });
      w.afterwards.push(() => w.admin.gql('mutation($u: ID!) { setReadinessTeamMember(userId: $u, member: false) { email } }', { u: u.id }));
      return { userId: u.id, email: 'beredskab@kommune.example' };
    },
  },
};

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
  ...laterTemplates,
  // Issue 6: consents and shared information.
  recordConsent: {
    query: 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
    vars: async (w) => ({ input: { personId: await w.person(), givenBy: 'G', scope: ['TIES'], agencyIds: [w.agencyId] } }),
    stored: at('recordConsent'),
  },
  withdrawConsent: {
    query: 'mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
    vars: async (w) => {
      const c = await one<{ id: string }>(w.coord, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }', {
        i: { personId: await w.person(), givenBy: 'G', scope: ['TIES'], agencyIds: [w.agencyId] },
      });
      return { input: { id: c.id, version: 1, withdrawnBy: 'W' } };
    },
    stored: at('withdrawConsent'),
  },
  shareInformation: {
    query: 'mutation($input: ShareInformationInput!) { shareInformation(input: $input) { id } }',
    vars: async (w) => ({ input: { personId: await w.person(), class: 'AGENCY_NOTE', text: 'T' } }),
    stored: at('shareInformation'),
  },
  // Issue 3: a board picture's export is recorded in the access log (ids and values only).
  recordExport: {
    query: 'mutation($input: RecordExportInput!) { recordExport(input: $input) }',
    vars: async (w) => ({ input: { boardId: w.boardId, format: 'PNG', personIds: [await w.person()], filter: { hiddenAgencies: ['none'] } } }),
  },
};
