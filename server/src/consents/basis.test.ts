import { describe, expect, it } from 'vitest';
import { basisAllowedFor, basisAllows, basisClass, readableData } from './basis.js';

const police = 'agy_police';
const social = 'agy_social';
const user = (role: string, agencyId: string) => ({ role: role as 'COORDINATOR', agencyId });

describe('the class a legal basis adds', () => {
  it('is statuteShared for another statute, consentGated on a consent, police115 for the police’s §115 data only', () => {
    expect(basisClass({ legalBasis: 'OTHER_STATUTE' }, false)).toBe('statuteShared');
    expect(basisClass({ legalBasis: 'CONSENT', consentId: 'cns_1' }, false)).toBe('consentGated');
    expect(basisClass({ legalBasis: 'SSP_115', sourceAgencyId: police }, true)).toBe('police115');
    // §115 data from social services is not police information; a plain tie adds nothing.
    expect(basisClass({ legalBasis: 'SSP_115', sourceAgencyId: social }, false)).toBeNull();
    expect(basisClass({ legalBasis: 'CONSENT', consentId: null }, false)).toBeNull();
  });
});

describe('what the policy then allows', () => {
  it('hides §115, statute and consent data from managers, and shows it to the case team', () => {
    for (const cls of ['police115', 'statuteShared', 'consentGated'] as const) {
      expect(basisAllowedFor(user('MANAGER', social), 'read', cls, police)).toBe(false);
      expect(basisAllowedFor(user('MEMBER', social), 'read', cls, police)).toBe(true);
    }
  });

  it('lets only the police’s analysts share police information, each agency only its own statute data, and not analysts consent data', () => {
    expect(basisAllowedFor(user('ANALYST', police), 'create', 'police115', police)).toBe(true);
    expect(basisAllowedFor(user('COORDINATOR', social), 'create', 'police115', police)).toBe(false);
    expect(basisAllowedFor(user('COORDINATOR', social), 'create', 'statuteShared', social)).toBe(true);
    expect(basisAllowedFor(user('COORDINATOR', social), 'create', 'statuteShared', police)).toBe(false);
    expect(basisAllowedFor(user('COORDINATOR', social), 'create', 'statuteShared', null)).toBe(false);
    expect(basisAllowedFor(user('ANALYST', police), 'update', 'consentGated', police)).toBe(false);
    expect(basisAllowedFor(user('MEMBER', social), 'create', 'consentGated', social)).toBe(true);
    expect(basisAllowedFor(user('MANAGER', social), 'create', null, null)).toBe(true);
  });
});

describe('readableData', () => {
  // A request context with only what readableData uses: the user, and an agency cache that
  // records every lookup (the slow path) and knows which agency is the police.
  const ctxFor = (role: string, agencyId: string) => {
    const lookups: string[] = [];
    const agencies = new Map([[police, { id: police, kind: 'POLICE' }], [social, { id: social, kind: 'SOCIAL_SERVICES' }]]);
    const ctx = {
      user: user(role, agencyId),
      cache: { get agencies() { lookups.push('agencies'); return Promise.resolve(agencies); } },
    };
    return { ctx: ctx as unknown as Parameters<typeof readableData>[0], lookups };
  };
  const ties = [
    { id: 'plain', legalBasis: 'CONSENT', consentId: null, sourceAgencyId: social },
    { id: 'consent', legalBasis: 'CONSENT', consentId: 'cns_1', sourceAgencyId: social },
    { id: 'statute', legalBasis: 'OTHER_STATUTE', consentId: null, sourceAgencyId: social },
  ];

  it('decides without looking up agencies when no datum is §115, as the policy says', async () => {
    const manager = ctxFor('MANAGER', social);
    expect((await readableData(manager.ctx, ties)).map((t) => t.id)).toEqual(['plain']);
    const member = ctxFor('MEMBER', social);
    expect((await readableData(member.ctx, ties)).map((t) => t.id)).toEqual(['plain', 'consent', 'statute']);
    expect([...manager.lookups, ...member.lookups]).toEqual([]);
  });

  it('looks up the source agency of §115 data: the police’s is police information, social services’ is not', async () => {
    const withP115 = [...ties, { id: 'p115', legalBasis: 'SSP_115', consentId: null, sourceAgencyId: police }, { id: 's115', legalBasis: 'SSP_115', consentId: null, sourceAgencyId: social }];
    const manager = ctxFor('MANAGER', social);
    expect((await readableData(manager.ctx, withP115)).map((t) => t.id)).toEqual(['plain', 's115']);
    expect(manager.lookups.length).toBeGreaterThan(0);
  });
});

describe('basisAllows', () => {
  // A board's 4,000 ties each ask it for `exportable`: a promise each made graphql-js complete
  // every tie asynchronously (regression: the board query spent its time in promise chains).
  const ctxWith = (role: string, agencyId: string, read?: Map<string, Record<string, unknown>>) =>
    ({
      user: user(role, agencyId),
      cache: { agenciesRead: read, agencies: Promise.resolve(new Map([[police, { id: police, kind: 'POLICE' }]])) },
    }) as unknown as Parameters<typeof basisAllows>[0];

  it('answers at once, not with a promise, when no agency must be looked up', () => {
    expect(basisAllows(ctxWith('MANAGER', social), 'export', { legalBasis: 'CONSENT', consentId: null, sourceAgencyId: social })).toBe(true);
    expect(basisAllows(ctxWith('MANAGER', social), 'read', { legalBasis: 'OTHER_STATUTE', sourceAgencyId: social })).toBe(false);
  });

  it('looks up a §115 datum’s source agency: through the request’s read, or at once once it is in', async () => {
    const p115 = { legalBasis: 'SSP_115', consentId: null, sourceAgencyId: police };
    const pending = basisAllows(ctxWith('MANAGER', social), 'read', p115);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe(false);
    const read = new Map([[police, { id: police, kind: 'POLICE' }]]);
    expect(basisAllows(ctxWith('MANAGER', social, read), 'read', p115)).toBe(false);
    expect(basisAllows(ctxWith('MEMBER', social, read), 'read', p115)).toBe(true);
  });
});

