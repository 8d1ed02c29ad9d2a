// The client's role sets against the server's policy: every role the UI offers an action to is
// allowed it, and every role allowed it is offered it.
import { describe, expect, it } from 'vitest';
import { can, decide, policy } from '../../server/src/policy/policy.js';
import type { Role } from '../../server/src/graphql/generated/types.js';
import { mayShare } from '../../server/src/information/classes.js';
import { BOARD_CLOSERS, CONSENT_DATA_RECORDERS, CONSENT_RECORDERS, ERASERS, PICTURE_EXPORTERS, POLICE_115_RECORDERS, informationClasses, shareClassesFor } from '../../client/src/legalAdmin/roles.js';

const roles = policy.roles as Role[];
const allowed = (test: (r: Role) => boolean) => roles.filter(test).sort();

describe('the roles offered legal and retention actions', () => {
  it('records consents exactly where the policy allows recordConsent', () => {
    expect([...CONSENT_RECORDERS].sort()).toEqual(allowed((r) => can(r, 'create', 'consent')));
  });

  it('offers each class of information to share exactly to the roles the policy lets share it', () => {
    for (const r of roles) {
      const expected = can(r, 'create', 'information') ? informationClasses.filter((c) => mayShare(r, c)) : [];
      expect([...shareClassesFor(r)], r).toEqual(expected);
    }
    // Independently of the policy code: a coordinator is never offered §115, an analyst is.
    expect(shareClassesFor('COORDINATOR')).not.toContain('POLICE_115');
    expect(shareClassesFor('ANALYST')).toContain('POLICE_115');
    expect(shareClassesFor('MANAGER')).toEqual([]);
  });

  it('offers a consent to rest a new tie or assessment on exactly to the roles the policy lets create consent-gated data', () => {
    const rests = (r: Role) => can(r, 'create', 'tie') && can(r, 'create', 'assessment') && decide(r, 'create', 'consentGated', { ...policy.gateContext, agency: 'own' }).allowed;
    expect([...CONSENT_DATA_RECORDERS].sort()).toEqual(allowed(rests));
    expect(CONSENT_DATA_RECORDERS.has('ANALYST')).toBe(false);
  });

  it('closes boards and erases people exactly where the policy allows it', () => {
    expect([...BOARD_CLOSERS].sort()).toEqual(allowed((r) => can(r, 'update', 'board')));
    expect([...ERASERS].sort()).toEqual(allowed((r) => can(r, 'delete', 'person')));
  });

  it('offers board pictures exactly to the roles the policy lets export a board’s people, ties and groups', () => {
    expect([...PICTURE_EXPORTERS].sort()).toEqual(allowed((r) => can(r, 'export', 'person') && can(r, 'export', 'tie') && can(r, 'export', 'group')));
    expect(PICTURE_EXPORTERS.has('ANALYST')).toBe(false);
  });

  it('offers police §115 as a tie’s basis exactly to the roles the policy lets record police information', () => {
    const records = (r: Role) => decide(r, 'create', 'police115', { ...policy.gateContext, agency: 'own' }).allowed;
    expect([...POLICE_115_RECORDERS].sort()).toEqual(allowed(records));
    expect(POLICE_115_RECORDERS.has('COORDINATOR')).toBe(false);
  });
});
