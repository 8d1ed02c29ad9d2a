// The demo's consents and shared information against the rules the server applies to new data,
// and the checks that keep a seed from carrying data a consent does not cover.
import { describe, expect, it } from 'vitest';
import { demoCase } from './demo.js';
import { factorCatalogue } from './factors.js';
import { prepareSeed } from './prepare.js';
import { validateLegal } from './prepare-legal.js';
import { seedId } from './ids.js';
import type { SeedData } from './types.js';

const copy = (): SeedData => structuredClone(demoCase);

describe('the demo’s legal basis', () => {
  const p = prepareSeed(demoCase, factorCatalogue, new Date('2026-03-02T12:00:00Z'));

  it('has a live, a withdrawn and an expiring consent, and something resting on the withdrawn one', () => {
    const withdrawn = p.consents.filter((c) => c.withdrawnAt !== null);
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]!.version).toBe(2);
    expect(p.consents.some((c) => c.withdrawnAt === null && c.expiresOn === null)).toBe(true);
    expect(p.consents.some((c) => c.withdrawnAt === null && c.expiresOn !== null && c.expiresOn > '2026-03-02')).toBe(true);
    const gone = withdrawn[0]!.id;
    expect(p.ties.filter((t) => t.consentId === gone)).toHaveLength(1);
    expect(p.assessments.filter((a) => a.consentId === gone)).toHaveLength(1);
    expect(p.information.filter((i) => i.consentId === gone)).toHaveLength(1);
  });

  it('has every class of information, §115 flagged for crime prevention only and only from the police', () => {
    expect(new Set(p.information.map((i) => i.class))).toEqual(new Set(['AGENCY_NOTE', 'POLICE_115', 'CONSENT_GATED', 'STATUTE']));
    for (const i of p.information.filter((x) => x.class === 'POLICE_115')) {
      expect(i).toMatchObject({ legalBasis: 'SSP_115', purposeRestriction: 'CRIME_PREVENTION_ONLY', sourceAgencyId: seedId('agency', 'police') });
    }
    expect(p.information.filter((i) => i.class === 'AGENCY_NOTE').every((i) => i.legalBasis === null)).toBe(true);
  });
});

describe('legal seed integrity', () => {
  const cases: [string, (d: SeedData) => void, RegExp][] = [
    ['a tie on a consent about someone else', (d) => { d.ties.find((t) => t.consent)!.consent = 'noah_father'; }, /is about someone else/],
    ['a consent without the scope', (d) => { d.consents!.find((c) => c.key === 'emil_family')!.scope = ['INFORMATION']; }, /does not cover TIES/],
    ['a consent without the source agency', (d) => { d.consents!.find((c) => c.key === 'emil_family')!.agencies = ['social']; }, /does not name the source agency/],
    ['a note by another agency’s user', (d) => { d.information!.find((i) => i.class === 'AGENCY_NOTE')!.sourceAgency = 'club'; }, /does not work at "club"/],
    ['§115 information not from the police', (d) => { const i = d.information!.find((x) => x.class === 'POLICE_115')!; i.sourceAgency = 'social'; i.by = 'coordinator'; }, /comes from the police/],
    ['a statute without a code', (d) => { delete d.information!.find((i) => i.class === 'STATUTE')!.statute; }, /names a statute/],
    ['withdrawn before given', (d) => { d.consents!.find((c) => c.withdrawn)!.withdrawn!.day = -500; }, /withdrawn before it was given/],
  ];
  it.each(cases)('refuses %s', (_name, spoil, message) => {
    const d = copy();
    spoil(d);
    expect(() => validateLegal(d)).toThrow(message);
  });

  it('accepts the demo as it is', () => {
    expect(() => validateLegal(demoCase)).not.toThrow();
  });
});
