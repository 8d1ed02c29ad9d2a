// The policy matrix's fixtures, made once (fictional people only), through the real API but for the
// accounts, which are written as the seed writes its demo users and then log in: users of
// every role at police (P) and social services (S), on a board's team or not; a live board and one
// whose people are past retention and purged; on each, a subject person with every class of data
// the policy names (ties, assessments, agencies' notes, §115 information, data on a consent given,
// withdrawn or not naming the reader's agency, data shared under a statute, consents), each datum
// on its own so that one answer tells exactly which datum a user reached.
import { randomUUID } from 'node:crypto';
import { seedId } from '../../seed/ids.js';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { newId } from '../../server/src/shared/ids.js';
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
  purge: { purged: number; checked: number; seenBefore: boolean };
}

export async function one<T = any>(c: TestClient, query: string, vars: Record<string, unknown> = {}): Promise<T> {
  return Object.values(await c.ok(query, vars))[0] as T;
}

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

/**
 * Accounts are written as the seed writes its demo users: the server's own users/create with one
 * argon2id hash for all (createUser would hash each anew; the matrix calls it in its own cases).
 * Each then logs in through the API.
 */
async function account(server: TestServer, hash: string, username: string, role: Role, agencyId: string): Promise<{ id: string; client: TestClient }> {
  const id = newId('user');
  await server.db.write((tx) => tx.one('users/create', { id, username, displayName: `Matrix ${username}`, role, agencyId, passwordHash: hash }));
  return { id, client: await new TestClient(server.url).login(username, testPassword) };
}

async function makeUsers(server: TestServer, hash: string, run: string, agencies: Record<Agency, string>): Promise<MatrixUser[]> {
  const specs = matrixRoles.flatMap((role) => (['P', 'S'] as Agency[]).flatMap((agency) => [true, false].map((member) => ({ role, agency, member }))));
  const out: MatrixUser[] = [];
  // Logins verify passwords (argon2id): a few at a time on a small machine.
  for (let i = 0; i < specs.length; i += 8) {
    out.push(...(await Promise.all(specs.slice(i, i + 8).map(async (s) => {
      const username = `pm-${s.role.toLowerCase()}-${s.agency.toLowerCase()}-${s.member ? 'in' : 'out'}-${run}`;
      return { ...s, ...(await account(server, hash, username, s.role, agencies[s.agency])) };
    }))));
  }
  return out;
}

/** One board with a subject person and every class of datum about them. */
async function buildSlot(w: Omit<MatrixWorld, 'live' | 'expired' | 'purge'>, retention: Slot['retention'], teamIds: string[], areaId: string | null): Promise<Slot> {
  const { coordS, coordP, analystP, school, run } = w;
  const tag = `${retention}-${run}`;
  const boardId = (await one(coordS, 'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }', { i: { title: `${w.boardTitle} ${retention}`, ...(areaId ? { areaId } : {}) } })).id;
  await Promise.all(teamIds.map((id) => coordS.ok('mutation($b: ID!, $u: ID!) { addTeamMember(boardId: $b, userId: $u) { id } }', { b: boardId, u: id })));
  const person = async (alias: string, extra: Record<string, unknown> = {}) =>
    (await one(coordS, 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { boardId, kind: 'YOUNG_PERSON', alias, ...extra } })).id as string;
  const tieKeys = ['plain', 'p115', 'cGiven', 'cWithdrawn', 'cNone', 'statP', 'statS'];
  const subjectAlias = `Matrixbarn ${tag}`;
  // Independent steps go out together: this runs once per test file, on a small machine.
  const [subject, neighbour, updatePerson, toneSetterPerson, purgedVictim, ...leaves] = await Promise.all([
    person(subjectAlias, { name: `Matrix Fiktiv ${tag}`, birthYear: 2011 }),
    person(`Granne ${tag}`),
    person(`Ändras ${tag}`),
    person(`Tongivare ${tag}`),
    retention === 'expired' ? person(`Raderas ${tag}`) : Promise.resolve(undefined),
    ...tieKeys.map((k) => person(`Blad ${k} ${tag}`)),
  ]);
  const consent = (c: TestClient, agencyIds: string[]) =>
    one(c, CONSENT, { i: { personId: subject, givenBy: 'mor (fiktiv)', scope: ['TIES', 'FACTORS', 'INFORMATION'], agencyIds } }).then((r) => r.id as string);
  const all = [w.agencies.P, w.agencies.S, w.agencies.school];
  const [given, withdrawn, none] = await Promise.all([consent(coordS, all), consent(coordS, all), consent(school, [w.agencies.school])]);
  const consents = { given: given!, withdrawn: withdrawn!, none: none! };

  const ties: Slot['ties'] = {};
  const tie = async (key: string, c: TestClient, extra: Record<string, unknown>) => {
    const leaf = leaves[tieKeys.indexOf(key)]!;
    ties[key] = { id: (await one(c, TIE, { i: { boardId, sourceId: subject, targetId: leaf, type: 'CLASSMATE', strength: 2, valence: 'AMBIVALENT', ...extra } })).id, leaf };
  };
  const info: Slot['info'] = {};
  const share = async (key: string, c: TestClient, i: Record<string, unknown>) => {
    info[key] = (await one(c, SHARE, { i: { personId: subject, text: `Matrix ${key} ${tag}`, ...i } })).id;
  };
  // Each assessment on a factor of its own, so a group's factor profile shows which it counted.
  const assessments: Slot['assessments'] = {};
  const assess = async (key: string, c: TestClient, factorId: string, i: Record<string, unknown>) => {
    assessments[key] = { id: (await one(c, ASSESS, { i: { personId: subject, factorId, level: 2, ...i } })).id, factorId, note: (i.note as string | undefined) ?? null };
  };
  const f = w.factorIds;
  const groupName = `Matrixgruppe ${tag}`;
  const interventionTitle = `Matrixinsats ${tag}`;
  const [groupId, interventionId] = await Promise.all([
    one(coordS, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }', { i: { boardId, name: groupName, ...(areaId ? { areaId } : {}) } }).then((r) => r.id as string),
    one(coordS, 'mutation($i: CreateInterventionInput!) { createIntervention(input: $i) { id } }', {
      i: { boardId, title: interventionTitle, level: 'INDIVIDUAL', targetPersonIds: [subject], status: 'ACTIVE' },
    }).then((r) => r.id as string),
    one(coordS, TIE, { i: { boardId, sourceId: subject, targetId: neighbour, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' } }),
    tie('plain', coordS, {}),
    tie('p115', analystP, { legalBasis: 'SSP_115', sourceAgencyId: w.agencies.P }),
    tie('cGiven', coordS, { consentId: consents.given }),
    tie('cWithdrawn', coordS, { consentId: consents.withdrawn }),
    tie('cNone', school, { consentId: consents.none }),
    tie('statP', coordP, { legalBasis: 'OTHER_STATUTE', statuteCode: STATUTE, sourceAgencyId: w.agencies.P }),
    tie('statS', coordS, { legalBasis: 'OTHER_STATUTE', statuteCode: STATUTE, sourceAgencyId: w.agencies.S }),
    share('noteP', analystP, { class: 'AGENCY_NOTE' }),
    share('noteS', coordS, { class: 'AGENCY_NOTE' }),
    share('p115', analystP, { class: 'POLICE_115' }),
    share('cGiven', coordS, { class: 'CONSENT_GATED', consentId: consents.given }),
    share('cWithdrawn', coordS, { class: 'CONSENT_GATED', consentId: consents.withdrawn }),
    share('cNone', school, { class: 'CONSENT_GATED', consentId: consents.none }),
    share('statP', coordP, { class: 'STATUTE', statuteCode: STATUTE }),
    share('statS', coordS, { class: 'STATUTE', statuteCode: STATUTE }),
    assess('plain', coordS, f[0]!, {}),
    assess('noteP', coordP, f[1]!, { note: `Matrix note P ${tag}` }),
    assess('noteS', coordS, f[2]!, { note: `Matrix note S ${tag}` }),
    assess('cGiven', coordS, f[3]!, { consentId: consents.given }),
    assess('cWithdrawn', coordS, f[4]!, { consentId: consents.withdrawn }),
    assess('cNone', school, f[5]!, { consentId: consents.none }),
  ]);
  await Promise.all([
    coordS.ok('mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { id } }', { i: { id: consents.withdrawn, version: 1, withdrawnBy: 'far (fiktiv)' } }),
    coordS.ok('mutation($i: AddMemberInput!) { addMember(input: $i) { id } }', { i: { groupId, personId: subject, role: 'CORE' } }),
  ]);

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
  const hash = await hashPassword(testPassword);
  const [users, coordSetup, coordP, analystP, school] = await Promise.all([
    makeUsers(server, hash, run, agencies),
    account(server, hash, `pm-setup-coord-s-${run}`, 'COORDINATOR', agencies.S),
    account(server, hash, `pm-setup-coord-p-${run}`, 'COORDINATOR', agencies.P),
    account(server, hash, `pm-setup-analyst-p-${run}`, 'ANALYST', agencies.P),
    account(server, hash, `pm-setup-school-${run}`, 'COORDINATOR', agencies.school),
  ]);
  const coordS = coordSetup.client;
  const spare = async (label: string) => {
    const id = newId('user');
    await server.db.write((tx) => tx.one('users/create', { id, username: `pm-${label}-${run}`, displayName: `Matrix ${label}`, role: 'MEMBER', agencyId: agencies.S, passwordHash: hash }));
    return id as string;
  };
  const [areaId, factorIds, agencyToEdit, factorToEdit, spareUser, teamSpare] = await Promise.all([
    one(coordS, 'mutation($i: CreateAreaInput!) { createArea(input: $i) { id } }', { i: { name: `Matrixområdet ${run}` } }).then((r) => r.id as string),
    one<{ id: string }[]>(coordS, '{ factors { id } }').then((fs) => fs.map((x) => x.id)),
    one(admin, 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { name: `Matrixbyrå ${run}`, kind: 'OTHER' } }).then((r) => r.id as string),
    one(admin, 'mutation($i: CreateFactorInput!) { createFactor(input: $i) { id } }', {
      i: { key: `matrix_${run}`, kind: 'RISK', domain: 'COMMUNITY', nameSv: `Matrisfaktor ${run}`, nameDa: `Matrixfaktor ${run}`, nameEn: `Matrix factor ${run}` },
    }).then((r) => r.id as string),
    spare('spare'),
    spare('team'),
  ]);
  if (factorIds.length < 6) throw new Error('policy matrix: the factor catalogue needs six factors');
  const base = {
    server, run, agencies, users, admin,
    user(role: Role, agency: Agency, member: boolean) {
      const u = users.find((x) => x.role === role && x.agency === agency && x.member === member);
      if (!u) throw new Error(`policy matrix: no user ${role} ${agency} ${member}`);
      return u;
    },
    coordS, coordP: coordP.client, analystP: analystP.client, school: school.client,
    areaId, boardTitle: `Matrixtavla ${run}`, factorIds,
    reportId: (await one(coordS, 'mutation($i: CreateSituationReportInput!) { createSituationReport(input: $i) { id } }', {
      i: { areaId, week: isoWeek(), level: 'ELEVATED', organisation: 'Matrix (fiktiv)', text: `Matrixrapport ${run}` },
    })).id,
    agencyToEdit, factorToEdit, spareUser, teamSpare,
  };
  const teamIds = [...users.filter((u) => u.member).map((u) => u.id), coordP.id, analystP.id, school.id];
  const [live, expired] = await Promise.all([buildSlot(base, 'live', teamIds, areaId), buildSlot(base, 'expired', teamIds, null)]);
  const purge = await expire(base, expired);
  return { ...base, live, expired, purge };
}

/**
 * Closes the expired slot's board two years ago (the test server's rule keeps data a month after
 * the case closed) and runs the purge as the admin: its people and everything about them go.
 */
async function expire(w: Pick<MatrixWorld, 'server' | 'coordS' | 'admin'>, slot: Slot): Promise<MatrixWorld['purge']> {
  // Seen before, so that "absent" afterwards is the purge's doing, not a fixture that never was.
  const before = await w.coordS.ok('query($id: ID!, $t: ID!) { person(id: $id) { id information { id } } tie(id: $t) { id } }', { id: slot.subject, t: slot.ties.plain!.id });
  // Social services see their own note, the police's §115 piece, what rests on the live consent and both statutes' pieces.
  const expected = ['noteS', 'p115', 'cGiven', 'statP', 'statS'].map((k) => slot.info[k]!).sort();
  const shown = ((before.person?.information ?? []) as { id: string }[]).map((i) => i.id).sort();
  const seenBefore = JSON.stringify(shown) === JSON.stringify(expected) && before.tie?.id === slot.ties.plain!.id;
  await w.coordS.ok('mutation($b: ID!) { setBoardClosed(boardId: $b, closed: true) { id } }', { b: slot.boardId });
  const longAgo = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString();
  await w.server.db.write((tx) => tx.rows('test/board-closed-at', { id: slot.boardId, at: longAgo }));
  const r = await one<{ purged: number; checked: number }>(w.admin, 'mutation { purgeExpired { purged checked } }');
  return { ...r, seenBefore };
}
