// Expected verdicts are worked out by hand in the comments (check digits computed digit by digit),
// not by running the code under test.
import { describe, expect, it } from 'vitest';
import { checkText, cprModulus11Valid, luhnValid } from './textcheck.js';
import { reports } from '../../../seed/demo/places.js';
import { alerts } from '../../../seed/demo/readiness.js';

const kinds = (text: string) => checkText(text).map((w) => `${w.kind} ${w.excerpt}`);

describe('check digits', () => {
  it('Luhn over a ten-digit personnummer', () => {
    // 8112289874: 8·2=16→7, 1, 1·2=2, 2, 2·2=4, 8, 9·2=18→9, 8, 7·2=14→5, 4 → 50
    expect(luhnValid('8112289874')).toBe(true);
    // …9873 → 49
    expect(luhnValid('8112289873')).toBe(false);
  });

  it('modulus 11 over a CPR number', () => {
    // 3112990002: 3·4 + 1·3 + 1·2 + 2·7 + 9·6 + 9·5 + 0·4 + 0·3 + 0·2 + 2·1 = 132 = 12·11
    expect(cprModulus11Valid('3112990002')).toBe(true);
    // …0003 → 133
    expect(cprModulus11Valid('3112990003')).toBe(false);
  });
});

describe('identity numbers', () => {
  it('blocks a Swedish personnummer with a real date and a right check digit, in every written form', () => {
    for (const n of ['811228-9874', '8112289874', '19811228-9874', '198112289874']) {
      expect(kinds(`Anmälan om ${n} vid torget`), n).toEqual([`IDENTITY_NUMBER ${n}`]);
    }
    // A samordningsnummer: day 88 = 28 + 60; 8112889871 → 7+1+2+2+7+8+9+8+5+1 = 50.
    expect(kinds('nr 811288-9871')).toEqual(['IDENTITY_NUMBER 811288-9871']);
    expect(checkText('811228-9874')[0]).toMatchObject({ start: 0, end: 11, blocking: true });
  });

  it('only warns when the check digit is wrong, and ignores shapes without a real date', () => {
    // 811228-9873: Luhn 49; as a CPR number day 81 is no day.
    expect(checkText('811228-9873')).toEqual([{ kind: 'POSSIBLE_IDENTITY_NUMBER', start: 0, end: 11, excerpt: '811228-9873', blocking: false }]);
    // Month 12, day 32 (not a samordningsnummer either); as CPR day 81: no date at all.
    expect(kinds('811232-9874')).toEqual([]);
    // Part of a longer number, or a date: not an identity number.
    expect(kinds('ordre 12811228-98741 og 2026-03-01')).toEqual([]);
  });

  it('blocks a Danish CPR number written with the dash on its date alone (no modulus 11 since 2007)', () => {
    // 1 January 1985; as a Swedish number: day 85 − 60 = 25, but Luhn 0+1+0+1+7+5+2+2+6+4 = 28.
    expect(kinds('set ved 010185-1234')).toEqual(['IDENTITY_NUMBER 010185-1234']);
  });

  it('blocks a CPR number without the dash only when modulus 11 holds, else warns', () => {
    // 31 December 1999; as Swedish day 99 − 60 = 39: no date.
    expect(kinds('3112990002')).toEqual(['IDENTITY_NUMBER 3112990002']);
    expect(kinds('3112990003')).toEqual(['POSSIBLE_IDENTITY_NUMBER 3112990003']);
  });
});

describe('names and handles', () => {
  it('warns about a given name followed by a surname, and about surname endings', () => {
    expect(checkText('I går stod Mikkel Hansen ved kiosken.')).toEqual([
      { kind: 'PERSON_NAME', start: 11, end: 24, excerpt: 'Mikkel Hansen', blocking: false },
    ]);
    expect(kinds('Zlatko Petersen var der')).toEqual(['PERSON_NAME Zlatko Petersen']);
    expect(kinds('Ali Demir Hansen')).toEqual(['PERSON_NAME Ali Demir', 'PERSON_NAME Demir Hansen']);
  });

  it('does not warn about places and organisations', () => {
    expect(kinds('Uro ved Klub Solbakken og Solbakken Boldklub; Bøgely Taxa kører ikke til Lærketorvet.')).toEqual([]);
  });

  it('warns about handles and e-mail addresses, not a lone @', () => {
    expect(kinds('Videoer på @solbakken_drengene, skriv til kim@taxi.example')).toEqual([
      'HANDLE @solbakken_drengene', 'HANDLE kim@taxi.example',
    ]);
    expect(kinds('Mødet kl. 20 @ klubben')).toEqual([]);
  });

  it('finds nothing in the demo reports, which describe places and events only', () => {
    expect(reports.flatMap((r) => kinds(r.text))).toEqual([]);
  });

  it('finds nothing in the demo alert, whose texts name places, agencies and roles', () => {
    const texts = alerts.flatMap((a) => [a.reason, a.closed?.summary ?? '', ...a.decisions.map((d) => d.text), ...a.actions.map((x) => `${x.what}. ${x.who}`)]);
    expect(texts.flatMap(kinds)).toEqual([]);
  });
});
