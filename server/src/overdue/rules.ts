// When a follow-up or a commitment is overdue. Pure, so the board, the person's panel and the
// tests apply one rule. `day` is today (UTC) in the server; a date *before* it has passed.
import type { Model } from '../graphql/model.js';

/** Interventions still to be followed up; COMPLETED and CANCELLED ones are never overdue. */
const OPEN = new Set(['PLANNED', 'ACTIVE', 'PAUSED']);

/**
 * The next follow-up date has passed and no follow-up has been recorded on or after it. A
 * follow-up recorded early (before the date) does not count: the team still owes the one it set.
 */
export function followUpOverdue(i: Model, day: string): boolean {
  const next = (i.nextFollowUp as string | null | undefined) ?? null;
  if (!next || next >= day || !OPEN.has(String(i.status))) return false;
  const followUps = (i.followUps as Model[] | undefined) ?? [];
  return !followUps.some((f) => String(f.date) >= next);
}

/** Not done, and the due date has passed. */
export function commitmentOverdue(c: Model, day: string): boolean {
  return c.done !== true && String(c.dueDate) < day;
}
