// A tie or a factor assessment shared on a legal basis is also data of that basis's policy class:
// shared under another statute it is `statuteShared`, resting on a consent `consentGated`, and
// shared by the police under §115 `police115` (§115 data from social services or a school is not
// police information). The policy must allow the operation on that class too, with the datum's
// source agency as own or other: managers see none of it, only the police share police
// information and only their own, nobody shares under a statute for another agency, analysts do
// not hang data on consents. (The consent's own state is checked in the Cypher, for every role.)
import type { AuthUser, Ctx } from '../graphql/context.js';
import { agencyRef } from '../graphql/refs.js';
import { decide, policy, type DataClass, type PolicyOperation } from '../policy/policy.js';
import type { Policy } from '../policy/file.js';

export interface BasisDatum {
  legalBasis?: unknown;
  consentId?: unknown;
  sourceAgencyId?: unknown;
}

/** The class the basis adds, given whether the source agency is a police agency. */
export function basisClass(d: BasisDatum, fromPolice: boolean): DataClass | null {
  if (d.legalBasis === 'OTHER_STATUTE') return 'statuteShared';
  if (d.legalBasis === 'SSP_115') return fromPolice ? 'police115' : null;
  if (d.consentId) return 'consentGated';
  return null;
}

/** Whether this user may do `op` on a datum of this class from this source agency. */
export function basisAllowedFor(user: Pick<AuthUser, 'role' | 'agencyId'>, op: PolicyOperation, cls: DataClass | null, sourceAgencyId: unknown, p: Policy = policy): boolean {
  if (!cls) return true;
  const agency = typeof sourceAgencyId === 'string' && sourceAgencyId === user.agencyId ? 'own' : 'other';
  return decide(user.role, op, cls, { ...p.gateContext, agency }, p).allowed;
}

/**
 * Whether the request's user may do `op` on this datum as far as its legal basis goes. Answered
 * synchronously unless a §115 datum's source agency must be looked up (a board's `exportable` on
 * 4,000 ties was a promise each, which graphql-js completes one microtask chain at a time).
 */
export function basisAllows(ctx: Ctx, op: PolicyOperation, d: BasisDatum): boolean | Promise<boolean> {
  const user = ctx.user;
  if (!user) return false;
  const withAgency = (a: Record<string, unknown> | null) => basisAllowedFor(user, op, basisClass(d, a?.kind === 'POLICE'), d.sourceAgencyId);
  // Only a §115 datum's class depends on whether its source is the police.
  if (d.legalBasis !== 'SSP_115' || typeof d.sourceAgencyId !== 'string') return withAgency(null);
  const agency = agencyRef(ctx, d.sourceAgencyId);
  return agency instanceof Promise ? agency.then(withAgency) : withAgency(agency);
}

/** The data the user may read: a datum on a basis the role may not see is not there for them. */
export async function readableData<T extends BasisDatum>(ctx: Ctx, items: T[]): Promise<T[]> {
  const user = ctx.user;
  if (!user) return [];
  // Only §115 data needs its source agency looked up (is it the police's?); a board's other
  // ties, usually all of them, are decided at once instead of through a promise each.
  if (!items.some((d) => d.legalBasis === 'SSP_115' && typeof d.sourceAgencyId === 'string')) {
    return items.filter((d) => basisAllowedFor(user, 'read', basisClass(d, false), d.sourceAgencyId));
  }
  const keep = await Promise.all(items.map((d) => basisAllows(ctx, 'read', d)));
  return items.filter((_d, i) => keep[i]);
}
