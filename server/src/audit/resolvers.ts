// The access log, for the data-protection officer (AUDITOR; policy resource `audit`, operation
// readAudit). Every review runs inside `audited`: reading the log leaves its own row (READ_AUDIT,
// or EXPORT_AUDIT for a file), naming the person when the review was about one, so a
// subject-access report also shows who looked at the person's access history.
import type {
  Resolvers, QueryAuditEventsArgs, QueryAuditReviewArgs, QuerySubjectAccessArgs, QueryAuditSampleArgs, QueryAuditExportArgs, Role,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { guard } from '../graphql/guard.js';
import { agencyRef } from '../graphql/refs.js';
import { audited } from './audit.js';
import { validate } from '../shared/validate.js';
import { pageSize } from '../shared/paging.js';
import { AppError } from '../shared/errors.js';
import { reviewPage, reviewRows, sampleRows, type Filter } from './review.js';
import { auditCsv } from './csv.js';
import {
  auditEventsInput, auditExportInput, auditReviewInput, auditSampleInput, parseAuditCursor, subjectAccessInput,
} from './validation.js';

/** The largest CSV export: beyond it the auditor narrows the filter. */
export const maxExportRows = 10_000;

const cursorOf = (after: string | null | undefined) => (after ? parseAuditCursor(after) : null);

/** Audits the review itself; names the one person it was about, if any. */
function review<T>(ctx: AuthedCtx, action: 'READ_AUDIT' | 'EXPORT_AUDIT', purpose: string, personId: string | null | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  return audited(ctx, action, purpose, async (tx, seen) => {
    seen.add(personId);
    return work(tx);
  });
}

async function agencyNames(ctx: AuthedCtx, rows: Model[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.agencyId as string | null).filter((x): x is string => !!x))) {
    const a = await agencyRef(ctx, id);
    if (a) names.set(id, String(a.name));
  }
  return names;
}

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: guard('read', 'audit', async (args: QueryAuditEventsArgs, ctx) => {
      const input = validate(auditEventsInput, args);
      return review(ctx, 'READ_AUDIT', 'Query.auditEvents', input.personId, (tx) =>
        reviewPage(tx, { personId: input.personId ?? null }, 'NEWEST_FIRST', pageSize(args.first), cursorOf(input.after)),
      );
    }),
    auditReview: guard('read', 'audit', async (args: QueryAuditReviewArgs, ctx) => {
      const input = validate(auditReviewInput, args);
      return review(ctx, 'READ_AUDIT', 'Query.auditReview', input.filter?.personId, (tx) =>
        reviewPage(tx, input.filter, args.order ?? 'NEWEST_FIRST', pageSize(args.first), cursorOf(input.after)),
      );
    }),
    subjectAccess: guard('read', 'audit', async (args: QuerySubjectAccessArgs, ctx) => {
      const input = validate(subjectAccessInput, args);
      const filter: Filter = { personId: input.personId, from: input.from ?? null, to: input.to ?? null };
      return review(ctx, 'READ_AUDIT', 'Query.subjectAccess', input.personId, (tx) =>
        reviewPage(tx, filter, args.order ?? 'OLDEST_FIRST', pageSize(args.first), cursorOf(input.after)),
      );
    }),
    auditSample: guard('read', 'audit', async (args: QueryAuditSampleArgs, ctx) => {
      const input = validate(auditSampleInput, args);
      const drawn = await review(ctx, 'READ_AUDIT', 'Query.auditSample', input.filter.personId, (tx) => sampleRows(tx, input.filter, input.size, input.seed));
      return { ...drawn, seed: input.seed };
    }),
    auditExport: guard('export', 'audit', async (args: QueryAuditExportArgs, ctx) => {
      const input = validate(auditExportInput, args);
      const rows = await review(ctx, 'EXPORT_AUDIT', `Query.auditExport:${input.report}`, input.filter?.personId, async (tx) => {
        if (input.report === 'SAMPLE') return (await sampleRows(tx, input.filter, input.size, input.seed)).nodes;
        const order = args.order ?? (input.report === 'SUBJECT_ACCESS' ? 'OLDEST_FIRST' : 'NEWEST_FIRST');
        const found = await reviewRows(tx, input.filter, order, maxExportRows + 1, null);
        if (found.length > maxExportRows) throw new AppError('BAD_USER_INPUT', 'audit.exportTooLarge', { max: maxExportRows });
        return found.map((r) => r.event);
      });
      const names = await agencyNames(ctx, rows);
      const csv = auditCsv(rows, (id) => (id ? (names.get(id) ?? null) : null), ctx.lang);
      const stamp = new Date().toISOString().slice(0, 10);
      return {
        filename: `tavla-access-log-${input.report.toLowerCase().replace('_', '-')}-${stamp}.csv`,
        mimeType: 'text/csv; charset=utf-8',
        base64: Buffer.from(csv, 'utf8').toString('base64'),
      };
    }),
  },
  AuditEvent: {
    role: (e) => (e.role as Role | null) ?? null,
    agencyId: (e) => (e.agencyId as string | null) ?? null,
    agencyName: async (e, _a, ctx) => {
      const id = (e.agencyId as string | null) ?? null;
      return id ? (((await agencyRef(ctx, id))?.name as string | undefined) ?? null) : null;
    },
    personIds: (e) => (e.personIds as string[] | null) ?? [],
  },
};
