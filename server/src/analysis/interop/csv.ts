import Papa from 'papaparse';
import type { ImportedPerson, ImportedTie, ImportResult } from './types.js';
import { IMPORT_LIMITS, fail, parseStrength, parseTieType } from './types.js';

const REQUIRED = ['source', 'target'] as const;

/**
 * A CSV edge list: header required, columns source,target and optionally type,strength (names
 * case-insensitive, any order, other columns ignored; comma, semicolon or tab separated, as Excel
 * in Denmark and Sweden writes semicolons). People are the keys in order of first appearance, each
 * its own alias. The first problem is returned with its 1-based line; nothing partial is returned.
 */
export function parseCsvEdges(text: string): ImportResult {
  if (text.length > IMPORT_LIMITS.maxChars) return fail({ code: 'TOO_LARGE', detail: `more than ${IMPORT_LIMITS.maxChars} characters` });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail({ code: 'EMPTY', line: 1, detail: 'the file is empty' });
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: delimiterOf(body) });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return fail({ code: 'BAD_CSV', line: lineOf(body, quoteError.index), detail: quoteError.message });
  const rows = parsed.data;
  // Rows map to lines one-to-one because fields with line breaks are refused below.
  for (let r = 0; r < rows.length; r++) {
    if (rows[r]!.some((cell) => /[\r\n]/.test(cell))) return fail({ code: 'NEWLINE_IN_FIELD', line: r + 1, detail: 'a field contains a line break' });
  }
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  for (const name of REQUIRED) {
    if (col(name) < 0) return fail({ code: 'MISSING_COLUMN', line: 1, detail: `the header has no "${name}" column (found: ${header.join(', ')})` });
  }
  const [iSource, iTarget, iType, iStrength] = [col('source'), col('target'), col('type'), col('strength')];
  const people: ImportedPerson[] = [];
  const seen = new Set<string>();
  const ties: ImportedTie[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 1;
    if (row.every((cell) => cell.trim() === '')) continue;
    const source = (row[iSource] ?? '').trim();
    const target = (row[iTarget] ?? '').trim();
    if (source === '' || target === '') return fail({ code: 'MISSING_VALUE', line, detail: source === '' ? 'source is empty' : 'target is empty' });
    if (source.length > IMPORT_LIMITS.maxValueLength || target.length > IMPORT_LIMITS.maxValueLength) {
      return fail({ code: 'VALUE_TOO_LONG', line, detail: `a key is longer than ${IMPORT_LIMITS.maxValueLength} characters` });
    }
    if (source === target) return fail({ code: 'SELF_TIE', line, detail: `${source} is tied to itself` });
    const type = parseTieType(iType >= 0 ? row[iType] : undefined);
    if (type === null) return fail({ code: 'UNKNOWN_TIE_TYPE', line, detail: `unknown tie type "${row[iType]}"` });
    const strength = parseStrength(iStrength >= 0 ? row[iStrength] : undefined);
    if (strength === null) return fail({ code: 'BAD_STRENGTH', line, detail: `strength must be a whole number 1-5, got "${row[iStrength]}"` });
    for (const key of [source, target]) {
      if (seen.has(key)) continue;
      seen.add(key);
      people.push({ key, alias: key });
    }
    if (people.length > IMPORT_LIMITS.maxPeople) return fail({ code: 'TOO_MANY_PEOPLE', line, detail: `more than ${IMPORT_LIMITS.maxPeople} people` });
    ties.push({ source, target, type, strength });
    if (ties.length > IMPORT_LIMITS.maxTies) return fail({ code: 'TOO_MANY_TIES', line, detail: `more than ${IMPORT_LIMITS.maxTies} ties` });
  }
  return { ok: true, people, ties };
}

/**
 * The header line's most frequent separator (comma on a tie). Papaparse's own guess averages field
 * counts over every line, empty ones included, so a two-column semicolon file ending in a line
 * break, as Excel writes it, was read as one column.
 */
function delimiterOf(body: string): string {
  const end = body.search(/\r|\n/);
  const header = end < 0 ? body : body.slice(0, end);
  const count = (d: string) => header.split(d).length - 1;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function lineOf(text: string, index: number | undefined): number {
  if (index === undefined) return 1;
  let line = 1;
  for (let i = 0; i < Math.min(index, text.length); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
