// The policy file against the requirements it must meet, stated here independently of it: a
// generated matrix of every role × operation × data class × context, and the promise that the
// move from the old in-code table to the file changed no resolver's answer.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicy, policyPath } from './file.js';
import { can, decide, policy, resources, seesIdentity, type Operation, type Resource } from './policy.js';
import type { Role } from '../graphql/generated/types.js';

const roles: Role[] = ['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER', 'ADMIN', 'REPORTER', 'AUDITOR'];
const personal = ['identity', 'persons', 'ties', 'factors', 'agencyNotes', 'police115', 'consentGated', 'consents', 'statuteShared'];
const caseData = ['boards', 'team', 'groups', 'interventions'];

// The table the resolvers were written against (before the policy became a file).
const rw = ['read', 'create', 'update'];
const all = ['read', 'create', 'update', 'delete', 'export'];
const legacy: Record<Role, Partial<Record<Resource, string[]>>> = {
  COORDINATOR: { board: rw, team: rw, person: all, tie: all, group: all, community: rw, area: rw, report: rw, agency: rw, factorCatalogue: ['read'], assessment: rw, intervention: rw, user: ['read'] },
  MEMBER: { board: rw, person: rw, tie: rw, group: rw, community: rw, area: ['read'], report: rw, agency: ['read'], factorCatalogue: ['read'], assessment: rw, intervention: rw },
  ANALYST: { board: rw, person: rw, tie: rw, group: rw, community: ['read'], area: ['read'], report: rw, agency: ['read'], factorCatalogue: ['read'], assessment: ['read'], intervention: ['read'] },
  MANAGER: { board: ['read'], person: ['read'], tie: ['read'], group: ['read'], community: ['read'], area: ['read'], report: ['read'], agency: ['read'], factorCatalogue: ['read'], assessment: ['read'], intervention: ['read'] },
  ADMIN: { user: rw, agency: rw, area: rw, community: rw, factorCatalogue: rw },
  REPORTER: {},
  AUDITOR: {},
};
// Added with issue 7 (outside reporters, readiness): not in the old table, stated here on their own.
const fileReport = ['read', 'create'];
Object.assign(legacy.COORDINATOR, { ownReport: fileReport, readiness: rw, readinessTeam: ['read'] });
Object.assign(legacy.MEMBER, { ownReport: fileReport, readiness: rw, readinessTeam: ['read'] });
Object.assign(legacy.ANALYST, { ownReport: fileReport, readiness: rw, readinessTeam: ['read'] });
Object.assign(legacy.MANAGER, { readiness: rw, readinessTeam: ['read'] });
Object.assign(legacy.ADMIN, { readinessTeam: rw });
Object.assign(legacy.REPORTER, { ownReport: fileReport, area: ['read'] });
// Added with issue 5 (managers' view): exporting the aggregates is the same aggregate operation.
Object.assign(legacy.MANAGER, { aggregates: ['read', 'export'] });
// Issue 6: the data-protection officer took the access log over from the admin (reading and
// exporting it are both readAudit); the admin may run the retention purge at once.
Object.assign(legacy.AUDITOR, { audit: ['read', 'export'], agency: ['read'] });
Object.assign(legacy.ADMIN, { retention: ['delete'] });
// Issue 6, settled by the policy matrix: everyone on a board's team sees who is on it.
Object.assign(legacy.MEMBER, { team: ['read'] });
Object.assign(legacy.ANALYST, { team: ['read'] });
Object.assign(legacy.MANAGER, { team: ['read'] });
// Issue 6: consent records (the case team records and withdraws them, analysts read them), and
// shared information, gated like the role's own agency's notes (each item's class is decided per datum).
Object.assign(legacy.COORDINATOR, { consent: rw, information: rw });
Object.assign(legacy.MEMBER, { consent: rw, information: rw });
Object.assign(legacy.ANALYST, { consent: ['read'], information: rw });

function raw(): Record<string, any> {
  return JSON.parse(readFileSync(policyPath, 'utf8'));
}

describe('the policy file', () => {
  it('names exactly the resources the resolvers use', () => {
    expect(Object.keys(policy.resources).sort()).toEqual([...resources].sort());
    expect(policy.roles).toEqual(roles);
  });

  it('answers every resolver check exactly as the old table did', () => {
    const diffs: string[] = [];
    for (const role of roles) {
      for (const resource of resources) {
        for (const op of all as Operation[]) {
          const want = legacy[role][resource]?.includes(op) ?? false;
          if (can(role, op, resource) !== want) diffs.push(`${role} ${op} ${resource}: want ${want}`);
        }
      }
    }
    expect(diffs).toEqual([]);
  });

  it('shows identities to case roles only', () => {
    expect(roles.filter((r) => seesIdentity(r))).toEqual(['COORDINATOR', 'MEMBER', 'ANALYST']);
  });

  it('refuses an unknown resource or operation', () => {
    expect(can('COORDINATOR', 'read', 'nothing' as Resource)).toBe(false);
    expect(can('COORDINATOR', 'launch' as Operation, 'person')).toBe(false);
  });
});

describe('evaluation', () => {
  const base = {
    version: 1,
    roles: ['A', 'B'],
    operations: ['read', 'update'],
    dimensions: { agency: { values: ['own', 'other'], about: '' } },
    dataClasses: { x: { group: 'g', about: '' }, y: { group: 'g', about: '' } },
    resources: { thing: { classes: ['x'] } },
    resolverOperations: { read: 'read' },
    gateContext: { agency: 'own' },
  };

  it('lets a deny win over any number of allows, and denies when nothing matches', () => {
    const p = parsePolicy({
      ...base,
      rules: [
        { id: 'a1', effect: 'allow', roles: '*', classes: '*', operations: '*', why: '.' },
        { id: 'a2', effect: 'allow', roles: ['A'], classes: ['x'], operations: ['read'], why: '.' },
        { id: 'd1', effect: 'deny', roles: ['A'], classes: ['@g'], operations: ['read'], when: { agency: ['other'] }, why: '.' },
      ],
    });
    expect(decide('A', 'read', 'x', { agency: 'own' }, p)).toEqual({ allowed: true, rules: ['a1', 'a2'] });
    expect(decide('A', 'read', 'x', { agency: 'other' }, p)).toEqual({ allowed: false, rules: ['d1'] });
    expect(decide('B', 'read', 'x', { agency: 'other' }, p).allowed).toBe(true);
    expect(decide('C', 'read', 'x', { agency: 'own' }, p)).toEqual({ allowed: false, rules: [] });
  });

  it('fails closed when the context lacks a dimension a rule names', () => {
    const p = parsePolicy({
      ...base,
      rules: [
        { id: 'a', effect: 'allow', roles: '*', classes: '*', operations: '*', when: { agency: ['own'] }, why: '.' },
        { id: 'b', effect: 'allow', roles: ['B'], classes: '*', operations: '*', why: '.' },
        { id: 'd', effect: 'deny', roles: ['B'], classes: ['y'], operations: '*', when: { agency: ['other'] }, why: '.' },
      ],
    });
    expect(decide('A', 'read', 'x', {}, p).allowed).toBe(false);
    expect(decide('B', 'read', 'x', {}, p).allowed).toBe(true);
    expect(decide('B', 'read', 'y', {}, p).allowed).toBe(false);
  });

  it('rejects a file that names unknown roles, classes, groups, operations or dimension values', () => {
    const rule = { id: 'r', effect: 'allow', roles: ['A'], classes: ['x'], operations: ['read'], why: '.' };
    const bad = (patch: Record<string, unknown>, ruleAt: Record<string, unknown> = {}) =>
      () => parsePolicy({ ...base, rules: [{ ...rule, ...ruleAt }], ...patch });
    expect(bad({})).not.toThrow();
    expect(bad({}, { roles: ['Z'] })).toThrow(/unknown "Z"/);
    expect(bad({}, { classes: ['@nope'] })).toThrow(/unknown class group @nope/);
    expect(bad({}, { operations: ['delete'] })).toThrow(/unknown "delete"/);
    expect(bad({}, { when: { agency: ['mine'] } })).toThrow(/unknown "mine"/);
    expect(bad({}, { when: { mood: ['good'] } })).toThrow(/unknown dimension mood/);
    expect(bad({ gateContext: {} })).toThrow(/gateContext: no value for agency/);
    expect(bad({ resources: { thing: { classes: ['q'] } } })).toThrow(/resource thing/);
    expect(() => parsePolicy({ ...base, rules: [rule, rule] })).toThrow(/duplicate id/);
  });

  it('loads the real file', () => {
    expect(() => parsePolicy(raw())).not.toThrow();
    expect(policy.rules.length).toBeGreaterThan(10);
  });
});

describe('the generated matrix', () => {
  const dims = policy.dimensions;
  const contexts: Record<string, string>[] = [];
  for (const agency of dims.agency!.values)
    for (const board of dims.board!.values)
      for (const consent of dims.consent!.values)
        for (const retention of dims.retention!.values)
          for (const purpose of dims.purpose!.values) contexts.push({ agency, board, consent, retention, purpose });
  const classes = Object.keys(policy.dataClasses);
  const cases = roles.flatMap((role) =>
    policy.operations.flatMap((op) => classes.flatMap((dataClass) => contexts.map((ctx) => ({ role, op, dataClass, ctx, allowed: decide(role, op, dataClass, ctx).allowed })))),
  );
  const allowed = cases.filter((c) => c.allowed);
  const breaking = (pred: (c: (typeof cases)[number]) => boolean) => allowed.filter(pred).map((c) => `${c.role} ${c.op} ${c.dataClass} ${JSON.stringify(c.ctx)}`);

  it('covers thousands of cases, allowing some and denying most', () => {
    expect(cases.length).toBeGreaterThan(1000);
    expect(allowed.length).toBeGreaterThan(100);
    expect(allowed.length).toBeLessThan(cases.length / 2);
    expect(classes).toEqual(expect.arrayContaining([...personal, ...caseData]));
  });

  it('never opens case data to someone off the board (only the access log reaches beyond it)', () => {
    // The one figure beyond it: how many boards and groups an area has (area-activity-counts).
    const areaCount = (c: (typeof cases)[number]) => c.op === 'aggregate' && ['boards', 'groups'].includes(c.dataClass);
    expect(breaking((c) => c.ctx.board === 'nonMember' && [...personal, ...caseData].includes(c.dataClass) && c.op !== 'readAudit' && !areaCount(c))).toEqual([]);
  });

  it('never shows a manager or an admin who a person is', () => {
    expect(breaking((c) => (c.role === 'MANAGER' || c.role === 'ADMIN') && c.dataClass === 'identity' && c.op !== 'readAudit')).toEqual([]);
  });

  it("never shows another agency's internal notes", () => {
    expect(breaking((c) => c.dataClass === 'agencyNotes' && c.ctx.agency === 'other' && c.op !== 'readAudit')).toEqual([]);
  });

  it('keeps §115 information in the team and out of investigations', () => {
    expect(breaking((c) => c.dataClass === 'police115' && (c.op === 'export' || (c.ctx.purpose === 'investigation' && c.op !== 'readAudit')))).toEqual([]);
    expect(breaking((c) => c.dataClass === 'police115' && ['create', 'update'].includes(c.op) && (c.role !== 'ANALYST' || c.ctx.agency !== 'own'))).toEqual([]);
  });

  it('hides data past retention and consent-gated data without a live consent', () => {
    expect(breaking((c) => personal.includes(c.dataClass) && c.ctx.retention === 'expired' && !['erase', 'readAudit'].includes(c.op))).toEqual([]);
    expect(breaking((c) => c.dataClass === 'consentGated' && c.ctx.consent !== 'given' && !['erase', 'readAudit'].includes(c.op))).toEqual([]);
  });

  it('gives admins no personal or case data, and only the auditor the access log', () => {
    expect(breaking((c) => c.role === 'ADMIN' && [...personal, ...caseData].includes(c.dataClass))).toEqual([]);
    expect(breaking((c) => c.op === 'readAudit' && c.role !== 'AUDITOR')).toEqual([]);
  });

  it('gives the auditor the access log and the agencies (to filter by), and nothing else', () => {
    expect(breaking((c) => c.role === 'AUDITOR' && c.op !== 'readAudit' && !(c.op === 'read' && c.dataClass === 'agencies'))).toEqual([]);
    expect(breaking((c) => c.role === 'AUDITOR' && c.op === 'readAudit' && !personal.includes(c.dataClass))).toEqual([]);
  });

  it('lets only the coordinator erase or export, and only the admin run the retention purge', () => {
    expect(breaking((c) => ['erase', 'export'].includes(c.op) && c.dataClass !== 'retention' && c.role !== 'COORDINATOR')).toEqual([]);
    expect(breaking((c) => c.dataClass === 'retention' && !(c.role === 'ADMIN' && c.op === 'erase'))).toEqual([]);
  });

  it("never allows on another agency's data what it denies on the user's own", () => {
    expect(breaking((c) => c.ctx.agency === 'other' && !decide(c.role, c.op, c.dataClass, { ...c.ctx, agency: 'own' }).allowed)).toEqual([]);
  });
});
