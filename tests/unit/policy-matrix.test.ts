// The policy matrix's generator on its own (no server): its reading of policy.json agrees with
// decisions worked out by hand from the rules' text, the request table covers every class and
// operation the policy allows anyone, and it yields the cases the integration test runs.
import { describe, expect, it } from 'vitest';
import { allowedPairs, contexts, dimsOf, evaluate, full, generate, readPolicy, uncovered, type Ctx, type Table } from '../support/policy-matrix.js';
import { carrierIds, matrixTable } from '../support/policy-matrix-table.js';
import { reads } from '../support/policy-matrix-reads.js';
import { writes } from '../support/policy-matrix-writes.js';
import { matrixMarker } from '../support/policy-matrix-run.js';
import { checkText } from '../../server/src/areas/textcheck.js';

const p = readPolicy();
const is = (role: string, op: string, cls: string, ctx: Ctx = {}) => evaluate(p, role, op, cls, full(p, { board: 'member', retention: 'live', ...ctx })).allowed;

describe('the matrix’s own reading of policy.json', () => {
  it('agrees with decisions worked out by hand from the rules', () => {
    // case-team: coordinators and members on the board read identities; off the board nothing (outside-the-team).
    expect(is('COORDINATOR', 'read', 'identity')).toBe(true);
    expect(is('MEMBER', 'read', 'identity', { board: 'nonMember' })).toBe(false);
    // managers-never-see-identity beats manager-structure's pseudonyms.
    expect(is('MANAGER', 'read', 'persons')).toBe(true);
    expect(is('MANAGER', 'read', 'identity')).toBe(false);
    // own-agency-notes versus other-agencies-notes.
    expect(is('ANALYST', 'read', 'agencyNotes', { agency: 'own' })).toBe(true);
    expect(is('ANALYST', 'read', 'agencyNotes', { agency: 'other' })).toBe(false);
    // §115: read by the team, never for an investigation, never exported, created only by the police's own analysts.
    expect(is('MEMBER', 'read', 'police115', { agency: 'other', purpose: 'prevention' })).toBe(true);
    expect(is('ANALYST', 'read', 'police115', { agency: 'own', purpose: 'investigation' })).toBe(false);
    expect(is('COORDINATOR', 'export', 'police115', { agency: 'own', purpose: 'prevention' })).toBe(false);
    expect(is('ANALYST', 'create', 'police115', { agency: 'own', purpose: 'prevention' })).toBe(true);
    expect(is('COORDINATOR', 'create', 'police115', { agency: 'own', purpose: 'prevention' })).toBe(false);
    // consent-needed, retention-expired.
    expect(is('MEMBER', 'read', 'consentGated', { consent: 'given' })).toBe(true);
    expect(is('MEMBER', 'read', 'consentGated', { consent: 'withdrawn' })).toBe(false);
    expect(is('COORDINATOR', 'read', 'ties', { retention: 'expired' })).toBe(false);
    // retention-expired does not list erase: a coordinator may still erase an expired person.
    expect(is('COORDINATOR', 'erase', 'persons', { retention: 'expired' })).toBe(true);
    // Only the auditor reads the access log; the admin runs the purge and sees no case.
    expect(is('AUDITOR', 'readAudit', 'consentGated', { board: 'nonMember' })).toBe(true);
    expect(is('ADMIN', 'readAudit', 'identity')).toBe(false);
    expect(is('ADMIN', 'erase', 'retention')).toBe(true);
    expect(is('ADMIN', 'read', 'boards')).toBe(false);
    // Outside reporters: areas and their own reports only.
    expect(is('REPORTER', 'read', 'areas')).toBe(true);
    expect(is('REPORTER', 'read', 'communities')).toBe(false);
  });

  it('asks only the dimensions some rule about the class names', () => {
    expect(dimsOf(p, 'police115')).toEqual(['agency', 'board', 'retention', 'purpose']);
    expect(dimsOf(p, 'consentGated')).toEqual(['board', 'consent', 'retention']);
    expect(dimsOf(p, 'boards')).toEqual(['board']);
    expect(dimsOf(p, 'areas')).toEqual([]);
    expect(contexts(p, dimsOf(p, 'police115'))).toHaveLength(16);
  });
});

describe('the request table', () => {
  it('covers every (class, operation) the policy allows to some role', () => {
    expect(uncovered(p, matrixTable)).toEqual([]);
    expect(allowedPairs(p).size).toBeGreaterThan(60);
  });

  it('fails when an allow rule opens a pair it has no request for', () => {
    const table: Table = { ...matrixTable };
    delete table['identity.search'];
    expect(uncovered(p, table)).toEqual(['identity.search']);
  });

  it('has a request behind every carrier it names', () => {
    expect(carrierIds().filter((id) => !reads[id] && !writes[id])).toEqual([]);
  });

  it('generates well over 1,000 cases, with reads, writes and both decisions for every role', () => {
    const g = generate(p, matrixTable);
    expect(g.cases.length).toBeGreaterThan(1000);
    for (const role of p.roles) {
      const mine = g.cases.filter((c) => c.role === role);
      expect(mine.some((c) => !c.expected), role).toBe(true);
      expect(mine.some((c) => c.expected), role).toBe(true);
    }
    expect(g.cases.some((c) => c.carrier.kind === 'write' && c.expected)).toBe(true);
  });
});

describe('the matrix’s write markers', () => {
  it('never read as an identity number, whatever the run id (regression: a run id ending in a date made a CPR number)', () => {
    // The marker as it was, with a run id whose last six hex characters are all digits and a date.
    expect(checkText(`mx-ab241126-5706`).some((w) => w.kind === 'IDENTITY_NUMBER')).toBe(true);
    for (const run of ['ab241126', '19850512', '24112657', '00000000', 'ffffffff']) {
      for (const n of [1, 57, 5706, 12345]) expect(checkText(matrixMarker(run, n)), matrixMarker(run, n)).toEqual([]);
    }
  });
});
