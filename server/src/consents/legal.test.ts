import { describe, expect, it } from 'vitest';
import { auditPurpose, basisErrors, basisUpdate, policyPurpose, purposeRestriction } from './legal.js';
import { mayShare, readableClasses } from '../information/classes.js';

const statutes = [{ code: 'DK-FVL-28', label: { sv: 'a', da: 'b', en: 'c' } }];
const keys = (errors: { field: string; key: string }[]) => errors.map((e) => `${e.field}:${e.key}`);

describe('legal basis of a new datum', () => {
  it('needs a configured statute with OTHER_STATUTE, and a consent only with CONSENT', () => {
    expect(basisErrors({ legalBasis: 'CONSENT' }, statutes)).toEqual([]);
    expect(basisErrors({ legalBasis: 'CONSENT', consentId: 'cns_x' }, statutes)).toEqual([]);
    expect(basisErrors({ legalBasis: 'OTHER_STATUTE', statuteCode: 'DK-FVL-28' }, statutes)).toEqual([]);
    expect(keys(basisErrors({ legalBasis: 'OTHER_STATUTE' }, statutes))).toEqual(['statuteCode:legal.statuteRequired']);
    expect(keys(basisErrors({ legalBasis: 'OTHER_STATUTE', statuteCode: 'dk-fvl-28' }, statutes))).toEqual(['statuteCode:legal.unknownStatute']);
    expect(keys(basisErrors({ legalBasis: 'SSP_115', statuteCode: 'DK-FVL-28', consentId: 'cns_x' }, statutes))).toEqual([
      'consentId:legal.consentNeedsConsentBasis', 'statuteCode:legal.statuteOnlyForOtherStatute',
    ]);
  });

  it('on an edit: leaving CONSENT drops the consent, leaving OTHER_STATUTE the statute, and a named statute is kept', () => {
    const onConsent = { legalBasis: 'CONSENT', consentId: 'cns_x' };
    expect(basisUpdate({}, onConsent, statutes)).toEqual({ props: {}, errors: [] });
    expect(basisUpdate({ legalBasis: 'CONSENT' }, onConsent, statutes)).toEqual({ props: { legalBasis: 'CONSENT', statuteCode: null }, errors: [] });
    expect(basisUpdate({ legalBasis: 'SSP_115' }, onConsent, statutes)).toEqual({ props: { legalBasis: 'SSP_115', statuteCode: null, consentId: null }, errors: [] });
    const onStatute = { legalBasis: 'OTHER_STATUTE', statuteCode: 'DK-FVL-28' };
    expect(basisUpdate({ legalBasis: 'OTHER_STATUTE' }, onStatute, statutes).errors).toEqual([]);
    expect(basisUpdate({ legalBasis: 'OTHER_STATUTE' }, onStatute, statutes).props.statuteCode).toBe('DK-FVL-28');
    expect(keys(basisUpdate({ legalBasis: 'OTHER_STATUTE' }, onConsent, statutes).errors)).toEqual(['statuteCode:legal.statuteRequired']);
    expect(keys(basisUpdate({ statuteCode: 'DK-FVL-28' }, onConsent, statutes).errors)).toEqual(['statuteCode:legal.statuteOnlyForOtherStatute']);
  });

  it('names the purpose: §115 data is flagged, and an access purpose goes into the log', () => {
    expect(purposeRestriction('SSP_115')).toBe('CRIME_PREVENTION_ONLY');
    expect(purposeRestriction('CONSENT')).toBeNull();
    expect(policyPurpose('INVESTIGATION')).toBe('investigation');
    expect(policyPurpose(null)).toBe('prevention');
    expect(auditPurpose('Query.exportNetwork', 'INVESTIGATION')).toBe('Query.exportNetwork:INVESTIGATION');
    expect(auditPurpose('Person.information', undefined)).toBe('Person.information:PREVENTION');
  });
});

describe('shared information, by the access policy', () => {
  it('shows each role its own agency’s notes, never another’s, and no §115 information for an investigation', () => {
    for (const role of ['COORDINATOR', 'MEMBER', 'ANALYST']) {
      expect(readableClasses(role, 'PREVENTION')).toEqual({ own: ['AGENCY_NOTE', 'POLICE_115', 'CONSENT_GATED', 'STATUTE'], other: ['POLICE_115', 'CONSENT_GATED', 'STATUTE'] });
      expect(readableClasses(role, 'INVESTIGATION')).toEqual({ own: ['AGENCY_NOTE', 'CONSENT_GATED', 'STATUTE'], other: ['CONSENT_GATED', 'STATUTE'] });
    }
    for (const role of ['MANAGER', 'ADMIN', 'REPORTER']) expect(readableClasses(role, 'PREVENTION')).toEqual({ own: [], other: [] });
  });

  it('lets only police analysts share §115 information, and analysts not share on consent', () => {
    expect(['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER'].filter((r) => mayShare(r, 'POLICE_115'))).toEqual(['ANALYST']);
    expect(['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER'].filter((r) => mayShare(r, 'CONSENT_GATED'))).toEqual(['COORDINATOR', 'MEMBER']);
    expect(['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER'].filter((r) => mayShare(r, 'AGENCY_NOTE'))).toEqual(['COORDINATOR', 'MEMBER', 'ANALYST']);
    expect(['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER'].filter((r) => mayShare(r, 'STATUTE'))).toEqual(['COORDINATOR', 'MEMBER', 'ANALYST']);
  });
});
