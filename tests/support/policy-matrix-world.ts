// The policy matrix's fixtures, made once through the real API (fictional people only): users of
// every role at police (P) and social services (S), on a board's team or not; a live board and one
// whose people are past retention and purged; on each, a subject person with every class of data
// the policy names (ties, assessments, agencies' notes, §115 information, data on a consent given,
// withdrawn or not naming the reader's agency, data shared under a statute, consents), each datum
// on its own so that one answer tells exactly which datum a user reached.
import { randomUUID } from 'node:crypto';
import { seedId } from '../../seed/ids.js';
import { TestClient } from './client.js';
import type { TestServer } from './server.js';
import type { Agency, Role } from './policy-matrix.js';
import { testPassword } from './users.js';

export const matrixRoles: Role[] = ['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER', 'ADMIN', 'REPORTER', 'AUDITOR'];
export const STATUTE = 'DK-FVL-28';

export interface MatrixUser {
  id: string;
  role: Role;
  agency: Agency;
  member: boolean;
  client: TestClient;
}

export interface Slot {
  retention: 'live' | 'expired';
  boardId: string;
  subject: string;
  subjectAlias: string;
  neighbour: string;
  /** Tie datums, each from the subject to a leaf person with no other tie. */
  ties: Record<string, { id: string; leaf: string }>;
  info: Record<string, string>;
  assessments: Record<string, { id: string; factorId: string; note: string | null }>;
  consents: Record<'given' | 'withdrawn' | 'none', string>;
  groupId: string;
  groupName: string;
  interventionId: string;
  interventionTitle: string;
  /** Targets of updates (so reads of the subject are not disturbed). */
  updatePerson: string;
  toneSetterPerson: string;
  /** An erasure victim that is already purged (expired slot only). */
  purgedVictim?: string;
}

export interface MatrixWorld {
  server: TestServer;
  run: string;
  agencies: Record<Agency | 'school', string>;
  users: MatrixUser[];
  user(role: Role, agency: Agency, member: boolean): MatrixUser;
  admin: TestClient;
  /** Setup actors (members of both boards): social services and police coordinators, the police analyst, a school coordinator. */
  coordS: TestClient;
  coordP: TestClient;
  analystP: TestClient;
  school: TestClient;
  areaId: string;
  boardTitle: string;
  reportId: string;
  factorIds: string[];
  live: Slot;
  expired: Slot;
  /** Reference data the updates work on. */
  agencyToEdit: string;
  factorToEdit: string;
  spareUser: string;
  teamSpare: string;
  purge: { purged: number; checked: number };
}

export async function one<T = any>(c: TestClient, query: string, vars: Record<string, unknown> = {}): Promise<T> {
  return Object.values(await c.ok(query, vars))[0] as T;
}

const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const TIE = 'mutation($i: CreateTieInput!) { createTie(input: $i) { id } }';
const SHARE = 'mutation($i: ShareInformationInput!) { shareInformation(input: $i) { id } }';
const ASSESS = 'mutation($i: AssessFactorInput!) { assessFactor(input: $i) { id } }';
const CONSENT = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }';

export function isoWeek(d = new Date()): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

async function makeUsers(server: TestServer, admin: TestClient, run: string, agencies: Record<Agency, string>): Promise<MatrixUser[]> {
  const specs = matrixRoles.flatMap((role) => (['P', 'S'] as Agency[]).flatMap((agency) => [true, false].map((member) => ({ role, agency, member }))));
  const out: MatrixUser[] = [];
  // Logins hash passwords (argon2id): a few at a time on a small machine.
  for (let i = 0; i < specs.length; i += 4) {
    out.push(...(await Promise.all(specs.slice(i, i + 4).map(async (s) => {
      const username = `pm-${s.role.toLowerCase()}-${s.agency.toLowerCase()}-${s.member ? 'in' : 'out'}-${run}`;
      const id = (await one(admin, CREATE_USER, { input: { username, displayName: `Matrix ${s.role} ${s.agency}`, password: testPassword, role: s.role, agencyId: agencies[s.agency] } })).id;
      return { ...s, id, client: await new TestClient(server.url).login(username, testPassword) };
    }))));
  }
  return out;
}

async function setupUser(server: TestServer, admin: TestClient, role: Role, agencyId: string, label: string, run: string): Promise<{ id: string; client: TestClient }> {
  const username = `pm-setup-${label}-${run}`;
  const id = (await one(admin, CREATE_USER, { input: { username, displayName: `Matrix setup ${label}`, password: testPassword, role, agencyId } })).id;
  return { id, client: await new TestClient(server.url).login(username, testPassword) };
}

/** One board with a subject person and every class of datum about them. */
async function buildSlot(w: Omit<MatrixWorld, 'live' | 'expired' | 'purge'>, retention: Slot['retention'], teamIds: string[], areaId: string | null): Promise<Slot> {
  const { coordS, coordP, analystP, school, run } = w;
  const tag = `${retention}-${run}`;
  const boardId = (await one(coordS, 'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }', { i: { title: `${w.boardTitle} ${retention}`, ...(areaId ? { areaId } : {}) } })).id;
  for (const id of teamIds) await coordS.ok('mutation($b: ID!, $u: ID!) { addTeamMember(boardId: $b, userId: $u) { id } }', { b: boardId, u: id });
  const person = async (alias: string, extra: Record<string, unknown> = {}) =>
    (await one(coordS, 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { boardId, kind: 'YOUNG_PERSON', alias, ...extra } })).id as string;
  const subjectAlias = `Matrixbarn ${tag}`;
  const subject = await person(subjectAlias, { name: `Matrix Fiktiv ${tag}`, birthYear: 2011 });
  const neighbour = await person(`Granne ${tag}`);
  await one(coordS, TIE, { i: { boardId, sourceId: subject, targetId: neighbour, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' } });

  const consent = (c: TestClient, agencyIds: string[]) =>
    one(c, CONSENT, { i: { personId: subject, givenBy: 'mor (fiktiv)', scope: ['TIES', 'FACTORS', 'INFORMATION'], agencyIds } }).then((r) => r.id as string);
  const all = [w.agencies.P, w.agencies.S, w.agencies.school];
  const consents = { given: await consent(coordS, all), withdrawn: await consent(coordS, all), none: await consent(school, [w.agencies.school]) };

  const ties: Slot['ties'] = {};
  const tie = async (key: string, c: TestClient, extra: Record<string, unknown>) => {
    const leaf = await person(`Blad ${key} ${tag}`);
    ties[key] = { id: (await one(c, TIE, { i: { boardId, sourceId: subject, targetId: leaf, type: 'CLASSMATE', strength: 2, valence: 'AMBIVALENT', ...extra } })).id, leaf };
  };
  await tie('plain', coordS, {});
  await tie('p115', analystP, { legalBasis: 'SSP_115', sourceAgencyId: w.agencies.P });
  await tie('cGiven', coordS, { consentId: consents.given });
  await tie('cWithdrawn', coordS, { consentId: consents.withdrawn });
  await tie('cNone', school, { consentId: consents.none });
  await tie('statP', coordP, { legalBasis: 'OTHER_STATUTE', statuteCode: STATUTE, sourceAgencyId: w.agencies.P });
  await tie('statS', coordS, { legalBasis: 'OTHER_STATUTE', statuteCode: STATUTE, sourceAgencyId: w.agencies.S });

  const info: Slot['info'] = {};
  const share = async (key: string, c: TestClient, i: Record<string, unknown>) => {
    info[key] = (await one(c, SHARE, { i: { personId: subject, text: `Matrix ${key} ${tag}`, ...i } })).id;
  };
  await share('noteP', analystP, { class: 'AGENCY_NOTE' });
  await share('noteS', coordS, { class: 'AGENCY_NOTE' });
  await share('p115', analystP, { class: 'POLICE_115' });
  await share('cGiven', coordS, { class: 'CONSENT_GATED', consentId: consents.given });
  await share('cWithdrawn', coordS, { class: 'CONSENT_GATED', consentId: consents.withdrawn });
  await share('cNone', school, { class: 'CONSENT_GATED', consentId: consents.none });
  await share('statP', coordP, { class: 'STATUTE', statuteCode: STATUTE });
  await share('statS', coordS, { class: 'STATUTE', statuteCode: STATUTE });

  // Each assessment on a factor of its own, so a group's factor profile shows which it counted.
  const assessments: Slot['assessments'] = {};
  const assess = async (key: string, c: TestClient, factorId: string, i: Record<string, unknown>) => {
    assessments[key] = { id: (await one(c, ASSESS, { i: { personId: subject, factorId, level: 2, ...i } })).id, factorId, note: (i.note as string | undefined) ?? null };
  };
  const f = w.factorIds;
  await assess('plain', coordS, f[0]!, {});
  await assess('noteP', coordP, f[1]!, { note: `Matrix note P ${tag}` });
  await assess('noteS', coordS, f[2]!, { note: `Matrix note S ${tag}` });
  await assess('cGiven', coordS, f[3]!, { consentId: consents.given });
  await assess('cWithdrawn', coordS, f[4]!, { consentId: consents.withdrawn });
  await assess('cNone', school, f[5]!, { consentId: consents.none });

  await coordS.ok('mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { id } }', { i: { id: consents.withdrawn, version: 1, withdrawnBy: 'far (fiktiv)' } });

  const groupName = `Matrixgruppe ${tag}`;
  const groupId = (await one(coordS, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }', { i: { boardId, name: groupName } })).id;
  await coordS.ok('mutation($i: AddMemberInput!) { addMember(input: $i) { id } }', { i: { groupId, personId: subject, role: 'CORE' } });
  const interventionTitle = `Matrixinsats ${tag}`;
  const interventionId = (await one(coordS, 'mutation($i: CreateInterventionInput!) { createIntervention(input: $i) { id } }', {
    i: { boardId, title: interventionTitle, level: 'INDIVIDUAL', targetPersonIds: [subject], status: 'ACTIVE' },
  })).id;
  const updatePerson = await person(`Ändras ${tag}`);
  const toneSetterPerson = await person(`Tongivare ${tag}`);
  const purgedVictim = retention === 'expired' ? await person(`Raderas ${tag}`) : undefined;

  // The access log's rows the auditor's cases look for: one read of each class of the subject's data.
  await coordS.ok('query($id: ID!, $t: ID!) { person(id: $id) { id ties { id } assessments { id } information { id } consents { id } } tie(id: $t) { id } }', { id: subject, t: ties.plain!.id });
  return {
    retention, boardId, subject, subjectAlias, neighbour, ties, info, assessments, consents, groupId, groupName, interventionId, interventionTitle,
    updatePerson, toneSetterPerson, ...(purgedVictim ? { purgedVictim } : {}),
  };
}

export async function buildMatrixWorld(server: TestServer): Promise<MatrixWorld> {
  const run = randomUUID().slice(0, 8);
  const agencies = { P: seedId('agency', 'police'), S: seedId('agency', 'social'), school: seedId('agency', 'school') };
  const admin = await new TestClient(server.url).login('admin');
  const users = await makeUsers(server, admin, run, agencies);
  const setup = {
    coordS: await setupUser(server, admin, 'COORDINATOR', agencies.S, 'coord-s', run),
    coordP: await setupUser(server, admin, 'COORDINATOR', agencies.P, 'coord-p', run),
    analystP: await setupUser(server, admin, 'ANALYST', agencies.P, 'analyst-p', run),
    school: await setupUser(server, admin, 'COORDINATOR', agencies.school, 'school', run),
  };
  const coordS = setup.coordS.client;
  const areaId = (await one(coordS, 'mutation($i: CreateAreaInput!) { createArea(input: $i) { id } }', { i: { name: `Matrixområdet ${run}` } })).id;
  const factorIds = (await one<{ id: string }[]>(coordS, '{ factors { id } }')).map((x) => x.id);
  if (factorIds.length < 6) throw new Error('policy matrix: the factor catalogue needs six factors');
  const spare = async (label: string) => (await one(admin, CREATE_USER, { input: { username: `pm-${label}-${run}`, displayName: `Matrix ${label}`, password: testPassword, role: 'MEMBER', agencyId: agencies.S } })).id as string;
  const base = {
    server, run, agencies, users, admin,
    user(role: Role, agency: Agency, member: boolean) {
      const u = users.find((x) => x.role === role && x.agency === agency && x.member === member);
      if (!u) throw new Error(`policy matrix: no user ${role} ${agency} ${member}`);
      return u;
    },
    coordS, coordP: setup.coordP.client, analystP: setup.analystP.client, school: setup.school.client,
    areaId, boardTitle: `Matrixtavla ${run}`, factorIds,
    reportId: (await one(coordS, 'mutation($i: CreateSituationReportInput!) { createSituationReport(input: $i) { id } }', {
      i: { areaId, week: isoWeek(), level: 'ELEVATED', organisation: 'Matrix (fiktiv)', text: `Matrixrapport ${run}` },
    })).id,
    agencyToEdit: (await one(admin, 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { name: `Matrixbyrå ${run}`, kind: 'OTHER' } })).id,
    factorToEdit: (await one(admin, 'mutation($i: CreateFactorInput!) { createFactor(input: $i) { id } }', {
      i: { key: `matrix_${run}`, kind: 'RISK', domain: 'COMMUNITY', nameSv: `Matrisfaktor ${run}`, nameDa: `Matrixfaktor ${run}`, nameEn: `Matrix factor ${run}` },
    })).id,
    spareUser: await spare('spare'),
    teamSpare: await spare('team'),
  };
  const teamIds = [...users.filter((u) => u.member).map((u) => u.id), setup.coordP.id, setup.analystP.id, setup.school.id];
  const live = await buildSlot(base, 'live', teamIds, areaId);
  const expired = await buildSlot(base, 'expired', teamIds, null);
  const purge = await expire(base, expired);
  return { ...base, live, expired, purge };
}

/**
 * Closes the expired slot's board two years ago (the test server's rule keeps data a month after
 * the case closed) and runs the purge as the admin: its people and everything about them go.
 */
async function expire(w: Pick<MatrixWorld, 'server' | 'coordS' | 'admin'>, slot: Slot): Promise<{ purged: number; checked: number }> {
  await w.coordS.ok('mutation($b: ID!) { setBoardClosed(boardId: $b, closed: true) { id } }', { b: slot.boardId });
  const longAgo = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString();
  await w.server.db.write((tx) => tx.rows('test/board-closed-at', { id: slot.boardId, at: longAgo }));
  const r = await one<{ purged: number; checked: number }>(w.admin, 'mutation { purgeExpired { purged checked } }');
  return r;
}
