// One valid call per root field, for tests/int/audit-completeness.int.test.ts, which decides from
// the policy (not from this file) which fields touch a person's data and so must leave exactly one
// access-log row. Each call selects as little as it can (nested fields may log reads of their
// own); `people` says whom the row must name, worked out from what the case set up. The fields
// that touch no person are in audit-cases-other.ts.
import type { AuditWorld } from './audit-world.js';
import { all, finishedJob, input, jobDone, m, newIntervention, newMembership, newParticipation, newTie, one, q, template, type AuditCase, type Vars } from './audit-case-kit.js';
import { otherCases } from './audit-cases-other.js';

export const auditCases: Record<string, AuditCase> = {
  // ---- people, ties, factors: the policy's personal classes ----
  'Query.person': { query: q('person', '$id: ID!', '{ id }'), vars: async (w) => ({ id: w.read.people[0] }), people: (w) => [w.read.people[0]] },
  'Query.people': { query: q('people', '$search: String', '{ nodes { id } }'), vars: async () => ({ search: 'Gamma' }), people: (_w, _v, d) => d.people.nodes.map((n: { id: string }) => n.id) },
  'Query.tie': { query: q('tie', '$id: ID!', '{ id }'), vars: async (w) => ({ id: w.read.tieId }), people: (w) => w.read.people.slice(0, 2) },
  'Query.groupFactorProfile': { query: q('groupFactorProfile', '$groupId: ID!, $from: Date!', '{ memberCount }'), vars: async (w) => ({ groupId: w.read.groupId, from: '2026-01-01' }), people: (w) => [w.read.people[0]] },
  'Query.planning': { query: q('planning', '$boardId: ID!', '{ scope }'), vars: async (w) => ({ boardId: w.read.boardId }), people: all },
  'Query.boardAnalysis': { query: q('boardAnalysis', '$boardId: ID!', '{ personCount }'), vars: async (w) => ({ boardId: w.read.boardId }), people: all },
  'Query.analysisJob': { query: q('analysisJob', '$id: ID!', '{ analysis { personCount } }'), vars: async (w) => ({ id: await finishedJob(w) }), people: all },
  'Query.simulateRemoval': { query: q('simulateRemoval', '$boardId: ID!, $personIds: [ID!]!', '{ componentsAfter }'), vars: async (w) => ({ boardId: w.read.boardId, personIds: [w.read.people[1]] }), people: all },
  'Query.simulate': { query: q('simulate', '$boardId: ID!, $input: WhatIfInput!', '{ __typename }'), vars: async (w) => ({ boardId: w.read.boardId, input: { removePeople: [w.read.people[1]] } }), people: all },
  'Query.egoNetwork': { query: q('egoNetwork', '$boardId: ID!, $personId: ID!', '{ __typename }'), vars: async (w) => ({ boardId: w.read.boardId, personId: w.read.people[0] }), people: all },
  'Query.shortestPath': { query: q('shortestPath', '$boardId: ID!, $fromId: ID!, $toId: ID!', '{ __typename }'), vars: async (w) => ({ boardId: w.read.boardId, fromId: w.read.people[0], toId: w.read.people[2] }), people: all },
  'Query.areaNetwork': { query: q('areaNetwork', '$areaId: ID!', '{ __typename }'), vars: async (w) => ({ areaId: w.read.areaId }), people: all },
  'Query.exportNetwork': { query: q('exportNetwork', '$boardId: ID!, $format: ExportFormat!', '{ people }'), vars: async (w) => ({ boardId: w.read.boardId, format: 'CSV' }), people: all },
  'Mutation.createPerson': template('createPerson', (_w, _v, d) => [d.createPerson.id]),
  'Mutation.updatePerson': { query: m('updatePerson', '$input: UpdatePersonInput!', '{ id }'), vars: async (w) => ({ input: { id: await w.person(), version: 1, alias: 'Ny' } }), people: (_w, v) => [input(v).id] },
  'Mutation.setToneSetter': { query: m('setToneSetter', '$input: SetToneSetterInput!', '{ id }'), vars: async (w) => ({ input: { boardId: w.writeBoardId, personId: await w.person(), toneSetter: true } }), people: (_w, v) => [input(v).personId] },
  'Mutation.setResponsibility': { query: m('setResponsibility', '$input: SetResponsibilityInput!', '{ id }'), vars: async (w) => ({ input: { contactId: w.read.contactId, personId: await w.person(), responsible: true } }), people: (_w, v) => [input(v).personId] },
  'Mutation.createTie': {
    query: m('createTie', '$input: CreateTieInput!', '{ id }'),
    vars: async (w) => ({ input: { boardId: w.writeBoardId, sourceId: await w.person(), targetId: await w.person(), type: 'CONFLICT', strength: 4, valence: 'HARMFUL' } }),
    people: (_w, v) => [input(v).sourceId, input(v).targetId],
  },
  ...(() => {
    const ends = new Map<string, string[]>();
    const tieCase = (field: string, build: (w: AuditWorld, tie: { id: string; ends: string[] }) => Promise<Vars>): AuditCase => ({
      query: m(field, `$input: ${field[0]!.toUpperCase()}${field.slice(1)}Input!`, '{ id }'),
      vars: async (w) => {
        const tie = await newTie(w);
        ends.set(tie.id, tie.ends);
        return { input: await build(w, tie) };
      },
      people: (_w, v) => ends.get(input(v).id)!,
    });
    return {
      'Mutation.updateTie': tieCase('updateTie', async (_w, t) => ({ id: t.id, version: 1, strength: 5 })),
      'Mutation.endTie': tieCase('endTie', async (_w, t) => ({ id: t.id, version: 1 })),
      'Mutation.reopenTie': tieCase('reopenTie', async (w, t) => {
        await w.as.coordinator.ok('mutation($i: EndTieInput!) { endTie(input: $i) { id } }', { i: { id: t.id, version: 1 } });
        return { id: t.id, version: 2 };
      }),
    };
  })(),
  'Mutation.assessFactor': { query: m('assessFactor', '$input: AssessFactorInput!', '{ id }'), vars: async (w) => ({ input: { personId: await w.person(), factorId: w.factorId, level: 1 } }), people: (_w, v) => [input(v).personId] },
  'Mutation.startBoardAnalysis': {
    query: m('startBoardAnalysis', '$boardId: ID!', '{ id }'),
    vars: async (w) => ({ boardId: w.read.boardId }),
    // The board is read after the answer, on the job: its row is written then.
    settle: (w, d) => jobDone(w, d.startBoardAnalysis.id),
    people: all,
  },
  'Mutation.importNetwork': template('importNetwork', (_w, _v, d) => d.importNetwork.people.map((p: { id: string }) => p.id)),

  'Mutation.erasePerson': { query: m('erasePerson', '$id: ID!, $reason: ErasureReason!'), vars: async (w) => ({ id: await w.person(), reason: 'SUBJECT_REQUEST' }), people: (_w, v) => [v.id as string] },
  'Mutation.recordExport': {
    query: m('recordExport', '$input: RecordExportInput!'),
    vars: async (w) => ({ input: { boardId: w.read.boardId, format: 'PNG', personIds: all(w) } }),
    people: all,
  },
  'Mutation.recordConsent': {
    query: m('recordConsent', '$input: RecordConsentInput!', '{ id }'),
    vars: async (w) => ({ input: { personId: await w.person(), givenBy: 'mor', scope: ['TIES'], agencyIds: [w.agencyId] } }),
    people: (_w, v) => [input(v).personId],
  },
  ...(() => {
    const whose = new Map<string, string>();
    return {
      'Mutation.withdrawConsent': {
        query: m('withdrawConsent', '$input: WithdrawConsentInput!', '{ id }'),
        vars: async (w: AuditWorld) => {
          const p = await w.person();
          const c = await one(w, 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }', { i: { personId: p, givenBy: 'far', scope: ['FACTORS'], agencyIds: [w.agencyId] } });
          whose.set(c.id, p);
          return { input: { id: c.id, version: 1, withdrawnBy: 'far' } };
        },
        people: (_w: AuditWorld, v: Vars) => [whose.get(input(v).id)!],
      },
    };
  })(),
  'Mutation.shareInformation': {
    query: m('shareInformation', '$input: ShareInformationInput!', '{ id }'),
    vars: async (w) => ({ input: { personId: await w.person(), class: 'AGENCY_NOTE', text: 'Har börjat på fritidsgården.' } }),
    people: (_w, v) => [input(v).personId],
  },
  // The access log, for the data-protection officer: reading it is itself logged, naming the
  // person a review was about.
  'Query.auditEvents': { as: 'auditor', query: q('auditEvents', '$personId: ID', '{ nodes { id } }'), vars: async (w) => ({ personId: w.read.people[0] }), action: 'READ_AUDIT', people: (w) => [w.read.people[0]] },
  'Query.auditReview': { as: 'auditor', query: q('auditReview', '$filter: AuditFilter', '{ nodes { id } }'), vars: async (w) => ({ filter: { personId: w.read.people[1] } }), action: 'READ_AUDIT', people: (w) => [w.read.people[1]] },
  'Query.subjectAccess': { as: 'auditor', query: q('subjectAccess', '$personId: ID!', '{ nodes { id } }'), vars: async (w) => ({ personId: w.read.people[2] }), action: 'READ_AUDIT', people: (w) => [w.read.people[2]] },
  'Query.auditSample': {
    as: 'auditor',
    query: q('auditSample', '$filter: AuditFilter!, $size: Int!, $seed: String!', '{ population }'),
    vars: async () => ({ filter: { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date().toISOString() }, size: 5, seed: 'revision' }),
    action: 'READ_AUDIT',
    people: () => [],
  },
  'Query.auditExport': {
    as: 'auditor',
    query: q('auditExport', '$report: AuditReport!, $filter: AuditFilter', '{ filename }'),
    vars: async (w) => ({ report: 'SUBJECT_ACCESS', filter: { personId: w.read.people[0] } }),
    action: 'EXPORT_AUDIT',
    people: (w) => [w.read.people[0]],
  },
  'Query.legalStatutes': { query: '{ legalStatutes { code } }' },

  // ---- guarded on case resources, but about people (the test's alsoPersonal list says why) ----
  'Mutation.removeGroupFromBoard': {
    query: m('removeGroupFromBoard', '$input: RemoveGroupFromBoardInput!', '{ id }'),
    vars: async (w) => {
      const x = await newMembership(w);
      const g = (await w.as.coordinator.ok('query($id: ID!) { person(id: $id) { memberships { group { id version } } } }', { id: x.person })).person.memberships[0].group;
      return { input: { boardId: w.writeBoardId, id: g.id, version: g.version }, person: x.person };
    },
    people: (_w, v) => [v.person as string],
  },
  'Mutation.purgeExpired': { as: 'admin', query: 'mutation { purgeExpired { checked } }' },
  'Query.board': { query: q('board', '$id: ID!', '{ id people { id } }'), vars: async (w) => ({ id: w.read.boardId }), people: all },
  'Query.intervention': { query: q('intervention', '$id: ID!', '{ id }'), vars: async (w) => ({ id: w.read.interventionId }), people: (w) => [w.read.people[0]] },
  'Query.meetingMinutesPdf': { query: q('meetingMinutesPdf', '$meetingId: ID!', '{ filename }'), vars: async (w) => ({ meetingId: w.read.meetingId }), purpose: 'Meeting.minutesPdf', people: (w) => [w.read.people[0]] },
  'Mutation.removePersonFromBoard': { query: m('removePersonFromBoard', '$boardId: ID!, $personId: ID!', '{ id }'), vars: async (w) => ({ boardId: w.writeBoardId, personId: await w.person() }), people: (_w, v) => [v.personId as string] },
  'Mutation.addMember': {
    query: m('addMember', '$input: AddMemberInput!', '{ id }'),
    vars: async (w) => ({ input: { groupId: (await one(w, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }', { i: { boardId: w.writeBoardId, name: 'G' } })).id, personId: await w.person(), role: 'PERIPHERAL' } }),
    people: (_w, v) => [input(v).personId],
  },
  ...(() => {
    const whose = new Map<string, string>();
    const membership = (field: string, extra: Vars): AuditCase => ({
      query: m(field, `$input: ${field[0]!.toUpperCase()}${field.slice(1)}Input!`, '{ id }'),
      vars: async (w) => {
        const x = await newMembership(w);
        whose.set(x.id, x.person);
        return { input: { id: x.id, version: 1, ...extra } };
      },
      people: (_w, v) => [whose.get(input(v).id)!],
    });
    const participation = (field: string, extra: Vars): AuditCase => ({
      query: m(field, `$input: ${field[0]!.toUpperCase()}${field.slice(1)}Input!`, '{ id }'),
      vars: async (w) => {
        const x = await newParticipation(w);
        whose.set(x.id, x.person);
        return { input: { id: x.id, version: 1, ...extra } };
      },
      people: (_w, v) => [whose.get(input(v).id)!],
    });
    const intervention = (field: string, build: (w: AuditWorld, id: string) => Promise<Vars>): AuditCase => ({
      query: m(field, `$input: ${field[0]!.toUpperCase()}${field.slice(1)}Input!`, '{ id }'),
      vars: async (w) => {
        const x = await newIntervention(w);
        whose.set(x.id, x.person);
        return { input: await build(w, x.id) };
      },
      people: (_w, v) => [whose.get(input(v).interventionId ?? input(v).id)!],
    });
    return {
      'Mutation.updateMembership': membership('updateMembership', { role: 'LEADER' }),
      'Mutation.endMembership': membership('endMembership', {}),
      'Mutation.addParticipation': {
        query: m('addParticipation', '$input: AddParticipationInput!', '{ id }'),
        vars: async (w: AuditWorld) => ({ input: { personId: await w.person(), communityId: w.read.communityId, strength: 4 } }),
        people: (_w: AuditWorld, v: Vars) => [input(v).personId],
      },
      'Mutation.updateParticipation': participation('updateParticipation', { strength: 5 }),
      'Mutation.endParticipation': participation('endParticipation', {}),
      'Mutation.updateIntervention': intervention('updateIntervention', async (_w, id) => ({ id, version: 1, title: 'Ändrad' })),
      'Mutation.addFollowUp': intervention('addFollowUp', async (_w, id) => ({ interventionId: id, progress: 'ON_TRACK' })),
      'Mutation.addCommitment': intervention('addCommitment', async (w, id) => ({ interventionId: id, what: 'Ringa', dueDate: '2030-01-15', assigneeUserId: w.coordId })),
      'Mutation.updateCommitment': {
        query: m('updateCommitment', '$input: UpdateCommitmentInput!', '{ id }'),
        vars: async (w: AuditWorld) => {
          const x = await newIntervention(w);
          const c = await one(w, 'mutation($i: AddCommitmentInput!) { addCommitment(input: $i) { id } }', { i: { interventionId: x.id, what: 'Ringa', dueDate: '2030-01-15', assigneeUserId: w.coordId } });
          whose.set(c.id, x.person);
          return { input: { id: c.id, version: 1, done: true } };
        },
        people: (_w: AuditWorld, v: Vars) => [whose.get(input(v).id)!],
      },
    };
  })(),
  'Mutation.createIntervention': {
    query: m('createIntervention', '$input: CreateInterventionInput!', '{ id }'),
    vars: async (w) => ({ input: { boardId: w.writeBoardId, title: 'Samtal', level: 'INDIVIDUAL', targetPersonIds: [await w.person()] } }),
    people: (_w, v) => input(v).targetPersonIds,
  },
  ...otherCases,
};
