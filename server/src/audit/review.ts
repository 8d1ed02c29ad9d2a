// The auditor's reviews of the access log: a filtered page in time order, a reproducible random
// sample, and the rows of either for a CSV export. Each runs inside `audited` (resolvers.ts), so
// reading the log leaves its own row (READ_AUDIT / EXPORT_AUDIT) in the same transaction.
import type { Tx } from '../db/db.js';
import type { Model } from '../graphql/model.js';
import type { AuditOrder } from '../graphql/generated/types.js';
import { encodeCursor } from '../shared/paging.js';
import { samplePositions } from './sample.js';
import type { AuditCursor, AuditFilterInput } from './validation.js';

export type Filter = AuditFilterInput | null | undefined;

export interface Row {
  event: Model;
  atKey: string;
}

/** Every filter as a Cypher parameter (null: not filtered on). */
export function filterParams(f: Filter): Record<string, unknown> {
  return {
    from: f?.from ?? null,
    to: f?.to ?? null,
    username: f?.username ?? null,
    role: f?.role ?? null,
    agencyId: f?.agencyId ?? null,
    action: f?.action ?? null,
    purpose: f?.purpose ?? null,
    personId: f?.personId ?? null,
    personalOnly: f?.personalOnly ?? false,
  };
}

/** Up to `limit` rows after the cursor, in the order asked. */
export function reviewRows(tx: Tx, filter: Filter, order: AuditOrder, limit: number, after: AuditCursor | null): Promise<Row[]> {
  return tx.rows<Row>(order === 'OLDEST_FIRST' ? 'audit/review-oldest' : 'audit/review-newest', {
    ...filterParams(filter), afterAt: after?.at ?? null, afterId: after?.id ?? null, limit,
  });
}

/** One page as a connection: asks for one row more than it shows, to know whether more follow. */
export async function reviewPage(tx: Tx, filter: Filter, order: AuditOrder, limit: number, after: AuditCursor | null) {
  const rows = await reviewRows(tx, filter, order, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    nodes: page.map((r) => r.event),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(`${last.atKey}|${String(last.event.id)}`) : null },
  };
}

/** A uniform random sample of the matching rows, drawn with the seed; oldest first. */
export async function sampleRows(tx: Tx, filter: Filter, size: number, seed: string): Promise<{ population: number; nodes: Model[] }> {
  const params = filterParams(filter);
  const population = (await tx.one<{ population: number }>('audit/sample-count', params))?.population ?? 0;
  const indices = samplePositions(population, size, seed);
  if (indices.length === 0) return { population, nodes: [] };
  const rows = await tx.rows<Row>('audit/sample-pick', { ...params, indices });
  return { population, nodes: rows.map((r) => r.event) };
}
