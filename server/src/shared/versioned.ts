// Optimistic concurrency for edits. The lock query takes the row's write lock and returns its
// version; a stale version is refused (never silently overwritten), and a replay of the same
// write (the driver retrying a transaction whose commit it did not hear about) returns the
// current state instead of failing or applying twice.
import type { Params, Tx } from '../db/db.js';
import { notFound, stale } from './errors.js';

interface LockRow {
  version: number;
  lastWriteId: string | null;
  current: Record<string, unknown>;
}

export async function versionedUpdate<T>(
  tx: Tx,
  lockQuery: string,
  lockParams: Params,
  expectedVersion: number,
  writeId: string,
  apply: (lock: LockRow & Record<string, unknown>) => Promise<T>,
  replay: (current: Record<string, unknown>) => T,
): Promise<T> {
  const lock = await tx.one<LockRow & Record<string, unknown>>(lockQuery, lockParams);
  if (!lock) throw notFound();
  if (lock.lastWriteId === writeId) return replay(lock.current);
  if (lock.version !== expectedVersion) throw stale();
  return apply(lock);
}
