// The legal basis of a shared datum, checked alike for ties, factor assessments and shared
// information: data shared on consent names a consent about one of its people that covers its
// scope and its source agency; OTHER_STATUTE data names a configured statute (statutes.ts); and a
// read's access purpose is the policy's `purpose` dimension.
import type { Tx } from '../db/db.js';
import type { FieldError } from '../shared/errors.js';
import { decide, policy, type DataClass, type PolicyOperation } from '../policy/policy.js';
import type { Statute } from './statutes.js';

export type LegalBasis = 'CONSENT' | 'SSP_115' | 'OTHER_STATUTE';
export type ConsentScope = 'TIES' | 'FACTORS' | 'INFORMATION';
export type AccessPurpose = 'PREVENTION' | 'INVESTIGATION';

export function policyPurpose(p: AccessPurpose | null | undefined): 'prevention' | 'investigation' {
  return p === 'INVESTIGATION' ? 'investigation' : 'prevention';
}

/**
 * The access-log purpose of an operation that declares what it is for: the resolver, then the
 * access purpose (`Query.exportNetwork:INVESTIGATION`), so every review of the log shows it.
 */
export function auditPurpose(resolver: string, purpose: AccessPurpose | null | undefined): string {
  return `${resolver}:${purpose ?? 'PREVENTION'}`;
}

/** Whether the role may do `op` on data of this class for this purpose (own agency's, on the board's team, live consent). */
export function allowedFor(role: string, op: PolicyOperation, dataClass: DataClass, purpose: AccessPurpose | null | undefined): boolean {
  return decide(role, op, dataClass, { ...policy.gateContext, purpose: policyPurpose(purpose) }).allowed;
}

/** §115 data is for crime prevention only: the flag it carries wherever it is shown. */
export function purposeRestriction(legalBasis: unknown): 'CRIME_PREVENTION_ONLY' | null {
  return legalBasis === 'SSP_115' ? 'CRIME_PREVENTION_ONLY' : null;
}

interface Basis {
  legalBasis: LegalBasis;
  statuteCode?: string | null | undefined;
  consentId?: string | null | undefined;
}

/** What needs no database: which fields go with which basis, and that a statute is configured. */
export function basisErrors(v: Basis, statutes: readonly Statute[]): FieldError[] {
  const errors: FieldError[] = [];
  if (v.consentId && v.legalBasis !== 'CONSENT') errors.push({ field: 'consentId', key: 'legal.consentNeedsConsentBasis' });
  if (v.legalBasis === 'OTHER_STATUTE') {
    if (!v.statuteCode) errors.push({ field: 'statuteCode', key: 'legal.statuteRequired' });
    // The code is not echoed: error messages never repeat input.
    else if (!statutes.some((s) => s.code === v.statuteCode)) errors.push({ field: 'statuteCode', key: 'legal.unknownStatute' });
  } else if (v.statuteCode) {
    errors.push({ field: 'statuteCode', key: 'legal.statuteOnlyForOtherStatute' });
  }
  return errors;
}

/**
 * An edit's change of legal basis, against the datum's current one: the resulting props, or the
 * errors. Leaving CONSENT drops the consent (the datum now rests on the new basis); leaving
 * OTHER_STATUTE drops the statute; a consent cannot be attached by an edit, only at creation.
 */
export function basisUpdate(
  input: { legalBasis?: LegalBasis | null; statuteCode?: string | null },
  current: Record<string, unknown>,
  statutes: readonly Statute[],
): { props: Record<string, unknown>; errors: FieldError[] } {
  if (!input.legalBasis && !input.statuteCode) return { props: {}, errors: [] };
  const legalBasis = (input.legalBasis ?? current.legalBasis ?? 'CONSENT') as LegalBasis;
  const keepsStatute = legalBasis === 'OTHER_STATUTE' && current.legalBasis === 'OTHER_STATUTE' && typeof current.statuteCode === 'string';
  const statuteCode = input.statuteCode ?? (keepsStatute ? (current.statuteCode as string) : null);
  const errors = basisErrors({ legalBasis, statuteCode }, statutes);
  const props: Record<string, unknown> = { legalBasis, statuteCode };
  if (legalBasis !== 'CONSENT') props.consentId = null;
  return { props, errors };
}

/**
 * A consent named by new data must be about one of its people (on one of the user's boards), be
 * live, cover the data's scope and name its source agency. Field errors, or none.
 */
export async function consentErrors(
  tx: Tx,
  c: { consentId: string; personIds: string[]; scope: ConsentScope; sourceAgencyId: string | null; userId: string },
): Promise<FieldError[]> {
  const row = await tx.one<{ live: boolean; coversScope: boolean; coversAgency: boolean }>('consents/check', c);
  if (!row) return [{ field: 'consentId', key: 'validation.unknownReference' }];
  const errors: FieldError[] = [];
  if (!row.live) errors.push({ field: 'consentId', key: 'legal.consentNotLive' });
  if (!row.coversScope) errors.push({ field: 'consentId', key: 'legal.consentScope' });
  if (!row.coversAgency) errors.push({ field: 'sourceAgencyId', key: 'legal.consentAgency' });
  return errors;
}
