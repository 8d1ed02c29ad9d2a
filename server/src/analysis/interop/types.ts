/** What an import yields before anything is written: people by their key in the file, and ties. */
export interface ImportedPerson {
  key: string;
  alias: string;
}

export interface ImportedTie {
  source: string;
  target: string;
  type: TieType;
  strength: number;
}

export type ImportErrorCode =
  | 'TOO_LARGE'
  | 'TOO_MANY_PEOPLE'
  | 'TOO_MANY_TIES'
  | 'EMPTY'
  | 'MISSING_COLUMN'
  | 'BAD_CSV'
  | 'NEWLINE_IN_FIELD'
  | 'MISSING_VALUE'
  | 'VALUE_TOO_LONG'
  | 'UNKNOWN_TIE_TYPE'
  | 'BAD_STRENGTH'
  | 'SELF_TIE'
  | 'DTD_NOT_ALLOWED'
  | 'MALFORMED_XML'
  | 'NOT_GRAPHML'
  | 'MISSING_ATTRIBUTE'
  | 'DUPLICATE_PERSON'
  | 'UNKNOWN_PERSON';

/** The first problem found; `line` is 1-based; `element` quotes the GraphML element. */
export interface ImportError {
  code: ImportErrorCode;
  line?: number;
  element?: string;
  detail: string;
}

export type ImportResult = { ok: true; people: ImportedPerson[]; ties: ImportedTie[] } | { ok: false; error: ImportError };

export const TIE_TYPES = [
  'FRIEND',
  'FAMILY',
  'PARTNER',
  'CLASSMATE',
  'CONFLICT',
  'CO_OFFENDING',
  'LOOKS_UP_TO',
  'RECRUITS',
  'PROTECTIVE_ADULT',
  'OTHER',
] as const;
export type TieType = (typeof TIE_TYPES)[number];

/**
 * Guards against huge or hostile files. A board holds about a hundred people; an area view a few
 * thousand; these leave room for both and keep a parse well under a second.
 */
export const IMPORT_LIMITS = {
  maxChars: 10 * 1024 * 1024,
  maxPeople: 20_000,
  maxTies: 100_000,
  maxValueLength: 200,
  maxXmlDepth: 20,
};

/** A missing strength is the middle of the 1-5 scale: "unknown", not "weak" (docs/analysis.md). */
export const DEFAULT_STRENGTH = 3;
/** A missing type is OTHER; an unknown one is an error. */
export const DEFAULT_TYPE: TieType = 'OTHER';

export function parseTieType(raw: string | undefined): TieType | null {
  const value = (raw ?? '').trim();
  if (value === '') return DEFAULT_TYPE;
  const upper = value.toUpperCase();
  return (TIE_TYPES as readonly string[]).includes(upper) ? (upper as TieType) : null;
}

/** Integer 1-5; "4.0" (as Gephi writes weights) is accepted, 2.5 and 7 are not. */
export function parseStrength(raw: string | undefined): number | null {
  const value = (raw ?? '').trim();
  if (value === '') return DEFAULT_STRENGTH;
  if (!/^\d+(\.0+)?$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= 5 ? n : null;
}

export function fail(error: ImportError): ImportResult {
  return { ok: false, error };
}
