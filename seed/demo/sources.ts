// Who shared a datum and on what ground. In this Danish case police and social services share
// under retsplejelovens §115 (SSP); what school, club, youth school and counselling bring to the
// table rests on the families' consent, given at the Signs of Safety meetings.
import type { Key, LegalBasis } from '../types.js';

const SSP_PARTNERS_UNDER_115 = new Set(['police', 'social']);

export function sharedBy(agency: Key): { sourceAgency: Key; legalBasis: LegalBasis } {
  return { sourceAgency: agency, legalBasis: SSP_PARTNERS_UNDER_115.has(agency) ? 'SSP_115' : 'CONSENT' };
}
