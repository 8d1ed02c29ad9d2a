// Situation reports are about places and events, never about people: outside reporters (taxi,
// housing, associations) have no legal basis to share anything about a person. This looks for the
// two things that would make a report about someone: an identity number, and a name (or a handle).
//
// Rules (docs/readiness.md):
// - IDENTITY_NUMBER blocks the report: a Swedish personnummer or samordningsnummer whose date is
//   real and whose Luhn digit is right, in any of its written forms; a Danish CPR number written
//   DDMMYY-XXXX with a real date (CPR numbers issued since 2007 need not pass modulus 11, so the
//   date is all there is to check); or a CPR number written without the dash that also passes
//   modulus 11. Nothing legitimate in a report about a place looks like that.
// - POSSIBLE_IDENTITY_NUMBER warns: the same shapes with a real date but a wrong check digit (a
//   mistyped number, or a reference number that only looks like one).
// - PERSON_NAME warns: a common given name followed by a capitalised word, or a capitalised word
//   followed by one with a common surname ending. Names are fuzzy (places are named after people),
//   so this never blocks.
// - HANDLE warns: an @handle or an e-mail address.
import { FIRST_NAMES } from './firstnames.js';

export type TextWarningKind = 'IDENTITY_NUMBER' | 'POSSIBLE_IDENTITY_NUMBER' | 'PERSON_NAME' | 'HANDLE';

export interface TextWarning {
  kind: TextWarningKind;
  /** Offsets into the text (UTF-16 code units, as JavaScript strings count). */
  start: number;
  end: number;
  excerpt: string;
  blocking: boolean;
}

function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A two-digit year may be in either century; a date is real if it is real in one of them. */
function realDateYY(yy: number, month: number, day: number): boolean {
  return realDate(1900 + yy, month, day) || realDate(2000 + yy, month, day);
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts at the first digit for a ten-digit personnummer (weights 2,1,2,1,…).
    let d = Number(digits[i]) * ((digits.length - i) % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

export function cprModulus11Valid(digits: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return [...digits].reduce((s, d, i) => s + Number(d) * weights[i]!, 0) % 11 === 0;
}

/** Swedish: YYMMDD (or YYYYMMDD) with day + 60 for a samordningsnummer. */
function swedishDate(datePart: string): boolean {
  const century = datePart.length === 8 ? Number(datePart.slice(0, 2)) : null;
  const p = datePart.slice(-6);
  const yy = Number(p.slice(0, 2));
  const month = Number(p.slice(2, 4));
  let day = Number(p.slice(4, 6));
  if (day > 60) day -= 60;
  if (century !== null) return (century === 19 || century === 20) && realDate(century * 100 + yy, month, day);
  return realDateYY(yy, month, day);
}

function danishDate(datePart: string): boolean {
  if (datePart.length !== 6) return false;
  return realDateYY(Number(datePart.slice(4, 6)), Number(datePart.slice(2, 4)), Number(datePart.slice(0, 2)));
}

type NumberVerdict = 'IDENTITY_NUMBER' | 'POSSIBLE_IDENTITY_NUMBER' | null;

export function judgeNumber(datePart: string, separator: string, serial: string): NumberVerdict {
  const ten = datePart.slice(-6) + serial;
  const se = swedishDate(datePart);
  const dk = danishDate(datePart);
  if (se && luhnValid(ten)) return 'IDENTITY_NUMBER';
  if (dk && separator === '-') return 'IDENTITY_NUMBER';
  if (dk && separator === '' && cprModulus11Valid(ten)) return 'IDENTITY_NUMBER';
  return se || dk ? 'POSSIBLE_IDENTITY_NUMBER' : null;
}

const NUMBER = /(?<![\d-])(\d{8}|\d{6})([-+]?)(\d{4})(?![\d-])/g;
// A given name, then a capitalised word (the surname).
const WORD = '\\p{Lu}[\\p{Ll}\\p{Lu}\'’-]*\\p{Ll}';
const NAME_PAIR = new RegExp(`(?<![\\p{L}\\p{N}])(${WORD})\\s+(${WORD})(?![\\p{L}\\p{N}])`, 'gu');
const SURNAME_ENDING = /(?:sen|son|sson|gaard|gård|berg|ström|strøm|qvist|kvist|lund|dahl|bech)$/u;
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{2,30}|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/gu;

export function checkText(text: string): TextWarning[] {
  const out: TextWarning[] = [];
  const push = (kind: TextWarningKind, start: number, excerpt: string) =>
    out.push({ kind, start, end: start + excerpt.length, excerpt, blocking: kind === 'IDENTITY_NUMBER' });

  for (const m of text.matchAll(NUMBER)) {
    const verdict = judgeNumber(m[1]!, m[2]!, m[3]!);
    if (verdict) push(verdict, m.index, m[0]);
  }
  for (const m of text.matchAll(HANDLE)) push('HANDLE', m.index, m[0]);
  // Overlapping pairs ("Ali Demir Hansen"): step one word at a time, not past the whole match.
  NAME_PAIR.lastIndex = 0;
  for (let m = NAME_PAIR.exec(text); m; m = NAME_PAIR.exec(text)) {
    const [whole, first, last] = m as unknown as [string, string, string];
    if (FIRST_NAMES.has(first) || SURNAME_ENDING.test(last)) push('PERSON_NAME', m.index, whole);
    NAME_PAIR.lastIndex = m.index + first.length;
  }
  return out.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

export const blocks = (warnings: TextWarning[]): boolean => warnings.some((w) => w.blocking);
