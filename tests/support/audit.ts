// Reading the audit log directly from the database, for tests.
import type { TestServer } from './server.js';

export interface AuditRow {
  action: string;
  purpose: string;
  username: string;
  role: string;
  personIds: string[];
  [key: string]: unknown;
}

/** The database's clock (audit rows are stamped by it, not by Node). */
export async function now(server: TestServer): Promise<string> {
  const rows = await server.db.read((tx) => tx.rows<{ now: string }>('test/now'));
  return rows[0]!.now;
}

export async function auditSince(server: TestServer, since: string): Promise<AuditRow[]> {
  const rows = await server.db.read((tx) => tx.rows<{ event: AuditRow }>('test/audit-since', { since }));
  return rows.map((r) => r.event);
}
