import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicy, policyPath } from '../policy/file.js';
import { notExportable, pictureRefused, tiesInPicture, type DrawnTie } from './unexportable.js';

const police = 'agy_police', social = 'agy_social';
const coordinator = { role: 'COORDINATOR' as const, agencyId: social };
const tie = (id: string, s: string, t: string, extra: Partial<DrawnTie> = {}): DrawnTie => ({
  id, sourceId: s, targetId: t, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', legalBasis: 'CONSENT', consentId: null,
  sourceAgencyId: null, fromPolice: false, inForce: true, ended: false, ...extra,
});
// a–b is police §115; b–c a plain tie; c–d §115 from social services (not police information).
const p115 = tie('t115', 'a', 'b', { type: 'CO_OFFENDING', valence: 'HARMFUL', legalBasis: 'SSP_115', sourceAgencyId: police, fromPolice: true });
const plain = tie('tpl', 'b', 'c');
const social115 = tie('tso', 'c', 'd', { legalBasis: 'SSP_115', sourceAgencyId: social });
const drawn = { ties: [p115, plain, social115], focusOnBoard: true };
const refused = (f: object, d = drawn) => notExportable(coordinator, tiesInPicture(coordinator, d, f)).map((t) => t.id);

describe('a board picture and the police §115 ties in it', () => {
  it('is refused for a police §115 tie it draws, never for §115 data from another agency', () => {
    expect(refused({})).toEqual(['t115']);
    expect(notExportable(coordinator, [social115, plain])).toEqual([]);
  });

  it('is allowed when the filter in force hides that tie, as the board would', () => {
    expect(refused({ hiddenAgencies: [police] })).toEqual([]);
    expect(refused({ hiddenAgencies: ['none'] })).toEqual(['t115']);
    expect(refused({ hiddenTieTypes: ['CO_OFFENDING'] })).toEqual([]);
    expect(refused({ minStrength: 4 })).toEqual([]);
    expect(refused({ hiddenValences: ['SUPPORTIVE'] })).toEqual(['t115']);
    // The client leaves them out of every picture and says so in the filter.
    expect(refused({ withoutPolice115: true })).toEqual([]);
    expect(refused({ withoutPolice115: false })).toEqual(['t115']);
    // The focus neighbourhood of d, one step: c and d only.
    expect(refused({ focusPersonId: 'd', focusSteps: 1 })).toEqual([]);
    // Two steps from d reach b but not a: the §115 tie a–b is still outside.
    expect(refused({ focusPersonId: 'd', focusSteps: 2 })).toEqual([]);
    expect(refused({ focusPersonId: 'c', focusSteps: 2 })).toEqual(['t115']);
    // A focus on someone not on the board is ignored by the board, so here too.
    expect(refused({ focusPersonId: 'x', focusSteps: 1 }, { ...drawn, focusOnBoard: false })).toEqual(['t115']);
  });

  it('counts an ended tie only while changes are shown, whatever the tie filters (the board draws it so)', () => {
    const ended = { ties: [{ ...p115, inForce: false, ended: true }, plain], focusOnBoard: false };
    expect(refused({ hiddenAgencies: [police] }, ended)).toEqual([]);
    expect(refused({ hiddenAgencies: [police], changesSince: '2026-01-01' }, ended)).toEqual(['t115']);
  });

  it('follows the policy file: a tie the role may not read is not drawn, and an allowed export is not refused', () => {
    const raw = JSON.parse(readFileSync(policyPath, 'utf8'));
    const edit = (change: (rules: { id: string; roles: string[] | string; operations: string[] }[]) => void) => {
      const copy = structuredClone(raw);
      change(copy.rules);
      return parsePolicy(copy);
    };
    const blind = edit((rules) => {
      const r = rules.find((x) => x.id === 'police-115-shared')!;
      r.roles = (r.roles as string[]).filter((x) => x !== 'COORDINATOR');
    });
    expect(tiesInPicture(coordinator, drawn, {}, blind).map((t) => t.id)).toEqual(['tpl', 'tso']);
    expect(notExportable(coordinator, tiesInPicture(coordinator, drawn, {}, blind), blind)).toEqual([]);
    const exportable = edit((rules) => {
      rules.splice(rules.findIndex((x) => x.id === 'police-115-stays'), 1);
      rules.find((x) => x.id === 'police-115-shared')!.operations.push('export');
    });
    expect(notExportable(coordinator, [p115], exportable)).toEqual([]);
    expect(notExportable(coordinator, [p115])).toEqual([p115]);
  });
});

describe('a board picture and the consent and statute ties in it', () => {
  // Besides the fixture above: e–f on a consent, f–g under another statute, both from social services.
  const consent = tie('tco', 'e', 'f', { consentId: 'con_1', sourceAgencyId: social });
  const statute = tie('tst', 'f', 'g', { legalBasis: 'OTHER_STATUTE', sourceAgencyId: social });
  const all = { ties: [p115, plain, social115, consent, statute], focusOnBoard: true };
  const refusedAll = (f: object) => notExportable(coordinator, tiesInPicture(coordinator, all, f)).map((t) => t.id).sort();

  it('refuses every tie whose basis class the policy does not let the user export, whoever shared it', () => {
    expect(refusedAll({})).toEqual(['t115', 'tco', 'tst']);
    // Own agency's or not: no rule lets anyone export consentGated or statuteShared data.
    const police = { role: 'COORDINATOR' as const, agencyId: 'agy_police' };
    expect(notExportable(police, [consent, statute, plain, social115]).map((t) => t.id)).toEqual(['tco', 'tst']);
    // A tie resting on CONSENT without a consent is on no basis class: exportable.
    expect(notExportable(coordinator, [tie('tbare', 'a', 'g', { legalBasis: 'CONSENT', consentId: null })])).toEqual([]);
  });

  it('leaves them all out with withoutUnexportable; withoutPolice115 leaves out only the police ties', () => {
    expect(refusedAll({ withoutPolice115: true })).toEqual(['tco', 'tst']);
    expect(refusedAll({ withoutUnexportable: true })).toEqual([]);
    expect(tiesInPicture(coordinator, all, { withoutUnexportable: true }).map((t) => t.id)).toEqual(['tpl', 'tso']);
    // The filter in force hides them as the board would: focus on a, one step, holds only a–b.
    expect(refusedAll({ withoutPolice115: true, focusPersonId: 'a', focusSteps: 1 })).toEqual([]);
    expect(refusedAll({ hiddenAgencies: [social] })).toEqual(['t115']);
  });

  it('names §115 in the refusal when a police tie is among them, the consent and statute bases otherwise', () => {
    const key = (e: Error & { extensions?: Record<string, unknown> }) => [e.extensions?.code, e.extensions?.i18nKey];
    expect(key(pictureRefused([consent, p115]))).toEqual(['FORBIDDEN', 'legal.police115NoExport']);
    expect(key(pictureRefused([consent, statute]))).toEqual(['FORBIDDEN', 'legal.unexportableNoExport']);
  });

  it('follows the policy file: a class the policy lets the user export is not refused', () => {
    const raw = JSON.parse(readFileSync(policyPath, 'utf8'));
    raw.rules.push({ id: 'test-statute-export', effect: 'allow', roles: ['COORDINATOR'], classes: ['statuteShared'], operations: ['export'], when: { agency: ['own'] }, why: 'test' });
    const p = parsePolicy(raw);
    expect(notExportable(coordinator, [consent, statute], p).map((t) => t.id)).toEqual(['tco']);
    // Another agency's statute tie is still not the coordinator's to pass on.
    expect(notExportable(coordinator, [{ ...statute, sourceAgencyId: police }], p).map((t) => t.id)).toEqual(['tst']);
  });
});
