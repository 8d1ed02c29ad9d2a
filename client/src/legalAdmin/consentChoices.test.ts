import { describe, expect, it } from 'vitest';
import { police115Choices, qualifyingConsents, sourceAgencyOf } from './consentChoices.js';

const SCHOOL = 'agency_school';
const SOCIAL = 'agency_social';
const POLICE = 'agency_police';
const today = '2026-11-23';

const consent = (id: string, o: Partial<{ live: boolean; expiresOn: string | null; scope: string[]; agencies: string[]; withdrawal: unknown }> = {}) => ({
  id,
  live: o.live ?? true,
  expiresOn: o.expiresOn ?? null,
  scope: o.scope ?? ['TIES', 'FACTORS'],
  agencies: (o.agencies ?? [SCHOOL, SOCIAL]).map((a) => ({ id: a })),
  withdrawal: o.withdrawal ?? null,
});

describe('qualifyingConsents', () => {
  const all = [
    consent('fits'),
    consent('withdrawn', { live: false, withdrawal: { at: '2026-11-01T10:00:00Z' } }),
    // The server's live flag and the withdrawal each rule a consent out on their own.
    consent('withdrawn-stale-flag', { withdrawal: { at: '2026-11-22T10:00:00Z' } }),
    consent('not-live', { live: false }),
    consent('lapses-today', { expiresOn: today }),
    consent('lapses-tomorrow', { expiresOn: '2026-11-24' }),
    consent('information-only', { scope: ['INFORMATION'] }),
    consent('factors-only', { scope: ['FACTORS'] }),
    consent('police-only', { agencies: [POLICE] }),
  ];

  it('keeps the live consents covering ties that name the source agency', () => {
    expect(qualifyingConsents(all, { scope: 'TIES', agencyId: SCHOOL, today }).map((c) => c.id)).toEqual(['fits', 'lapses-tomorrow']);
  });

  it('keeps those covering factor assessments for factors', () => {
    expect(qualifyingConsents(all, { scope: 'FACTORS', agencyId: SOCIAL, today }).map((c) => c.id)).toEqual(['fits', 'lapses-tomorrow', 'factors-only']);
  });

  it('keeps only those naming the agency', () => {
    expect(qualifyingConsents(all, { scope: 'TIES', agencyId: POLICE, today }).map((c) => c.id)).toEqual(['police-only']);
    expect(qualifyingConsents(all, { scope: 'TIES', agencyId: 'agency_other', today })).toEqual([]);
  });

  it('offers none without a source agency', () => {
    expect(qualifyingConsents(all, { scope: 'TIES', agencyId: null, today })).toEqual([]);
    expect(qualifyingConsents(all, { scope: 'TIES', agencyId: '', today })).toEqual([]);
  });
});

describe('sourceAgencyOf', () => {
  it('is the chosen agency, else the user’s own, else none', () => {
    expect(sourceAgencyOf(SCHOOL, SOCIAL)).toBe(SCHOOL);
    expect(sourceAgencyOf('', SOCIAL)).toBe(SOCIAL);
    expect(sourceAgencyOf(null, undefined)).toBeNull();
  });
});

describe('police115Choices', () => {
  const agencies = [
    { id: SCHOOL, kind: 'SCHOOL' },
    { id: POLICE, kind: 'POLICE' },
    { id: SOCIAL, kind: 'SOCIAL_SERVICES' },
  ];
  const ids = (xs: { id: string }[]) => xs.map((a) => a.id);

  it('offers a police analyst every pair', () => {
    const c = police115Choices({ agencies, basis: 'SSP_115', agencyId: POLICE, mayRecordPolice115: true });
    expect(ids(c.agencies)).toEqual([SCHOOL, POLICE, SOCIAL]);
    expect(c.bases).toEqual(['CONSENT', 'SSP_115', 'OTHER_STATUTE']);
  });

  it('leaves the police agencies out under §115 for anyone else', () => {
    const c = police115Choices({ agencies, basis: 'SSP_115', agencyId: SCHOOL, mayRecordPolice115: false });
    expect(ids(c.agencies)).toEqual([SCHOOL, SOCIAL]);
    expect(c.bases).toEqual(['CONSENT', 'SSP_115', 'OTHER_STATUTE']);
  });

  it('leaves §115 out with a police source for anyone else, and offers the rest', () => {
    const c = police115Choices({ agencies, basis: 'CONSENT', agencyId: POLICE, mayRecordPolice115: false });
    expect(ids(c.agencies)).toEqual([SCHOOL, POLICE, SOCIAL]);
    expect(c.bases).toEqual(['CONSENT', 'OTHER_STATUTE']);
  });

  it('keeps an existing tie’s own values choosable', () => {
    const c = police115Choices({ agencies, basis: 'SSP_115', agencyId: POLICE, mayRecordPolice115: false, keep: { agencyId: POLICE, basis: 'SSP_115' } });
    expect(ids(c.agencies)).toEqual([SCHOOL, POLICE, SOCIAL]);
    expect(c.bases).toEqual(['CONSENT', 'SSP_115', 'OTHER_STATUTE']);
  });
});
