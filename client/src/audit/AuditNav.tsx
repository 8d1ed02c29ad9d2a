// The header's link to the access log, for the auditor (kept apart from the pages, which load
// only when opened).
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.js';
import { auditPath } from './routes.js';
import { NS } from './strings.js';

export function AuditNav() {
  const { t: ta } = useTranslation(NS);
  return (
    <nav className="nav-situation" aria-label={ta('title')}>
      <a href={auditPath} onClick={(e) => { e.preventDefault(); navigate(auditPath); }}>{ta('nav')}</a>
    </nav>
  );
}
