// The filter form's values (what the officer typed) as the API's AuditFilter: empty fields are
// left out, and the dates, picked in the browser's own time zone, become the instants the log is
// kept in: from the start of the first day to the start of the day after the last.
import type { AuditFilter, AuditAction, Role } from '../generated/graphql.js';

export interface FilterForm {
  username: string;
  role: string;
  agencyId: string;
  action: string;
  purpose: string;
  personId: string;
  from: string;
  to: string;
  personalOnly: boolean;
}

export const emptyForm: FilterForm = { username: '', role: '', agencyId: '', action: '', purpose: '', personId: '', from: '', to: '', personalOnly: false };

/** Local midnight of a YYYY-MM-DD day, `plusDays` later, as an ISO instant. */
export function startOfDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

export function toFilter(f: FilterForm): AuditFilter {
  const out: AuditFilter = {};
  const text = (v: string) => v.trim() || null;
  if (text(f.username)) out.username = text(f.username);
  if (f.role) out.role = f.role as Role;
  if (f.agencyId) out.agencyId = f.agencyId;
  if (f.action) out.action = f.action as AuditAction;
  if (text(f.purpose)) out.purpose = text(f.purpose);
  if (text(f.personId)) out.personId = text(f.personId);
  if (f.from) out.from = startOfDay(f.from);
  if (f.to) out.to = startOfDay(f.to, 1);
  if (f.personalOnly) out.personalOnly = true;
  return out;
}
