// Access-log rows as CSV for the data-protection officer: one row per access, headers in the
// request's language, UTF-8 with a byte-order mark (so Excel reads å, ä, ø). Cells a spreadsheet
// would run as a formula are neutralised as in the managers' export: a failed login's username is
// whatever a stranger typed.
import Papa from 'papaparse';
import type { Model } from '../graphql/model.js';
import { t, type Lang } from '../i18n/index.js';
import { neutralise } from '../managers/export.js';

const columns = ['at', 'username', 'role', 'agency', 'action', 'purpose', 'people'] as const;

export function auditCsv(rows: Model[], agencyName: (id: string | null) => string | null, lang: Lang): string {
  const header = columns.map((c) => t(lang, `audit.csv.${c}`));
  const body = rows.map((e) => [
    String(e.at ?? ''),
    String(e.username ?? ''),
    String(e.role ?? ''),
    agencyName((e.agencyId as string | null) ?? null) ?? '',
    String(e.action ?? ''),
    String(e.purpose ?? ''),
    ((e.personIds as string[] | null) ?? []).join(' '),
  ]);
  return `\uFEFF${Papa.unparse([header, ...body].map((r) => r.map(neutralise)), { newline: '\r\n' })}`;
}
