// Every read or write of a person's data runs through `audited`: the work and its audit row
// share one write transaction, so there is no access without a record, and if the audit write
// fails the request fails. The row says who, role, agency, action, which people, purpose and
// when; never the data itself.
import type { AuthedCtx } from '../graphql/context.js';
import type { AuditAction } from '../graphql/generated/types.js';
import type { Tx } from '../db/db.js';
import { newId } from '../shared/ids.js';
import { unauthenticated } from '../shared/errors.js';

export class Seen {
  readonly ids = new Set<string>();
  add(...ids: (string | null | undefined)[]): void {
    for (const id of ids) if (id) this.ids.add(id);
  }
  addAll(ids: Iterable<string | null | undefined>): void {
    for (const id of ids) if (id) this.ids.add(id);
  }
}

export async function audited<T>(
  ctx: AuthedCtx,
  action: AuditAction,
  purpose: string,
  work: (tx: Tx, seen: Seen) => Promise<T>,
): Promise<T> {
  // Generated outside the transaction function: a driver retry writes the same row.
  const auditId = newId('audit');
  // The audit row is pipelined with the commit (tx.fire): if it cannot be written, the commit
  // fails and so does the request.
  return ctx.db.write(async (tx) => {
    const seen = new Seen();
    // The request's user may come from the per-process session cache; personal data is only
    // served or changed while the session is alive in the database. Sent first and read last,
    // the check rides along with the work instead of costing its own round trip.
    const alive = tx.rows('auth/session-alive', { sessionId: ctx.user.sessionId, idleMinutes: ctx.config.SESSION_IDLE_MINUTES });
    alive.catch(() => undefined);
    const result = await work(tx, seen);
    if ((await alive).length === 0) throw unauthenticated();
    tx.fire('audit/record', {
      id: auditId,
      userId: ctx.user.id,
      username: ctx.user.username,
      role: ctx.user.role,
      agencyId: ctx.user.agencyId,
      action,
      purpose,
      personIds: [...seen.ids].sort(),
    });
    return result;
  });
}
