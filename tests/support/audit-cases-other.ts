// The calls of the root fields that touch no person's data (reference data, accounts, the frames
// of boards, places, readiness), for tests/int/audit-completeness.int.test.ts: none may leave an
// access-log row naming anyone.
import { injectionTemplates } from './injection-templates.js';
import { today } from './audit-world.js';
import { totpCode } from '../../server/src/auth/totp.js';
import { createTestUser, testPassword } from './users.js';
import { TestClient } from './client.js';
import { clients, fresh, m, one, q, template, type AuditCase } from './audit-case-kit.js';

export const otherCases: Record<string, AuditCase> = {
  'Query.version': { query: '{ version }' },
  'Query.me': { query: '{ me { id } }' },
  'Mutation._noop': { query: 'mutation { _noop }' },
  'Query.users': { as: 'admin', query: '{ users { nodes { id } } }' },
  'Query.boards': { query: '{ boards { id } }' },
  'Query.group': { query: q('group', '$id: ID!', '{ id name }'), vars: async (w) => ({ id: w.read.groupId }) },
  'Query.communities': { query: '{ communities { id } }' },
  'Query.areas': { query: '{ areas { id } }' },
  'Query.area': { query: q('area', '$id: ID!', '{ id }'), vars: async (w) => ({ id: w.read.areaId }) },
  'Query.agencies': { query: '{ agencies { id } }' },
  'Query.agency': { query: q('agency', '$id: ID!', '{ id }'), vars: async (w) => ({ id: w.agencyId }) },
  'Query.factors': { query: '{ factors { id } }' },
  'Query.managerOverview': { as: 'manager', query: '{ managerOverview { boards } }' },
  'Query.managerExport': { as: 'manager', query: '{ managerExport(format: CSV) { filename } }' },
  'Query.eventTypes': { as: 'reporter', query: '{ eventTypes { __typename } }' },
  'Query.checkReportText': { as: 'reporter', query: '{ checkReportText(text: "Mycket folk vid planen efter matchen") { __typename } }' },
  'Query.myReports': { as: 'reporter', query: '{ myReports { id } }' },
  'Query.situationOverview': { query: '{ situationOverview { __typename } }' },
  'Query.meeting': { query: q('meeting', '$id: ID!', '{ id date }'), vars: async (w) => ({ id: w.read.meetingId }) },
  'Query.readinessAlerts': { query: '{ readinessAlerts { id } }' },
  'Query.readinessAlert': {
    query: q('readinessAlert', '$id: ID!', '{ id status }'),
    vars: async (w) => ({ id: (await one(w, 'mutation($i: RaiseAlertInput!) { raiseAlert(input: $i) { id } }', { i: { areaId: w.read.areaId, level: 'ELEVATED', reason: 'Oro' } })).id }),
  },
  'Query.readinessStats': { query: '{ readinessStats { __typename } }' },
  'Query.notifications': { query: '{ notifications { unread } }' },
  'Query.readinessTeam': { query: '{ readinessTeam { __typename } }' },
  'Mutation.login': { as: async (w) => new TestClient(w.server.url), query: 'mutation { login(username: "member", password: "tavla-demo") { id } }' },
  'Mutation.logout': { as: async (w) => new TestClient(w.server.url).login('member'), query: 'mutation { logout }' },
  'Mutation.loginWithTotp': {
    as: async () => clients.get('totp')!,
    query: m('loginWithTotp', '$username: String!, $password: String!, $code: String!', '{ id }'),
    vars: async (w) => {
      const u = await fresh(w);
      const secret = (await u.client.ok('mutation { startTotpEnrolment { secret } }')).startTotpEnrolment.secret as string;
      await u.client.ok('mutation($c: String!) { confirmTotpEnrolment(code: $c) { id } }', { c: await totpCode(secret) });
      await w.server.db.write((tx) => tx.rows('test/totp-forget-step', { userId: u.id }));
      clients.set('totp', new TestClient(w.server.url));
      return { username: u.username, password: testPassword, code: await totpCode(secret) };
    },
  },
  'Mutation.createUser': template('createUser'),
  'Mutation.setUserDisabled': { as: 'admin', query: m('setUserDisabled', '$userId: ID!, $disabled: Boolean!', '{ id }'), vars: async (w) => ({ userId: (await createTestUser(w.as.admin, 'MEMBER', 'audit')).id, disabled: true }) },
  'Mutation.resetUserTotp': { as: 'admin', query: m('resetUserTotp', '$userId: ID!', '{ id }'), vars: async (w) => ({ userId: (await createTestUser(w.as.admin, 'MEMBER', 'audit')).id }) },
  'Mutation.startTotpEnrolment': {
    as: async () => clients.get('enrol')!,
    query: 'mutation { startTotpEnrolment { uri } }',
    vars: async (w) => (clients.set('enrol', (await fresh(w)).client), {}),
  },
  'Mutation.confirmTotpEnrolment': {
    as: async () => clients.get('confirm')!,
    query: m('confirmTotpEnrolment', '$code: String!', '{ id }'),
    vars: async (w) => {
      const u = await fresh(w);
      clients.set('confirm', u.client);
      return { code: await totpCode((await u.client.ok('mutation { startTotpEnrolment { secret } }')).startTotpEnrolment.secret) };
    },
  },
  'Mutation.disableTotp': {
    as: async () => clients.get('disable')!,
    query: m('disableTotp', '$code: String!', '{ id }'),
    vars: async (w) => {
      const u = await fresh(w);
      const secret = (await u.client.ok('mutation { startTotpEnrolment { secret } }')).startTotpEnrolment.secret as string;
      await u.client.ok('mutation($c: String!) { confirmTotpEnrolment(code: $c) { id } }', { c: await totpCode(secret) });
      await w.server.db.write((tx) => tx.rows('test/totp-forget-step', { userId: u.id }));
      clients.set('disable', u.client);
      return { code: await totpCode(secret) };
    },
  },
  'Mutation.createBoard': template('createBoard'),
  'Mutation.updateBoard': template('updateBoard'),
  'Mutation.addTeamMember': { query: m('addTeamMember', '$boardId: ID!, $userId: ID!', '{ id }'), vars: async (w) => ({ boardId: w.writeBoardId, userId: w.memberId }) },
  'Mutation.removeTeamMember': {
    query: m('removeTeamMember', '$boardId: ID!, $userId: ID!', '{ id }'),
    vars: async (w) => {
      await w.as.coordinator.ok('mutation($b: ID!, $u: ID!) { addTeamMember(boardId: $b, userId: $u) { id } }', { b: w.writeBoardId, u: w.memberId });
      return { boardId: w.writeBoardId, userId: w.memberId };
    },
  },
  'Mutation.addGroupToBoard': {
    query: m('addGroupToBoard', '$boardId: ID!, $groupId: ID!', '{ id }'),
    vars: async (w) => ({ boardId: w.writeBoardId, groupId: (await one(w, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }', { i: { boardId: w.read.boardId, name: 'Delad' } })).id }),
  },
  'Mutation.saveLayout': { query: m('saveLayout', '$boardId: ID!, $positions: [NodePositionInput!]!', '{ nodeId }'), vars: async (w) => ({ boardId: w.read.boardId, positions: [{ nodeId: w.read.groupId, x: 10, y: 20 }] }) },
  'Mutation.createGroup': template('createGroup'),
  'Mutation.updateGroup': template('updateGroup'),
  'Mutation.createGroupLink': template('createGroupLink'),
  'Mutation.endGroupLink': {
    query: m('endGroupLink', '$input: EndGroupLinkInput!', '{ id }'),
    vars: async (w) => ({ input: { id: (await one(w, injectionTemplates.createGroupLink!.query, await injectionTemplates.createGroupLink!.vars(w.inj))).id, version: 1 } }),
  },
  'Mutation.createCommunity': template('createCommunity'),
  'Mutation.createArea': template('createArea'),
  'Mutation.updateArea': template('updateArea'),
  'Mutation.createPlace': template('createPlace'),
  'Mutation.createSituationReport': template('createSituationReport'),
  'Mutation.createAgency': template('createAgency'),
  'Mutation.updateAgency': template('updateAgency'),
  'Mutation.createAgencyContact': template('createAgencyContact'),
  'Mutation.updateAgencyContact': template('updateAgencyContact'),
  'Mutation.createFactor': template('createFactor'),
  'Mutation.updateFactor': template('updateFactor'),
  'Mutation.retireFactor': {
    as: 'admin',
    query: m('retireFactor', '$id: ID!, $version: Int!', '{ id }'),
    vars: async (w) => ({ id: (Object.values(await w.as.admin.ok(injectionTemplates.createFactor!.query, await injectionTemplates.createFactor!.vars(w.inj)))[0] as { id: string }).id, version: 1 }),
  },
  'Mutation.setAreaLevel': template('setAreaLevel'),
  'Mutation.createMeeting': { query: m('createMeeting', '$input: CreateMeetingInput!', '{ id }'), vars: async (w) => ({ input: { boardId: (await one(w, 'mutation { createBoard(input: { title: "Möten" }) { id } }', {})).id, date: today() } }) },
  'Mutation.addMeetingDecision': template('addMeetingDecision'),
  'Mutation.raiseAlert': template('raiseAlert'),
  'Mutation.recordConvening': template('recordConvening'),
  'Mutation.logAlertDecision': template('logAlertDecision'),
  'Mutation.logAlertAction': template('logAlertAction'),
  'Mutation.setAlertActionDone': {
    query: m('setAlertActionDone', '$id: ID!, $done: Boolean!', '{ id }'),
    vars: async (w) => ({ id: (await one(w, injectionTemplates.logAlertAction!.query, await injectionTemplates.logAlertAction!.vars(w.inj))).id, done: true }),
  },
  'Mutation.closeAlert': template('closeAlert'),
  'Mutation.markNotificationsRead': { query: 'mutation { markNotificationsRead { unread } }' },
  'Mutation.setBoardClosed': { query: m('setBoardClosed', '$boardId: ID!, $closed: Boolean!', '{ id }'), vars: async (w) => ({ boardId: (await one(w, 'mutation { createBoard(input: { title: "Avslutas" }) { id } }', {})).id, closed: true }) },
  'Mutation.setReadinessTeamMember': template('setReadinessTeamMember'),
};
