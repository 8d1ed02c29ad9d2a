// Rows for the demo's consents and the information shared about people, and the checks that keep
// them consistent with what rests on them: a consent-based tie, assessment or piece of information
// names a consent about one of its people that covers its scope and its source agency, as the
// server requires of new data (server/src/consents/legal.ts).
import { isoDate, isoInstant } from './dates.js';
import { seedId } from './ids.js';
import type { ConsentRow, InformationRow } from './rows.js';
import type { ConsentScope, InformationClass, LegalBasis, SeedConsent, SeedData } from './types.js';

const SCOPES: Record<ConsentScope, true> = { TIES: true, FACTORS: true, INFORMATION: true };
const BASIS: Record<InformationClass, LegalBasis | null> = { AGENCY_NOTE: null, POLICE_115: 'SSP_115', CONSENT_GATED: 'CONSENT', STATUTE: 'OTHER_STATUTE' };

export function validateLegal(data: SeedData): void {
  const bad = (where: string, problem: string): never => {
    throw new Error(`Seed ${where}: ${problem}`);
  };
  const has = (list: { key: string }[], key: string) => list.some((x) => x.key === key);
  const consents = new Map<string, SeedConsent>();
  (data.consents ?? []).forEach((c, i) => {
    const where = `consents[${i}] (${c.key})`;
    if (consents.has(c.key)) bad(where, 'duplicate key');
    consents.set(c.key, c);
    if (!has(data.people, c.person)) bad(where, `unknown person "${c.person}"`);
    if (!c.givenBy.trim()) bad(where, 'givenBy must say who gave it');
    if (!c.scope.length || c.scope.some((s) => !Object.hasOwn(SCOPES, s))) bad(where, 'scope must list TIES, FACTORS or INFORMATION');
    if (!c.agencies.length) bad(where, 'names no agency');
    c.agencies.forEach((a) => !has(data.agencies, a) && bad(where, `unknown agency "${a}"`));
    [c.recordedBy, c.withdrawn?.recordedBy].forEach((u) => u !== undefined && !has(data.users, u) && bad(where, `unknown user "${u}"`));
    if (c.given > 0) bad(where, 'given in the future');
    if (c.expires !== undefined && c.expires <= c.given) bad(where, 'expires before it was given');
    if (c.withdrawn && (c.withdrawn.day < c.given || c.withdrawn.day > 0)) bad(where, 'withdrawn before it was given, or in the future');
  });
  const rests = (where: string, key: string | undefined, people: string[], scope: ConsentScope, agency: string | undefined, basis: LegalBasis | null) => {
    if (key === undefined) return;
    const c = consents.get(key);
    if (!c) return bad(where, `unknown consent "${key}"`);
    if (basis !== 'CONSENT') bad(where, 'only data shared on consent names a consent');
    if (!people.includes(c.person)) bad(where, `consent "${key}" is about someone else`);
    if (!c.scope.includes(scope)) bad(where, `consent "${key}" does not cover ${scope}`);
    if (!agency || !c.agencies.includes(agency)) bad(where, `consent "${key}" does not name the source agency`);
  };
  data.ties.forEach((t, i) => rests(`ties[${i}]`, t.consent, [t.source, t.target], 'TIES', t.sourceAgency, t.legalBasis));
  data.assessments.forEach((a, i) => rests(`assessments[${i}]`, a.consent, [a.person], 'FACTORS', a.sourceAgency, a.legalBasis));
  const keys = new Set<string>();
  (data.information ?? []).forEach((x, i) => {
    const where = `information[${i}] (${x.key})`;
    if (keys.has(x.key)) bad(where, 'duplicate key');
    keys.add(x.key);
    if (!has(data.people, x.person)) bad(where, `unknown person "${x.person}"`);
    if (!Object.hasOwn(BASIS, x.class)) bad(where, `unknown class "${x.class}"`);
    if (!has(data.agencies, x.sourceAgency)) bad(where, `unknown agency "${x.sourceAgency}"`);
    const by = data.users.find((u) => u.key === x.by);
    if (!by) bad(where, `unknown user "${x.by}"`);
    // What a user shares is their own agency's, as the server enforces.
    if (by!.agency !== x.sourceAgency) bad(where, `user "${x.by}" does not work at "${x.sourceAgency}"`);
    if (x.class === 'POLICE_115' && data.agencies.find((a) => a.key === x.sourceAgency)?.kind !== 'POLICE') bad(where, '§115 information comes from the police');
    if ((x.class === 'CONSENT_GATED') !== (x.consent !== undefined)) bad(where, 'CONSENT_GATED information, and only it, names a consent');
    if ((x.class === 'STATUTE') !== (x.statute !== undefined)) bad(where, 'STATUTE information, and only it, names a statute');
    rests(where, x.consent, [x.person], 'INFORMATION', x.sourceAgency, BASIS[x.class]);
    if (!x.text.trim()) bad(where, 'text is empty');
    if (x.on > 0) bad(where, 'shared in the future');
  });
}

export function prepareLegal(data: SeedData, today: Date): { consents: ConsentRow[]; information: InformationRow[] } {
  validateLegal(data);
  const name = (key: string) => data.users.find((u) => u.key === key)!.displayName;
  return {
    consents: (data.consents ?? []).map((c) => ({
      id: seedId('consent', c.key),
      personId: seedId('person', c.person),
      givenBy: c.givenBy,
      scope: [...c.scope].sort(),
      agencyIds: c.agencies.map((a) => seedId('agency', a)).sort(),
      givenOn: isoDate(today, c.given),
      expiresOn: c.expires === undefined ? null : isoDate(today, c.expires),
      recordedById: seedId('user', c.recordedBy),
      recordedBy: name(c.recordedBy),
      // Recording and withdrawing are two writes.
      version: c.withdrawn ? 2 : 1,
      withdrawnAt: c.withdrawn ? isoInstant(today, c.withdrawn.day) : null,
      withdrawnBy: c.withdrawn?.by ?? null,
      withdrawalRecordedById: c.withdrawn ? seedId('user', c.withdrawn.recordedBy) : null,
      withdrawalRecordedBy: c.withdrawn ? name(c.withdrawn.recordedBy) : null,
    })),
    information: (data.information ?? []).map((x) => ({
      id: seedId('information', x.key),
      personId: seedId('person', x.person),
      class: x.class,
      text: x.text,
      sourceAgencyId: seedId('agency', x.sourceAgency),
      legalBasis: BASIS[x.class],
      consentId: x.consent === undefined ? null : seedId('consent', x.consent),
      statuteCode: x.statute ?? null,
      purposeRestriction: x.class === 'POLICE_115' ? 'CRIME_PREVENTION_ONLY' : null,
      recordedById: seedId('user', x.by),
      recordedBy: name(x.by),
      sharedOn: isoDate(today, x.on),
    })),
  };
}
