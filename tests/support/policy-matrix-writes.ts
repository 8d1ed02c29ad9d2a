// What each write carrier of the policy matrix sends, and how it tells whether the write took
// effect. Most writes carry a unique marker text; one scan of the database afterwards says which
// markers landed (the runner batches it). The rest say what changed themselves: a person erased,
// a flag flipped, someone on a team. What the server answered is kept for the report, but only
// the database decides "allowed".
import type { Agency } from './policy-matrix.js';
import type { Env, Gql } from './policy-matrix-reads.js';
import { one, STATUTE, isoWeek } from './policy-matrix-world.js';

export interface WriteImpl {
  /** Cases on the same target (versions, flags) run one after another, in this group. */
  group?(e: Env): string;
  /** May read versions or make a fresh target first (as a setup user, not the user under test). */
  request(e: Env, marker: string, before: unknown): Promise<Gql>;
  /** Whether the write took effect; without it, whether its marker is in the database. */
  took?(e: Env, marker: string, answer: any, before: unknown): Promise<boolean>;
  /** State read before the request, handed to took(). */
  before?(e: Env): Promise<unknown>;
}

const agencyId = (e: Env, a: string | undefined) => e.w.agencies[(a ?? e.user.agency) as Agency];
const live = (e: Env) => e.w.live;

async function nodeOf(e: Env, id: string): Promise<Record<string, any> | null> {
  const row = await e.w.server.db.read((tx) => tx.one<{ node: Record<string, any> }>('test/node', { id }));
  return row?.node ?? null;
}
async function versionOf(e: Env, id: string, rel = false): Promise<number> {
  if (!rel) return Number((await nodeOf(e, id))?.version ?? 1);
  const row = await e.w.server.db.read((tx) => tx.one<{ tie: Record<string, any> }>('test/tie-by-id', { id }));
  return Number(row?.tie.version ?? 1);
}
async function memberships(e: Env, userId: string) {
  return (await e.w.server.db.read((tx) => tx.one<{ onTeam: boolean; inReadinessTeam: boolean }>('test/matrix-memberships', { userId, boardId: live(e).boardId })))!;
}
/** A unique past day per write, so an assessment (which holds no text) can be found again. */
function dayFor(marker: string): string {
  let h = 0;
  for (const ch of marker) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return new Date(Date.UTC(2015, 0, 1) + (h % 3000) * 86_400_000).toISOString().slice(0, 10);
}
async function assessedOn(e: Env, personId: string): Promise<string[]> {
  return (await e.w.server.db.read((tx) => tx.one<{ days: string[] }>('test/matrix-assessed-on', { id: personId })))?.days ?? [];
}

const g = (query: string, vars: Record<string, unknown>): Promise<Gql> => Promise.resolve({ query, vars });

const TIE = 'mutation($i: CreateTieInput!) { createTie(input: $i) { id } }';
const UPDATE_TIE = 'mutation($i: UpdateTieInput!) { updateTie(input: $i) { id } }';
const SHARE = 'mutation($i: ShareInformationInput!) { shareInformation(input: $i) { id } }';
const ASSESS = 'mutation($i: AssessFactorInput!) { assessFactor(input: $i) { id } }';
const PERSON = 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }';
const ERASE = 'mutation($id: ID!) { erasePerson(id: $id, reason: SUBJECT_REQUEST) }';

const newTie = (extra: (e: Env) => Record<string, unknown>): WriteImpl => ({
  request: (e, marker) => g(TIE, { i: { boardId: e.slot.boardId, sourceId: e.slot.subject, targetId: e.slot.neighbour, type: 'OTHER', strength: 1, valence: 'AMBIVALENT', note: marker, ...extra(e) } }),
});
const editTie = (key: string): WriteImpl => ({
  group: (e) => e.slot.ties[e.v.datum ?? key]!.id,
  request: async (e, marker) => {
    const id = e.slot.ties[e.v.datum ?? key]!.id;
    return g(UPDATE_TIE, { i: { id, version: await versionOf(e, id, true), note: marker } });
  },
  // Checked at once: the next case on the same tie overwrites the note.
  took: async (e, marker) => {
    const row = await e.w.server.db.read((tx) => tx.one<{ tie: Record<string, any> }>('test/tie-by-id', { id: e.slot.ties[e.v.datum ?? key]!.id }));
    return row?.tie.note === marker;
  },
});
const share = (cls: string, extra: (e: Env) => Record<string, unknown> = () => ({})): WriteImpl => ({
  request: (e, marker) => g(SHARE, { i: { personId: e.slot.subject, class: cls, text: marker, ...extra(e) } }),
});
const assessOnDay = (extra: (e: Env) => Record<string, unknown>): WriteImpl => ({
  request: (e, marker) => g(ASSESS, { i: { personId: e.slot.subject, factorId: e.w.factorIds[0], level: 1, assessedOn: dayFor(marker), ...extra(e) } }),
  took: async (e, marker) => (await assessedOn(e, e.slot.subject)).includes(dayFor(marker)),
});
/** An update of a versioned node: the current version is read first; the marker goes in `field`. */
const editNode = (mutation: string, input: string, target: (e: Env) => string, field: string): WriteImpl => ({
  group: (e) => target(e),
  request: async (e, marker) => g(`mutation($i: ${input}!) { ${mutation}(input: $i) { id } }`, { i: { id: target(e), version: await versionOf(e, target(e)), [field]: marker } }),
  took: async (e, marker) => (await nodeOf(e, target(e)))?.[field] === marker,
});
const create = (mutation: string, input: string, fields: (e: Env, marker: string) => Record<string, unknown>): WriteImpl => ({
  request: (e, marker) => g(`mutation($i: ${input}!) { ${mutation}(input: $i) { id } }`, { i: fields(e, marker) }),
});
/** Erasure of a person made for this case (live), or of one the purge already took (expired). */
const erase: WriteImpl = {
  before: async (e) => {
    const id = e.slot.purgedVictim ?? (await one(e.w.coordS, PERSON, { i: { boardId: e.slot.boardId, kind: 'YOUNG_PERSON', alias: `Offer ${e.w.run}` } })).id;
    return { id, existed: (await nodeOf(e, id)) !== null };
  },
  request: async (_e, _m, before) => g(ERASE, { id: (before as { id: string }).id }),
  took: async (e, _m, _a, before) => {
    const b = before as { id: string; existed: boolean };
    return b.existed && (await nodeOf(e, b.id)) === null;
  },
};
const readinessMember = (add: boolean): WriteImpl => ({
  group: () => 'readinessTeam',
  before: async (e) => {
    // Start from the opposite state, set up by the admin (not the user under test).
    if ((await memberships(e, e.w.spareUser)).inReadinessTeam === add) {
      await e.w.admin.ok('mutation($u: ID!, $m: Boolean!) { setReadinessTeamMember(userId: $u, member: $m) { user { id } } }', { u: e.w.spareUser, m: !add });
    }
    return null;
  },
  request: async (e) => g('mutation($u: ID!, $m: Boolean!) { setReadinessTeamMember(userId: $u, member: $m) { user { id } } }', { u: e.w.spareUser, m: add }),
  took: async (e) => (await memberships(e, e.w.spareUser)).inReadinessTeam === add,
});
const teamMember = (add: boolean): WriteImpl => ({
  group: () => 'team',
  before: async (e) => {
    if ((await memberships(e, e.w.teamSpare)).onTeam === add) {
      await e.w.coordS.ok(`mutation($b: ID!, $u: ID!) { ${add ? 'removeTeamMember' : 'addTeamMember'}(boardId: $b, userId: $u) { id } }`, { b: live(e).boardId, u: e.w.teamSpare });
    }
    return null;
  },
  request: async (e) => g(`mutation($b: ID!, $u: ID!) { ${add ? 'addTeamMember' : 'removeTeamMember'}(boardId: $b, userId: $u) { id } }`, { b: live(e).boardId, u: e.w.teamSpare }),
  took: async (e) => (await memberships(e, e.w.teamSpare)).onTeam === add,
});
// A picture as Tavla's client makes it: the ties the user may not export (police §115, consent,
// statute) left out, and the filter says so.
const pictureExport: WriteImpl = {
  request: async (e) => g('mutation($i: RecordExportInput!) { recordExport(input: $i) }', { i: { boardId: e.slot.boardId, format: 'PNG', personIds: [e.slot.subject], filter: { withoutUnexportable: true } } }),
  took: async (_e, _m, answer) => typeof answer?.recordExport === 'number' && answer.recordExport >= 1,
};
// A picture with one of the slot's ties in it and no other (the focus on its leaf, one step: the
// leaf and the subject), nothing left out, as an altered client might make it.
const pictureWith = (key: string): WriteImpl => ({
  request: async (e) => {
    const t = e.slot.ties[e.v.datum ?? key]!;
    return g('mutation($i: RecordExportInput!) { recordExport(input: $i) }', {
      i: { boardId: e.slot.boardId, format: 'SVG', personIds: [e.slot.subject, t.leaf], filter: { focusPersonId: t.leaf, focusSteps: 1 } },
    });
  },
  took: pictureExport.took!,
});

export const writes: Record<string, WriteImpl> = {
  'createPerson.identity': create('createPerson', 'CreatePersonInput', (e, m) => ({ boardId: e.slot.boardId, kind: 'YOUNG_PERSON', alias: `Alias ${m}`, name: m })),
  'createPerson.persons': create('createPerson', 'CreatePersonInput', (e, m) => ({ boardId: e.slot.boardId, kind: 'INFLUENTIAL_FIGURE', alias: m })),
  'updatePerson.identity': editNode('updatePerson', 'UpdatePersonInput', (e) => e.slot.updatePerson, 'alias'),
  'erasePerson.identity': erase,
  'erasePerson.persons': erase,
  setToneSetter: {
    group: (e) => e.slot.toneSetterPerson,
    before: async (e) => (await e.w.server.db.read((tx) => tx.one<{ toneSetter: boolean }>('test/matrix-tone-setter', { boardId: e.slot.boardId, personId: e.slot.toneSetterPerson })))?.toneSetter ?? null,
    request: async (e) => g('mutation($i: SetToneSetterInput!) { setToneSetter(input: $i) { id } }', { i: { boardId: e.slot.boardId, personId: e.slot.toneSetterPerson, toneSetter: true } }),
    took: async (e, _m, _a, before) => {
      const now = (await e.w.server.db.read((tx) => tx.one<{ toneSetter: boolean }>('test/matrix-tone-setter', { boardId: e.slot.boardId, personId: e.slot.toneSetterPerson })))?.toneSetter;
      // Reset for the next case, as the setup coordinator.
      if (now === true && before === false) await e.w.coordS.ok('mutation($i: SetToneSetterInput!) { setToneSetter(input: $i) { id } }', { i: { boardId: e.slot.boardId, personId: e.slot.toneSetterPerson, toneSetter: false } });
      return before === false && now === true;
    },
  },
  recordExport: pictureExport,
  'recordExport.groups': pictureExport,
  'recordExport.p115': pictureWith('p115'),
  'recordExport.consent': pictureWith('cGiven'),
  'recordExport.statute': pictureWith('statS'),

  'createTie.plain': newTie(() => ({})),
  'updateTie.plain': editTie('plain'),
  'assessFactor.plain': assessOnDay(() => ({})),

  'shareInformation.AGENCY_NOTE': share('AGENCY_NOTE'),
  'assessFactor.note': {
    request: (e, marker) => g(ASSESS, { i: { personId: e.slot.subject, factorId: e.w.factorIds[1], level: 1, note: marker, sourceAgencyId: agencyId(e, e.v.datum) } }),
  },

  'shareInformation.POLICE_115': share('POLICE_115'),
  'createTie.SSP_115': newTie((e) => ({ legalBasis: 'SSP_115', sourceAgencyId: agencyId(e, e.v.datum) })),
  'updateTie.p115': editTie('p115'),

  'shareInformation.CONSENT_GATED': share('CONSENT_GATED', (e) => ({ consentId: e.slot.consents[e.v.datum as 'given'] })),
  'createTie.consent': newTie((e) => ({ consentId: e.slot.consents[e.v.datum as 'given'] })),
  'assessFactor.consent': assessOnDay((e) => ({ consentId: e.slot.consents[e.v.datum as 'given'] })),
  'updateTie.consent': editTie(''),

  recordConsent: create('recordConsent', 'RecordConsentInput', (e, m) => ({ personId: e.slot.subject, givenBy: m, scope: ['TIES'], agencyIds: [agencyId(e, undefined)] })),
  withdrawConsent: {
    // A fresh consent each time (live); the expired subject's consents went with the purge.
    before: async (e) =>
      e.slot.retention === 'expired'
        ? e.slot.consents.given
        : (await one(e.w.coordS, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }', { i: { personId: e.slot.subject, givenBy: 'mormor (fiktiv)', scope: ['TIES'], agencyIds: [e.w.agencies.S] } })).id,
    request: async (_e, marker, before) => g('mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { id } }', { i: { id: before, version: 1, withdrawnBy: marker } }),
  },

  'shareInformation.STATUTE': share('STATUTE', () => ({ statuteCode: STATUTE })),
  'createTie.OTHER_STATUTE': newTie((e) => ({ legalBasis: 'OTHER_STATUTE', statuteCode: STATUTE, sourceAgencyId: agencyId(e, e.v.datum) })),
  'updateTie.statute': editTie(''),

  createBoard: create('createBoard', 'CreateBoardInput', (_e, m) => ({ title: m })),
  updateBoard: editNode('updateBoard', 'UpdateBoardInput', (e) => live(e).boardId, 'description'),
  addTeamMember: teamMember(true),
  removeTeamMember: teamMember(false),
  createGroup: create('createGroup', 'CreateGroupInput', (e, m) => ({ boardId: live(e).boardId, name: m })),
  updateGroup: editNode('updateGroup', 'UpdateGroupInput', (e) => live(e).groupId, 'description'),
  createIntervention: create('createIntervention', 'CreateInterventionInput', (e, m) => ({ boardId: live(e).boardId, title: m, level: 'GENERAL' })),
  updateIntervention: editNode('updateIntervention', 'UpdateInterventionInput', (e) => live(e).interventionId, 'description'),

  createCommunity: create('createCommunity', 'CreateCommunityInput', (_e, m) => ({ name: m, kind: 'CLUB' })),
  createArea: create('createArea', 'CreateAreaInput', (_e, m) => ({ name: m })),
  updateArea: editNode('updateArea', 'UpdateAreaInput', (e) => e.w.areaId, 'municipality'),
  createAgency: create('createAgency', 'CreateAgencyInput', (_e, m) => ({ name: m, kind: 'OTHER' })),
  updateAgency: editNode('updateAgency', 'UpdateAgencyInput', (e) => e.w.agencyToEdit, 'municipality'),
  createFactor: create('createFactor', 'CreateFactorInput', (_e, m) => ({
    key: `matrix_${m.replace(/[^a-z0-9]/g, '_')}`, kind: 'PROTECTIVE', domain: 'PEERS', nameSv: m, nameDa: m, nameEn: m,
  })),
  updateFactor: editNode('updateFactor', 'UpdateFactorInput', (e) => e.w.factorToEdit, 'descriptionEn'),
  createUser: create('createUser', 'CreateUserInput', (_e, m) => ({ username: m.toLowerCase().replace(/[^a-z0-9]/g, '-').slice(0, 40), displayName: m, password: 'fiktivt-lösenord-42', role: 'MEMBER' })),
  setUserDisabled: {
    group: () => 'spareUser',
    before: async (e) => Boolean((await nodeOf(e, e.w.spareUser))?.disabled),
    request: async (e) => g('mutation($u: ID!, $d: Boolean!) { setUserDisabled(userId: $u, disabled: $d) { id } }', { u: e.w.spareUser, d: true }),
    took: async (e, _m, _a, before) => {
      const now = Boolean((await nodeOf(e, e.w.spareUser))?.disabled);
      if (now && !before) await e.w.admin.ok('mutation($u: ID!) { setUserDisabled(userId: $u, disabled: false) { id } }', { u: e.w.spareUser });
      return !before && now;
    },
  },
  createSituationReport: create('createSituationReport', 'CreateSituationReportInput', (e, m) => ({ areaId: e.w.areaId, week: isoWeek(), level: 'NORMAL', organisation: m })),
  raiseAlert: create('raiseAlert', 'RaiseAlertInput', (e, m) => ({ areaId: e.w.areaId, level: 'ELEVATED', reason: m })),
  setAreaLevel: create('setAreaLevel', 'SetAreaLevelInput', (e, m) => ({ areaId: e.w.areaId, level: 'ELEVATED', reason: m })),
  'setReadinessTeamMember.add': readinessMember(true),
  'setReadinessTeamMember.remove': readinessMember(false),
  purgeExpired: {
    group: () => 'purge',
    request: async () => g('mutation { purgeExpired { rule } }', {}),
    took: async (_e, _m, answer) => typeof answer?.purgeExpired?.rule === 'string',
  },
};
