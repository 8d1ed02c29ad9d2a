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

export const auditEventsInput = z.object({
  personId: idOf('person').nullish(),
  after: z
    .string()
    .max(400)
    .refine((v) => parseAuditCursor(v) !== null, { message: 'validation.invalid' })
    .nullish(),
});
