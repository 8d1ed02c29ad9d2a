// What the tie and assessment forms offer on the legal side, mirroring the server's checks so that
// nobody is offered a choice it would refuse: the consents new data may rest on
// (cypher/consents/check.cypher: live, covering the scope, naming the source agency) and the
// §115 pairs (consents/basis.ts: §115 from a police agency is police information, which only
// POLICE_115_RECORDERS record).

export type LegalBasisChoice = 'CONSENT' | 'SSP_115' | 'OTHER_STATUTE';
export const LEGAL_BASES: readonly LegalBasisChoice[] = ['CONSENT', 'SSP_115', 'OTHER_STATUTE'];

export interface ConsentCandidate {
  id: string;
  live: boolean;
  expiresOn?: string | null;
  scope: readonly string[];
  agencies: readonly { id: string }[];
  withdrawal?: unknown;
}

/**
 * The consents new data of this scope from this source agency may rest on: not withdrawn, not
 * lapsed today (the first day of `expiresOn` it no longer holds), covering the scope and naming
 * the agency. Without a source agency none qualifies (the server would have nothing to match).
 */
export function qualifyingConsents<C extends ConsentCandidate>(
  consents: readonly C[],
  need: { scope: 'TIES' | 'FACTORS'; agencyId: string | null | undefined; today: string },
): C[] {
  const { agencyId } = need;
  if (!agencyId) return [];
  return consents.filter(
    (c) => c.live && !c.withdrawal && (!c.expiresOn || c.expiresOn > need.today) && c.scope.includes(need.scope) && c.agencies.some((a) => a.id === agencyId),
  );
}

/** The agency data is shared from: the one chosen, else the user's own (as createTie and assessFactor default it). */
export function sourceAgencyOf(chosen: string | null | undefined, own: string | null | undefined): string | null {
  return chosen || own || null;
}

/**
 * The source agencies and legal bases offered together. A role that may not record police
 * information is not offered §115 with a police agency as source: with §115 chosen the police
 * agencies go from the agency list, and with a police agency chosen §115 goes from the bases.
 * The datum's current values (an edit) stay choosable.
 */
export function police115Choices<A extends { id: string; kind?: string | null }>(o: {
  agencies: readonly A[];
  basis: LegalBasisChoice;
  /** The source agency in effect (chosen, else the user's own), or '' / null for none. */
  agencyId: string | null | undefined;
  mayRecordPolice115: boolean;
  keep?: { agencyId?: string | null; basis?: LegalBasisChoice | null };
}): { agencies: A[]; bases: LegalBasisChoice[] } {
  if (o.mayRecordPolice115) return { agencies: [...o.agencies], bases: [...LEGAL_BASES] };
  const police = new Set(o.agencies.filter((a) => a.kind === 'POLICE').map((a) => a.id));
  const agencies = o.basis === 'SSP_115' ? o.agencies.filter((a) => !police.has(a.id) || a.id === o.keep?.agencyId) : [...o.agencies];
  const bases = o.agencyId && police.has(o.agencyId) ? LEGAL_BASES.filter((v) => v !== 'SSP_115' || v === o.keep?.basis) : [...LEGAL_BASES];
  return { agencies, bases };
}
