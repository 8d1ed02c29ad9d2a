// The statutes other than consent and §115 that information may be shared under. The rules are
// changing, so the list is configuration (LEGAL_STATUTES), read and checked once at start: data
// with the legal basis OTHER_STATUTE must name one of these codes.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Lang } from '../i18n/index.js';

const label = z.string().trim().min(1).max(200);

export const statuteSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/, 'a code is 1–40 capital letters, digits, dots, dashes or underscores'),
    label: z.object({ sv: label, da: label, en: label }).strict(),
  })
  .strict();

export const statuteListSchema = z
  .array(statuteSchema)
  .max(200)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const [i, s] of list.entries()) {
      if (seen.has(s.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `duplicate code ${s.code}` });
      seen.add(s.code);
    }
  });

export type Statute = z.infer<typeof statuteSchema>;

/** Used when LEGAL_STATUTES is not set: the Swedish and Danish provisions SSP(F) teams lean on besides §115. */
export const defaultStatutes: Statute[] = [
  {
    code: 'SE-OSL-10-18A',
    label: {
      sv: 'Offentlighets- och sekretesslagen (2009:400) 10 kap. 18 a §',
      da: 'Den svenske offentligheds- og sekretesslov (2009:400) kap. 10 § 18 a',
      en: 'Swedish Public Access to Information and Secrecy Act (2009:400), ch. 10 s. 18 a',
    },
  },
  {
    code: 'DK-FVL-28',
    label: {
      sv: 'Den danska förvaltningslagen, § 28',
      da: 'Forvaltningslovens § 28',
      en: 'Danish Public Administration Act, s. 28',
    },
  },
];

/**
 * LEGAL_STATUTES is either the list itself as JSON (`[{"code": …, "label": {"sv", "da", "en"}}]`)
 * or the path of a JSON file holding it. Throws a message naming what is wrong (never the file's text).
 */
export function parseStatutes(value: string): Statute[] {
  const v = value.trim();
  let raw: unknown;
  try {
    raw = JSON.parse(v.startsWith('[') ? v : readFileSync(v, 'utf8'));
  } catch (e) {
    throw new Error(v.startsWith('[') ? 'is not valid JSON' : `cannot read a JSON list from ${v} (${(e as NodeJS.ErrnoException).code ?? 'not valid JSON'})`);
  }
  const parsed = statuteListSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'list'}: ${i.message}`).join('; '));
  return parsed.data;
}

export function statuteLabel(statutes: readonly Statute[], code: string, lang: Lang): string {
  return statutes.find((s) => s.code === code)?.label[lang] ?? code;
}
