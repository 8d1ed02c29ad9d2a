// Each class of shared information is a data class of the access policy; who may read or write a
// piece is the policy's answer for that class, the piece's source agency (own or other) and the
// access purpose. The answers become the Cypher's parameters, so a piece the user may not see is
// never read, let alone returned.
import { decide, policy, type DataClass } from '../policy/policy.js';
import { policyPurpose, type AccessPurpose, type LegalBasis } from '../consents/legal.js';

export type InformationClass = 'AGENCY_NOTE' | 'POLICE_115' | 'CONSENT_GATED' | 'STATUTE';
export const informationClasses: InformationClass[] = ['AGENCY_NOTE', 'POLICE_115', 'CONSENT_GATED', 'STATUTE'];

export const dataClassOf: Record<InformationClass, DataClass> = {
  AGENCY_NOTE: 'agencyNotes',
  POLICE_115: 'police115',
  CONSENT_GATED: 'consentGated',
  STATUTE: 'statuteShared',
};

/** An internal note is not shared, so it needs no legal basis for sharing. */
export const legalBasisOf: Record<InformationClass, LegalBasis | null> = {
  AGENCY_NOTE: null,
  POLICE_115: 'SSP_115',
  CONSENT_GATED: 'CONSENT',
  STATUTE: 'OTHER_STATUTE',
};

/** The classes this role may read from its own agency and from others, for this purpose. */
export function readableClasses(role: string, purpose: AccessPurpose | null | undefined): { own: InformationClass[]; other: InformationClass[] } {
  const ctx = (agency: 'own' | 'other') => ({ ...policy.gateContext, agency, purpose: policyPurpose(purpose) });
  return {
    own: informationClasses.filter((c) => decide(role, 'read', dataClassOf[c], ctx('own')).allowed),
    other: informationClasses.filter((c) => decide(role, 'read', dataClassOf[c], ctx('other')).allowed),
  };
}

/** Whether this role may share a piece of this class; what a user shares is always their own agency's. */
export function mayShare(role: string, cls: InformationClass): boolean {
  return decide(role, 'create', dataClassOf[cls], { ...policy.gateContext, agency: 'own' }).allowed;
}
