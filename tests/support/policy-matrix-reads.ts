// What each read carrier of the policy matrix sends, and how it tells whether the datum reached
// the user: its id (or a text only it holds) is somewhere in the answer. A refusal (FORBIDDEN,
// NOT_FOUND), a null, an empty list and a list without it all mean "denied": a denied record
// must look exactly like a missing one. Many carriers share one request (the same user asking the
// same thing), which the runner then sends once.
import type { Ctx, Variant } from './policy-matrix.js';
import type { MatrixUser, MatrixWorld, Slot } from './policy-matrix-world.js';

export interface Env {
  w: MatrixWorld;
  slot: Slot;
  v: Variant;
  ctx: Ctx;
  user: MatrixUser;
}

export interface Gql {
  query: string;
  vars: Record<string, unknown>;
}

export interface ReadImpl {
  request(e: Env): Gql;
  seen(data: any, e: Env): boolean;
}

const purpose = (e: Env) => (e.ctx.purpose === 'investigation' ? 'INVESTIGATION' : 'PREVENTION');
const ids = (xs: { id: string }[] | null | undefined) => (xs ?? []).map((x) => x.id);
const has = (xs: { id: string }[] | null | undefined, id: string | undefined) => id !== undefined && ids(xs).includes(id);

// ---- the requests ----
const PERSON = 'query($id: ID!) { person(id: $id) { id alias name } }';
const PERSON_TIES = 'query($id: ID!) { person(id: $id) { id ties { id } } }';
const ASSESSMENTS = 'query($id: ID!) { person(id: $id) { id assessments { id note } } }';
const INFORMATION = 'query($id: ID!, $p: AccessPurpose) { person(id: $id) { id information(purpose: $p) { id } } }';
const CONSENTS = 'query($id: ID!) { person(id: $id) { id consents { id } } }';
const MEMBERSHIPS = 'query($id: ID!) { person(id: $id) { id memberships { group { id } } } }';
const NEIGHBOUR = (inner: string) => `query($id: ID!${inner.includes('$p') ? ', $p: AccessPurpose' : ''}) { person(id: $id) { id ties { source { id ${inner} } target { id ${inner} } } } }`;
const BOARD = (inner: string) => `query($b: ID!) { board(id: $b) { id ${inner} } }`;
const CHANGES = 'query($b: ID!, $s: Date!) { board(id: $b) { id changes(since: $s) { newTies { id } } } }';
const TIE = 'query($t: ID!) { tie(id: $t) { id } }';
const EGO = 'query($b: ID!, $p: ID!) { egoNetwork(boardId: $b, personId: $p, steps: 2) { people { person { id alias } } ties { id } } }';
const ANALYSIS = 'query($b: ID!) { boardAnalysis(boardId: $b) { people { person { id alias } degree } groups { group { id } } } }';
const PROFILE = 'query($g: ID!, $f: Date!) { groupFactorProfile(groupId: $g, from: $f) { factors { factor { id } } } }';
const EXPORT = 'query($b: ID!, $p: AccessPurpose) { exportNetwork(boardId: $b, format: GRAPHML, purpose: $p) { content } }';
const SUBJECT = 'query($p: ID!) { subjectAccess(personId: $p, first: 200) { nodes { purpose personIds } } }';
const REVIEW = 'query($p: ID!) { auditReview(filter: { personId: $p }, order: OLDEST_FIRST, first: 200) { nodes { purpose personIds } } }';
const AUDIT_EXPORT = 'query($p: ID!) { auditExport(report: SUBJECT_ACCESS, filter: { personId: $p }) { base64 } }';
const AREA = (inner: string) => `query($a: ID!) { area(id: $a) { id ${inner} } }`;

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const longAgo = '2020-01-01';

// ---- shorthands ----
const subject = (q: string, seen: (person: any, e: Env) => boolean, withPurpose = false): ReadImpl => ({
  request: (e) => ({ query: q, vars: { id: e.slot.subject, ...(withPurpose ? { p: purpose(e) } : {}) } }),
  seen: (d, e) => !!d?.person && seen(d.person, e),
});
/** Through the neighbour's ties: the subject at the far end, and what is read from there. */
const neighbour = (inner: string, seen: (end: any, e: Env) => boolean): ReadImpl => ({
  request: (e) => ({ query: NEIGHBOUR(inner), vars: { id: e.slot.neighbour, ...(inner.includes('$p') ? { p: purpose(e) } : {}) } }),
  seen: (d, e) => (d?.person?.ties ?? []).some((t: any) => [t.source, t.target].some((end) => end?.id === e.slot.subject && seen(end, e))),
});
const board = (inner: string, seen: (b: any, e: Env) => boolean, slotOf: (e: Env) => string = (e) => e.slot.boardId): ReadImpl => ({
  request: (e) => ({ query: BOARD(inner), vars: { b: slotOf(e) } }),
  seen: (d, e) => !!d?.board && seen(d.board, e),
});
const tieOf = (e: Env, key: string) => e.slot.ties[e.v.datum ?? key]!;
const tie = (key: string): ReadImpl => ({ request: (e) => ({ query: TIE, vars: { t: tieOf(e, key).id } }), seen: (d, e) => d?.tie?.id === tieOf(e, key).id });
const ego = (seen: (n: any, e: Env) => boolean): ReadImpl => ({ request: (e) => ({ query: EGO, vars: { b: e.slot.boardId, p: e.slot.neighbour } }), seen: (d, e) => !!d?.egoNetwork && seen(d.egoNetwork, e) });
const analysis = (seen: (a: any, e: Env) => boolean): ReadImpl => ({ request: (e) => ({ query: ANALYSIS, vars: { b: e.slot.boardId } }), seen: (d, e) => !!d?.boardAnalysis && seen(d.boardAnalysis, e) });
/** A leaf's degree: the leaf has no tie but this one, so it counts 1 exactly when the tie was counted. */
const degree = (key: string) => analysis((a, e) => a.people.some((m: any) => m.person.id === tieOf(e, key).leaf && m.degree === 1));
const exported = (needle: (e: Env) => string): ReadImpl => ({
  request: (e) => ({ query: EXPORT, vars: { b: e.slot.boardId, p: purpose(e) } }),
  seen: (d, e) => typeof d?.exportNetwork?.content === 'string' && d.exportNetwork.content.includes(needle(e)),
});
const profile = (key: string): ReadImpl => ({
  request: (e) => ({ query: PROFILE, vars: { g: e.slot.groupId, f: longAgo } }),
  seen: (d, e) => (d?.groupFactorProfile?.factors ?? []).some((f: any) => f.factor.id === e.slot.assessments[e.v.datum ?? key]!.factorId),
});
const infoOf = (e: Env) => e.slot.info[e.v.datum!]!;
const assessmentOf = (e: Env, key: string) => e.slot.assessments[e.v.datum ?? key]!;
const list = (query: string, field: string, seen: (x: any, e: Env) => boolean = (x) => x != null): ReadImpl => ({ request: () => ({ query, vars: {} }), seen: (d, e) => seen(d?.[field], e) });

/** Which access-log purposes stand for a read of each class of a person's data. */
const auditPurpose: Record<string, string> = {
  identity: 'Query.person', persons: 'Query.person', ties: 'Person.ties', factors: 'Person.assessments', consents: 'Person.consents',
  agencyNotes: 'Person.information', police115: 'Person.information', consentGated: 'Person.information', statuteShared: 'Person.information',
};
const auditRows = (cls: string, query: string, field: string): ReadImpl => ({
  request: (e) => ({ query, vars: { p: e.slot.subject } }),
  seen: (d, e) => (d?.[field]?.nodes ?? []).some((r: any) => r.purpose.startsWith(auditPurpose[cls]!) && r.personIds.includes(e.slot.subject)),
});
const auditCsv = (cls: string): ReadImpl => ({
  request: (e) => ({ query: AUDIT_EXPORT, vars: { p: e.slot.subject } }),
  seen: (d) => typeof d?.auditExport?.base64 === 'string' && Buffer.from(d.auditExport.base64, 'base64').toString('utf8').includes(auditPurpose[cls]!),
});

export const reads: Record<string, ReadImpl> = {
  'person.identity': subject(PERSON, (p, e) => p.alias === e.slot.subjectAlias),
  'board.people.identity': board('people { id alias }', (b, e) => b.people.some((p: any) => p.id === e.slot.subject && p.alias === e.slot.subjectAlias)),
  'neighbour.identity': neighbour('alias', (end, e) => end.alias === e.slot.subjectAlias),
  'ego.identity': ego((n, e) => n.people.some((m: any) => m.person.id === e.slot.subject && m.person.alias === e.slot.subjectAlias)),
  'people.search.identity': {
    request: (e) => ({ query: 'query($s: String) { people(search: $s, first: 200) { nodes { id } } }', vars: { s: e.slot.subjectAlias } }),
    seen: (d, e) => has(d?.people?.nodes, e.slot.subject),
  },
  'analysis.identity': analysis((a, e) => a.people.some((m: any) => m.person.id === e.slot.subject && m.person.alias === e.slot.subjectAlias)),
  'exportNetwork.identity': exported((e) => `>${e.slot.subjectAlias}<`),

  'person.id': subject(PERSON, (p, e) => p.id === e.slot.subject),
  'board.people.id': board('people { id alias }', (b, e) => has(b.people, e.slot.subject)),
  'ego.people': ego((n, e) => n.people.some((m: any) => m.person.id === e.slot.subject)),
  'people.search.persons': {
    request: (e) => ({ query: 'query($s: String) { people(search: $s, first: 200) { nodes { id } } }', vars: { s: e.slot.subjectAlias } }),
    seen: (d, e) => has(d?.people?.nodes, e.slot.subject),
  },
  'people.list': { request: () => ({ query: 'query { people(first: 200) { nodes { id } } }', vars: {} }), seen: (d, e) => has(d?.people?.nodes, e.slot.subject) },
  'analysis.people': analysis((a, e) => a.people.some((m: any) => m.person.id === e.slot.subject)),
  'exportNetwork.person': exported((e) => `<node id="${e.slot.subject}"`),

  'tie.plain': tie('plain'),
  'person.ties.plain': subject(PERSON_TIES, (p, e) => has(p.ties, e.slot.ties.plain!.id)),
  'board.ties.plain': board('ties { id }', (b, e) => has(b.ties, e.slot.ties.plain!.id)),
  'changes.ties.plain': {
    request: (e) => ({ query: CHANGES, vars: { b: e.slot.boardId, s: yesterday() } }),
    seen: (d, e) => has(d?.board?.changes?.newTies, e.slot.ties.plain!.id),
  },
  'ego.ties.plain': ego((n, e) => has(n.ties, e.slot.ties.plain!.id)),
  'analysis.degree.plain': degree('plain'),
  'exportNetwork.tie.plain': exported((e) => `<edge id="${e.slot.ties.plain!.id}"`),

  'assessments.plain': subject(ASSESSMENTS, (p, e) => has(p.assessments, e.slot.assessments.plain!.id)),
  'neighbour.assessments.plain': neighbour('assessments { id }', (end, e) => has(end.assessments, e.slot.assessments.plain!.id)),
  'groupProfile.plain': profile('plain'),

  'information.notes': subject(INFORMATION, (p, e) => has(p.information, infoOf(e)), true),
  'assessment.note': subject(ASSESSMENTS, (p, e) => (p.assessments ?? []).some((a: any) => a.id === assessmentOf(e, '').id && a.note === assessmentOf(e, '').note)),
  'neighbour.information.notes': neighbour('information(purpose: $p) { id }', (end, e) => has(end.information, infoOf(e))),

  'information.p115': subject(INFORMATION, (p, e) => has(p.information, infoOf(e)), true),
  'tie.p115': tie('p115'),
  'neighbour.information.p115': neighbour('information(purpose: $p) { id }', (end, e) => has(end.information, infoOf(e))),
  'ego.ties.p115': ego((n, e) => has(n.ties, tieOf(e, 'p115').id)),
  'analysis.degree.p115': degree('p115'),
  'exportNetwork.tie.p115': exported((e) => `<edge id="${tieOf(e, 'p115').id}"`),

  'information.consent': subject(INFORMATION, (p, e) => has(p.information, infoOf(e)), true),
  'tie.consent': tie(''),
  'assessments.consent': subject(ASSESSMENTS, (p, e) => has(p.assessments, assessmentOf(e, '').id)),
  'neighbour.information.consent': neighbour('information(purpose: $p) { id }', (end, e) => has(end.information, infoOf(e))),
  'ego.ties.consent': ego((n, e) => has(n.ties, tieOf(e, '').id)),
  'analysis.degree.consent': degree(''),
  'groupProfile.consent': profile(''),
  'exportNetwork.tie.consent': exported((e) => `<edge id="${tieOf(e, '').id}"`),

  'person.consents': subject(CONSENTS, (p, e) => has(p.consents, e.slot.consents.given)),
  'neighbour.consents': neighbour('consents { id }', (end, e) => has(end.consents, e.slot.consents.given)),

  'information.statute': subject(INFORMATION, (p, e) => has(p.information, infoOf(e)), true),
  'tie.statute': tie(''),
  'neighbour.information.statute': neighbour('information(purpose: $p) { id }', (end, e) => has(end.information, infoOf(e))),
  'ego.ties.statute': ego((n, e) => has(n.ties, tieOf(e, '').id)),
  'analysis.degree.statute': degree(''),
  'exportNetwork.tie.statute': exported((e) => `<edge id="${tieOf(e, '').id}"`),

  // ---- case data (always on the live board) ----
  'board.title': board('title', (b, e) => b.title === `${e.w.boardTitle} live`),
  'boards.list': { request: () => ({ query: 'query { boards(first: 200) { id } }', vars: {} }), seen: (d, e) => has(d?.boards, e.slot.boardId) },
  'areaNetwork.boards': {
    request: (e) => ({ query: 'query($a: ID!) { areaNetwork(areaId: $a) { boards { id } } }', vars: { a: e.w.areaId } }),
    seen: (d, e) => has(d?.areaNetwork?.boards, e.slot.boardId),
  },
  // The area holds this one board: the user's own by name, anyone else's only counted.
  'area.activity.boards': {
    request: (e) => ({ query: AREA('activity { boards { id } otherBoards groups { id } otherGroups }'), vars: { a: e.w.areaId } }),
    seen: (d, e) => has(d?.area?.activity?.boards, e.slot.boardId) || (d?.area?.activity?.otherBoards ?? 0) > 0,
  },
  'board.team': board('team { id }', (b, e) => has(b.team, e.w.user('COORDINATOR', 'P', true).id)),
  'group.name': {
    request: (e) => ({ query: 'query($g: ID!) { group(id: $g) { id name } }', vars: { g: e.slot.groupId } }),
    seen: (d, e) => d?.group?.name === e.slot.groupName,
  },
  'board.groups': board('groups { id }', (b, e) => has(b.groups, e.slot.groupId)),
  'person.memberships': subject(MEMBERSHIPS, (p, e) => (p.memberships ?? []).some((m: any) => m.group.id === e.slot.groupId)),
  'analysis.groups': analysis((a, e) => (a.groups ?? []).some((g: any) => g.group.id === e.slot.groupId)),
  'area.activity.groups': {
    request: (e) => ({ query: AREA('activity { boards { id } otherBoards groups { id } otherGroups }'), vars: { a: e.w.areaId } }),
    seen: (d, e) => has(d?.area?.activity?.groups, e.slot.groupId) || (d?.area?.activity?.otherGroups ?? 0) > 0,
  },
  'intervention.title': {
    request: (e) => ({ query: 'query($i: ID!) { intervention(id: $i) { id title } }', vars: { i: e.slot.interventionId } }),
    seen: (d, e) => d?.intervention?.title === e.slot.interventionTitle,
  },
  'board.interventions': board('interventions { id }', (b, e) => has(b.interventions, e.slot.interventionId)),
  'planning.interventions': {
    request: (e) => ({ query: 'query($b: ID!, $p: ID!) { planning(boardId: $b, personId: $p) { interventions { id } } }', vars: { b: e.slot.boardId, p: e.slot.subject } }),
    seen: (d, e) => has(d?.planning?.interventions, e.slot.interventionId),
  },
  'situationOverview.reports': {
    request: () => ({ query: 'query { situationOverview(weeks: 4, latest: 50) { latestReports { id } } }', vars: {} }),
    seen: (d, e) => has(d?.situationOverview?.latestReports, e.w.reportId),
  },
  'area.reports': { request: (e) => ({ query: AREA('reports { id }'), vars: { a: e.w.areaId } }), seen: (d, e) => has(d?.area?.reports, e.w.reportId) },
  // The area's only report this week is ELEVATED: the heat map's cell says so exactly when it was counted.
  'situationOverview.levels': {
    request: () => ({ query: 'query { situationOverview(weeks: 4) { areas { area { id } weeks { level reports } } } }', vars: {} }),
    seen: (d, e) => (d?.situationOverview?.areas ?? []).some((a: any) => a.area.id === e.w.areaId && a.weeks.some((c: any) => c.reports > 0)),
  },

  // ---- reference and the rest: the datum is a known entry of the list, or the answer itself ----
  communities: list('query { communities { id } }', 'communities', (x) => Array.isArray(x) && x.length > 0),
  areas: list('query { areas { id } }', 'areas', (x, e) => has(x, e.w.areaId)),
  agencies: list('query { agencies { id } }', 'agencies', (x, e) => has(x, e.w.agencyToEdit)),
  factors: list('query { factors { id } }', 'factors', (x, e) => has(x, e.w.factorToEdit)),
  users: list('query { users(first: 200) { nodes { id } } }', 'users', (x) => Array.isArray(x?.nodes) && x.nodes.length > 0),
  myReports: list('query { myReports { id } }', 'myReports', (x) => Array.isArray(x)),
  readinessAlerts: list('query { readinessAlerts { id } }', 'readinessAlerts', (x) => Array.isArray(x)),
  readinessStats: list('query { readinessStats { overall { __typename } } }', 'readinessStats'),
  readinessTeam: list('query { readinessTeam { user { id } } }', 'readinessTeam', (x) => Array.isArray(x)),
  managerOverview: list('query { managerOverview { boards } }', 'managerOverview', (x) => typeof x?.boards === 'number'),
  managerExport: list('query { managerExport(format: CSV) { base64 } }', 'managerExport', (x) => typeof x?.base64 === 'string'),
};

for (const cls of Object.keys(auditPurpose)) {
  reads[`audit.subjectAccess.${cls}`] = auditRows(cls, SUBJECT, 'subjectAccess');
  reads[`audit.review.${cls}`] = auditRows(cls, REVIEW, 'auditReview');
  reads[`audit.export.${cls}`] = auditCsv(cls);
}
