import { z } from 'zod';
import { idOf, isId } from '../shared/ids.js';
import { decodeCursor } from '../shared/paging.js';

export interface AuditCursor {
  at: string;
  id: string;
}

// Neo4j's toString of a UTC datetime, e.g. 2026-11-22T20:01:28.123456789Z.
const neo4jInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/;

/** `at|id`, base64url; anything else is refused rather than silently read from the start. */
export function parseAuditCursor(cursor: string): AuditCursor | null {
  const [at = '', id = '', ...rest] = (decodeCursor(cursor) ?? '').split('|');
  return rest.length === 0 && neo4jInstant.test(at) && isId('audit', id) ? { at, id } : null;
}

const cursor = z
  .string()
  .max(400)
  .refine((v) => parseAuditCursor(v) !== null, { message: 'validation.invalid' })
  .nullish();

const searchText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { message: 'validation.controlChars' });

/** The DateTime scalar has already made these ISO instants (UTC, milliseconds). */
const instant = z.string().nullish();

const filterShape = z.object({
  username: searchText.nullish(),
  role: z.string().nullish(),
  agencyId: idOf('agency').nullish(),
  action: z.string().nullish(),
  purpose: searchText.nullish(),
  personId: idOf('person').nullish(),
  personalOnly: z.boolean().nullish(),
  from: instant,
  to: instant,
});

const ordered = (f: { from?: string | null; to?: string | null }) => !f.from || !f.to || f.from < f.to;
const orderIssue = { message: 'validation.validToBeforeFrom', path: ['to'] };

export const auditFilter = filterShape.refine(ordered, orderIssue);
export type AuditFilterInput = z.infer<typeof filterShape>;

export const auditEventsInput = z.object({ personId: idOf('person').nullish(), after: cursor });

export const auditReviewInput = z.object({ filter: auditFilter.nullish(), after: cursor });

export const subjectAccessInput = z
  .object({ personId: idOf('person'), from: instant, to: instant, after: cursor })
  .refine(ordered, orderIssue);

export const maxSampleSize = 1000;

const sampleFilter = filterShape
  .extend({ from: z.string({ message: 'validation.required' }), to: z.string({ message: 'validation.required' }) })
  .refine(ordered, orderIssue);

export const auditSampleInput = z.object({
  filter: sampleFilter,
  size: z.number().int().min(1).max(maxSampleSize),
  seed: searchText.pipe(z.string().max(100)),
});

export const auditExportInput = z.discriminatedUnion('report', [
  z.object({ report: z.literal('REVIEW'), filter: auditFilter.nullish() }),
  z.object({ report: z.literal('SUBJECT_ACCESS'), filter: filterShape.extend({ personId: idOf('person') }).refine(ordered, orderIssue) }),
  z.object({ report: z.literal('SAMPLE'), filter: sampleFilter, size: auditSampleInput.shape.size, seed: auditSampleInput.shape.seed }),
]);
