// Which requests realise each (data class, operation) of the policy matrix, and which the API does
// not offer at all (with the reason). Carriers are named here; what each one sends and how it
// tells "allowed" (the datum is in the answer, or the write took effect) from "denied" is in
// policy-matrix-requests.ts. `touches` lists what else a request needs: reading a person's
// information needs the person too, a tie reached through a neighbour needs that tie.
import { otherAgency, type Agency, type Carrier, type Ctx, type Op, type Table, type Variant } from './policy-matrix.js';

const both: Agency[] = ['P', 'S'];

/** Any user agency, no datum choice: the class has no agency dimension. */
const users = (): Variant[] => both.map((user) => ({ user }));

/** The datum of each source agency; own: a user of that agency asks, other: a user of the other one. */
const byAgency = (datums: Partial<Record<Agency, string>>) => (ctx: Ctx): Variant[] =>
  (Object.entries(datums) as [Agency, string][]).map(([a, datum]) => ({ user: ctx.agency === 'other' ? otherAgency(a) : a, datum }));

/** The datum resting on a consent given, withdrawn, or not covering the user's agency. */
const byConsent = (prefix: string) => (ctx: Ctx): Variant[] => both.map((user) => ({ user, datum: `${prefix}${cap(ctx.consent!)}` }));
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A write that states the datum's source agency: own, the user's; other, the other one's (datum = that agency). */
const claiming = (ctx: Ctx): Variant[] => both.map((user) => ({ user, datum: ctx.agency === 'other' ? otherAgency(user) : user }));
/** A write whose source agency is always the user's own (shareInformation): "other" cannot be stated. */
const ownOnly = (ctx: Ctx): Variant[] => (ctx.agency === 'other' ? [] : both.map((user) => ({ user, datum: user })));
/**
 * Police information is the police's (P): own, a police user shares it; other, a user of social
 * services claims it for the police. (§115 data from social services is not police information.)
 */
const policeClaim = (ctx: Ctx): Variant[] => [{ user: ctx.agency === 'other' ? 'S' : 'P', datum: 'P' }];
/** §115 information shared through shareInformation: only as the sharer's own agency, the police. */
const policeOwn = (ctx: Ctx): Variant[] => (ctx.agency === 'other' ? [] : [{ user: 'P', datum: 'P' }]);
/**
 * A picture holding the tie on the consent given: a tie on a consent withdrawn or not naming the
 * user's agency is on no board of theirs (the reads show that), so no picture of theirs holds it.
 */
const givenOnly = (ctx: Ctx): Variant[] => (ctx.consent === 'given' ? both.map((user) => ({ user, datum: 'cGiven' })) : []);
/** A write resting on the consent of the case's consent state. */
const onConsent = (ctx: Ctx): Variant[] => both.map((user) => ({ user, datum: ctx.consent! }));

const read = (id: string, touches: [string, Op][] = [], variants: Carrier['variants'] = users, extra: Partial<Carrier> = {}): Carrier => ({ id, kind: 'read', touches, variants, ...extra });
const write = (id: string, touches: [string, Op][] = [], variants: Carrier['variants'] = users, extra: Partial<Carrier> = {}): Carrier => ({ id, kind: 'write', touches, variants, ...extra });
const both115 = { purposes: ['prevention', 'investigation'] };
const c = (...carriers: Carrier[]) => ({ carriers });
const none = (notExposed: string) => ({ notExposed });

const NO_SEARCH = 'no search over this class: people(search) matches names and aliases only';
const NO_ERASE = 'nothing erases it on its own: erasePerson (identity/persons) erases it with its person';
const NEVER_EDITED = 'never edited: a new one is recorded instead (create)';

/** The readAudit carriers: the access log's rows of reads of this class of a person's data. */
const audit = (cls: string) => c(read(`audit.subjectAccess.${cls}`), read(`audit.review.${cls}`), read(`audit.export.${cls}`));

export const matrixTable: Table = {
  // ---- personal ----
  'identity.read': c(read('person.identity', [['persons', 'read']]), read('board.people.identity', [['boards', 'read'], ['persons', 'read']])),
  'identity.traverse': c(
    read('neighbour.identity', [['persons', 'read'], ['ties', 'traverse'], ['persons', 'traverse']]),
    read('ego.identity', [['ties', 'traverse'], ['persons', 'traverse']]),
  ),
  'identity.search': c(read('people.search.identity', [['persons', 'search']])),
  'identity.aggregate': c(read('analysis.identity', [['persons', 'aggregate'], ['ties', 'aggregate']])),
  'identity.create': c(write('createPerson.identity', [['persons', 'create']], users, { liveOnly: true })),
  'identity.update': c(write('updatePerson.identity', [['persons', 'update']])),
  'identity.erase': c(write('erasePerson.identity', [['persons', 'erase']])),
  'identity.export': c(read('exportNetwork.identity', [['persons', 'export'], ['ties', 'export']], users, both115)),
  'identity.readAudit': audit('identity'),

  'persons.read': c(read('person.id'), read('people.list')),
  'persons.traverse': c(read('board.people.id', [['boards', 'read']]), read('ego.people', [['ties', 'traverse']])),
  // Text search matches only for roles that see identities: pseudonyms are not searched for.
  'persons.search': c(read('people.search.persons')),
  'persons.aggregate': c(read('analysis.people', [['ties', 'aggregate']])),
  'persons.create': c(write('createPerson.persons', [], users, { liveOnly: true })),
  'persons.update': c(write('setToneSetter')),
  'persons.erase': c(write('erasePerson.persons')),
  'persons.export': c(read('exportNetwork.person', [['ties', 'export']], users, both115), write('recordExport', [['ties', 'export'], ['groups', 'export']])),
  'persons.readAudit': audit('persons'),

  'ties.read': c(read('tie.plain'), read('person.ties.plain', [['persons', 'read']]), read('board.ties.plain', [['boards', 'read']]), read('changes.ties.plain', [['boards', 'read']])),
  'ties.traverse': c(read('ego.ties.plain', [['persons', 'traverse']])),
  'ties.search': none(NO_SEARCH),
  'ties.aggregate': c(read('analysis.degree.plain', [['persons', 'aggregate']])),
  'ties.create': c(write('createTie.plain')),
  'ties.update': c(write('updateTie.plain')),
  'ties.erase': none(`ties are ended (update), never deleted; ${NO_ERASE}`),
  'ties.export': c(read('exportNetwork.tie.plain', [['persons', 'export']], users, both115)),
  'ties.readAudit': audit('ties'),

  'factors.read': c(read('assessments.plain', [['persons', 'read']])),
  'factors.traverse': c(read('neighbour.assessments.plain', [['persons', 'read'], ['ties', 'traverse'], ['persons', 'traverse']])),
  'factors.search': none(NO_SEARCH),
  'factors.aggregate': c(read('groupProfile.plain', [['groups', 'read']])),
  'factors.create': c(write('assessFactor.plain')),
  'factors.update': none(`factor assessments are ${NEVER_EDITED}`),
  'factors.readAudit': audit('factors'),

  'agencyNotes.read': c(
    read('information.notes', [['persons', 'read']], byAgency({ P: 'noteP', S: 'noteS' })),
    read('assessment.note', [['persons', 'read'], ['factors', 'read']], byAgency({ P: 'noteP', S: 'noteS' })),
  ),
  'agencyNotes.traverse': c(read('neighbour.information.notes', [['persons', 'read'], ['ties', 'traverse'], ['persons', 'traverse']], byAgency({ P: 'noteP', S: 'noteS' }))),
  'agencyNotes.search': none(NO_SEARCH),
  'agencyNotes.create': c(write('shareInformation.AGENCY_NOTE', [], ownOnly), write('assessFactor.note', [['factors', 'create']], claiming)),
  'agencyNotes.update': none(`shared information and assessment notes are ${NEVER_EDITED}`),
  'agencyNotes.readAudit': audit('agencyNotes'),

  'police115.read': c(
    read('information.p115', [['persons', 'read']], byAgency({ P: 'p115' }), both115),
    read('tie.p115', [['ties', 'read']], byAgency({ P: 'p115' })),
  ),
  'police115.traverse': c(
    read('neighbour.information.p115', [['persons', 'read'], ['ties', 'traverse'], ['persons', 'traverse']], byAgency({ P: 'p115' }), both115),
    read('ego.ties.p115', [['ties', 'traverse'], ['persons', 'traverse']], byAgency({ P: 'p115' })),
  ),
  'police115.search': none(NO_SEARCH),
  'police115.aggregate': c(read('analysis.degree.p115', [['ties', 'aggregate'], ['persons', 'aggregate']], byAgency({ P: 'p115' }))),
  'police115.create': c(write('shareInformation.POLICE_115', [], policeOwn), write('createTie.SSP_115', [['ties', 'create']], policeClaim)),
  'police115.update': c(write('updateTie.p115', [['ties', 'update']], byAgency({ P: 'p115' }))),
  'police115.export': c(
    read('exportNetwork.tie.p115', [['ties', 'export'], ['persons', 'export']], byAgency({ P: 'p115' }), both115),
    write('recordExport.p115', [['ties', 'export'], ['persons', 'export'], ['groups', 'export']], byAgency({ P: 'p115' })),
  ),
  'police115.readAudit': audit('police115'),

  'consentGated.read': c(
    read('information.consent', [['persons', 'read']], byConsent('c')),
    read('tie.consent', [['ties', 'read']], byConsent('c')),
    read('assessments.consent', [['persons', 'read'], ['factors', 'read']], byConsent('c')),
  ),
  'consentGated.traverse': c(
    read('neighbour.information.consent', [['persons', 'read'], ['ties', 'traverse'], ['persons', 'traverse']], byConsent('c')),
    read('ego.ties.consent', [['ties', 'traverse'], ['persons', 'traverse']], byConsent('c')),
  ),
  'consentGated.search': none(NO_SEARCH),
  'consentGated.aggregate': c(
    read('analysis.degree.consent', [['ties', 'aggregate'], ['persons', 'aggregate']], byConsent('c')),
    read('groupProfile.consent', [['factors', 'aggregate'], ['groups', 'read']], byConsent('c')),
  ),
  'consentGated.create': c(
    write('shareInformation.CONSENT_GATED', [], onConsent),
    write('createTie.consent', [['ties', 'create']], onConsent),
    write('assessFactor.consent', [['factors', 'create']], onConsent),
  ),
  'consentGated.update': c(write('updateTie.consent', [['ties', 'update']], byConsent('c'))),
  'consentGated.export': c(
    read('exportNetwork.tie.consent', [['ties', 'export'], ['persons', 'export']], byConsent('c')),
    write('recordExport.consent', [['ties', 'export'], ['persons', 'export'], ['groups', 'export']], givenOnly),
  ),
  'consentGated.readAudit': audit('consentGated'),

  'consents.read': c(read('person.consents', [['persons', 'read']])),
  'consents.traverse': c(read('neighbour.consents', [['persons', 'read'], ['ties', 'traverse'], ['persons', 'traverse']])),
  'consents.search': none(NO_SEARCH),
  'consents.create': c(write('recordConsent')),
  'consents.update': c(write('withdrawConsent')),
  'consents.readAudit': audit('consents'),

  'statuteShared.read': c(
    read('information.statute', [['persons', 'read']], byAgency({ P: 'statP', S: 'statS' })),
    read('tie.statute', [['ties', 'read']], byAgency({ P: 'statP', S: 'statS' })),
  ),
  'statuteShared.traverse': c(
    read('neighbour.information.statute', [['persons', 'read'], ['ties', 'traverse'], ['persons', 'traverse']], byAgency({ P: 'statP', S: 'statS' })),
    read('ego.ties.statute', [['ties', 'traverse'], ['persons', 'traverse']], byAgency({ P: 'statP', S: 'statS' })),
  ),
  'statuteShared.search': none(NO_SEARCH),
  'statuteShared.aggregate': c(read('analysis.degree.statute', [['ties', 'aggregate'], ['persons', 'aggregate']], byAgency({ P: 'statP', S: 'statS' }))),
  'statuteShared.create': c(write('shareInformation.STATUTE', [], ownOnly), write('createTie.OTHER_STATUTE', [['ties', 'create']], claiming)),
  'statuteShared.update': c(write('updateTie.statute', [['ties', 'update']], byAgency({ P: 'statP', S: 'statS' }))),
  'statuteShared.export': c(
    read('exportNetwork.tie.statute', [['ties', 'export'], ['persons', 'export']], byAgency({ P: 'statP', S: 'statS' })),
    write('recordExport.statute', [['ties', 'export'], ['persons', 'export'], ['groups', 'export']], byAgency({ P: 'statP', S: 'statS' })),
  ),
  'statuteShared.readAudit': audit('statuteShared'),

  // ---- case ----
  'boards.read': c(read('board.title'), read('boards.list')),
  'boards.traverse': c(read('areaNetwork.boards', [['ties', 'read']])),
  'boards.search': none('no board search: boards lists the user’s own (read)'),
  'boards.aggregate': c(read('area.activity.boards')),
  'boards.create': c(write('createBoard', [], users, { memberOnly: true })),
  'boards.update': c(write('updateBoard')),
  'team.read': c(read('board.team', [['boards', 'read']])),
  'team.create': c(write('addTeamMember')),
  'team.update': c(write('removeTeamMember')),
  'groups.read': c(read('group.name'), read('board.groups', [['boards', 'read']])),
  'groups.traverse': c(read('person.memberships', [['persons', 'read'], ['ties', 'read']])),
  'groups.search': none('no group search'),
  'groups.aggregate': c(read('analysis.groups', [['ties', 'aggregate']]), read('area.activity.groups')),
  'groups.create': c(write('createGroup')),
  'groups.update': c(write('updateGroup')),
  'groups.erase': none('groups are taken off boards (update) and never deleted'),
  'groups.export': c(write('recordExport.groups', [['persons', 'export'], ['ties', 'export']])),
  'interventions.read': c(read('intervention.title'), read('board.interventions', [['boards', 'read']])),
  'interventions.traverse': c(read('planning.interventions', [['factors', 'read']])),
  'interventions.search': none('no intervention search'),
  'interventions.aggregate': none('interventions are counted only in the managers’ aggregates (class aggregates)'),
  'interventions.create': c(write('createIntervention')),
  'interventions.update': c(write('updateIntervention')),
  'reports.read': c(read('situationOverview.reports'), read('area.reports')),
  'reports.traverse': none('situation reports are reached only from their area (read)'),
  'reports.search': none('no report search'),
  'reports.aggregate': c(read('situationOverview.levels')),
  'reports.create': none('situation reports are filed with createSituationReport, which the policy gates as ownReports'),
  'reports.update': none('situation reports are never edited'),

  // ---- reference, accounts, situation, statistics, system ----
  'communities.read': c(read('communities')),
  'communities.create': c(write('createCommunity')),
  'communities.update': none('no community edit in the API (participations are ties)'),
  'areas.read': c(read('areas')),
  'areas.create': c(write('createArea')),
  'areas.update': c(write('updateArea')),
  'agencies.read': c(read('agencies')),
  'agencies.create': c(write('createAgency')),
  'agencies.update': c(write('updateAgency')),
  'factorCatalogue.read': c(read('factors')),
  'factorCatalogue.create': c(write('createFactor')),
  'factorCatalogue.update': c(write('updateFactor')),
  'users.read': c(read('users')),
  'users.create': c(write('createUser')),
  'users.update': c(write('setUserDisabled')),
  'ownReports.read': c(read('myReports')),
  'ownReports.create': c(write('createSituationReport')),
  'readiness.read': c(read('readinessAlerts')),
  'readiness.aggregate': c(read('readinessStats')),
  'readiness.create': c(write('raiseAlert')),
  'readiness.update': c(write('setAreaLevel')),
  'readinessTeam.read': c(read('readinessTeam')),
  'readinessTeam.create': c(write('setReadinessTeamMember.add')),
  'readinessTeam.update': c(write('setReadinessTeamMember.remove')),
  'aggregates.aggregate': c(read('managerOverview'), read('managerExport')),
  'retention.erase': c(write('purgeExpired')),
};

/** Every carrier id in the table, once. */
export function carrierIds(table: Table = matrixTable): string[] {
  return [...new Set(Object.values(table).flatMap((e) => ('carriers' in e ? e.carriers.map((x) => x.id) : [])))].sort();
}
