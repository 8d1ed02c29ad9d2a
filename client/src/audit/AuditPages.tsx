// The auditor's part of the app (AUDITOR only: App.tsx gives an auditor nothing else, and the
// server refuses the access log to every other role).
import './audit.css';
import { ReviewPage } from './ReviewPage.js';
import { SubjectPage } from './SubjectPage.js';
import { parseAuditRoute } from './routes.js';

export function AuditPages({ path }: { path: string }) {
  const route = parseAuditRoute(path);
  if (route?.name === 'auditSubject') return <SubjectPage key={route.id} personId={route.id} />;
  return <ReviewPage />;
}
