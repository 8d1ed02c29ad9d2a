// The auditor's two pages: the access log (/audit) and one person's subject-access report
// (/audit/people/<id>). app/router.ts hands these paths here.
export type AuditRoute = { name: 'audit' } | { name: 'auditSubject'; id: string };

export function parseAuditRoute(path: string): AuditRoute | null {
  if (/^\/audit\/?$/.test(path)) return { name: 'audit' };
  const m = /^\/audit\/people\/([^/]+)\/?$/.exec(path);
  return m ? { name: 'auditSubject', id: decodeURIComponent(m[1]!) } : null;
}

export const auditPath = '/audit';
export const subjectPath = (id: string) => `/audit/people/${encodeURIComponent(id)}`;
