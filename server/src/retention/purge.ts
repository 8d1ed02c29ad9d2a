// Erasing people: the daily retention purge (everyone past their retain-until date) and erasure
// on request (one person). Both remove the person and everything only theirs in one transaction
// with an access-log row naming them (the log keeps ids, never data), and leave one log line of
// counts: no names, no ids (a person id is personal data too; the access-log row is where the id
// belongs, and the log line carries the rule or the reason to find it there).
import type { Config } from '../config.js';
import type { Db, Tx } from '../db/db.js';
import type { AuthedCtx } from '../graphql/context.js';
import { audited } from '../audit/audit.js';
import { newId } from '../shared/ids.js';
import { notFound } from '../shared/errors.js';
import { log } from '../log.js';
import { isExpired, localDate, retainUntil, type RetentionFacts, type RetentionRule } from './rule.js';

export interface ErasureCounts {
  people: number;
  ties: number;
  revisions: number;
  records: number;
  links: number;
}

const none: ErasureCounts = { people: 0, ties: 0, revisions: 0, records: 0, links: 0 };

interface FactsRow {
  id: string;
  birthYear: number | null;
  boards: number;
  openBoards: number;
  lastClosedAt: string | null;
  changedAt: string;
}

export function factsOf(row: FactsRow, timeZone: string): RetentionFacts {
  return {
    birthYear: row.birthYear ?? null,
    boards: row.boards,
    openBoards: row.openBoards,
    lastClosedOn: row.lastClosedAt ? localDate(row.lastClosedAt, timeZone) : null,
    lastChangedOn: localDate(row.changedAt, timeZone),
  };
}

/** Retain-until dates of the given people (or of everyone), keyed by id. */
export async function retainUntilOf(tx: Tx, rule: RetentionRule, timeZone: string, ids: string[] | null): Promise<Map<string, string | null>> {
  const rows = await tx.rows<FactsRow>('retention/facts', { ids });
  return new Map(rows.map((r) => [r.id, retainUntil(rule, factsOf(r, timeZone))]));
}

export async function erasePeople(tx: Tx, ids: string[]): Promise<ErasureCounts> {
  if (ids.length === 0) return { ...none };
  return (await tx.one<ErasureCounts>('retention/erase-people', { ids })) ?? { ...none };
}

function add(a: ErasureCounts, b: ErasureCounts): ErasureCounts {
  return { people: a.people + b.people, ties: a.ties + b.ties, revisions: a.revisions + b.revisions, records: a.records + b.records, links: a.links + b.links };
}

export interface PurgeReport extends ErasureCounts {
  rule: string;
  checked: number;
  purged: number;
  undetermined: number;
}

/** The username on the access-log rows of the server's own purge (no account can have a colon). */
export const purgeUsername = 'tavla:retention';
const batchSize = 200;

/**
 * Erases everyone past their retain-until date. `by` is the admin who asked (purgeExpired), or
 * null for the timer. Each batch re-checks its people in its own transaction before erasing
 * (a board reopened meanwhile keeps them), and writes its access-log row there.
 */
export async function purgeExpired(db: Db, config: Config, by: AuthedCtx | null): Promise<PurgeReport> {
  const started = Date.now();
  const rule = config.RETENTION_RULE;
  const today = localDate(new Date(), config.TIME_ZONE);
  const dates = await db.read((tx) => retainUntilOf(tx, rule, config.TIME_ZONE, null));
  const expired = [...dates].filter(([, until]) => isExpired(until, today)).map(([id]) => id);
  const undetermined = [...dates.values()].filter((d) => d === null).length;

  const purpose = by ? `Mutation.purgeExpired:${rule.text}` : `retention.purge:${rule.text}`;
  const batch = async (ids: string[]): Promise<ErasureCounts> => {
    const work = async (tx: Tx) => {
      const now = await retainUntilOf(tx, rule, config.TIME_ZONE, ids);
      const still = ids.filter((id) => now.has(id) && isExpired(now.get(id) ?? null, today));
      return { still, counts: await erasePeople(tx, still) };
    };
    if (by) {
      return audited(by, 'DELETE', purpose, async (tx, seen) => {
        const r = await work(tx);
        seen.addAll(r.still);
        return r.counts;
      });
    }
    const auditId = newId('audit');
    return db.write(async (tx) => {
      const r = await work(tx);
      tx.fire('audit/record', {
        id: auditId, userId: null, username: purgeUsername, role: null, agencyId: null, action: 'DELETE', purpose, personIds: [...r.still].sort(),
      });
      return r.counts;
    });
  };

  let total = { ...none };
  // One run with nothing to purge still leaves its access-log row: the officer sees it ran.
  const batches = expired.length ? Array.from({ length: Math.ceil(expired.length / batchSize) }, (_, i) => expired.slice(i * batchSize, (i + 1) * batchSize)) : [[]];
  for (const ids of batches) total = add(total, await batch(ids));

  const report: PurgeReport = { rule: rule.text, checked: dates.size, purged: total.people, undetermined, ...total };
  log.info('retention purge', { trigger: by ? 'purgeExpired' : 'timer', ...report, ms: Date.now() - started });
  return report;
}

/** Erasure on request: the person (if the user reaches them) and everything only theirs. */
export async function erasePerson(ctx: AuthedCtx, id: string, reason: string): Promise<ErasureCounts> {
  const counts = await audited(ctx, 'DELETE', `Mutation.erasePerson:${reason}`, async (tx, seen) => {
    // Someone the user does not reach through a board's team looks exactly like nobody.
    if (!(await tx.one('retention/visible-person', { id, userId: ctx.user.id }))) throw notFound();
    seen.add(id);
    return erasePeople(tx, [id]);
  });
  log.info('person erased', { reason, ties: counts.ties, revisions: counts.revisions, records: counts.records, links: counts.links });
  return counts;
}
