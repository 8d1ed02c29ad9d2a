// Links to the situation overview and readiness pages, with the unread-notification badge, for the
// app header. An outside reporter gets only the report link: they may see nothing else.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { navigate } from '../app/router.js';
import { settled } from '../app/settled.js';
import type { MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables, NotificationsQuery, NotificationsQueryVariables } from '../generated/graphql.js';
import './readiness.css';

const NOTIFICATIONS = op<NotificationsQuery, NotificationsQueryVariables>('Notifications');
const MARK_READ = op<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>('MarkNotificationsRead');

/** Roles that see the situation picture (the policy's readiness and report readers). */
const STAFF = new Set(['COORDINATOR', 'MEMBER', 'ANALYST', 'MANAGER']);

function Link({ to, children }: { to: string; children: React.ReactNode }) {
  return (
    <a href={to} onClick={(e) => { e.preventDefault(); navigate(to); }}>
      {children}
    </a>
  );
}

export function SituationNav({ role }: { role: string }) {
  const { t } = useTranslation();
  const [unread, setUnread] = useState(0);
  const staff = STAFF.has(role);
  useEffect(() => {
    if (!staff) return;
    let live = true;
    const poll = () => query(NOTIFICATIONS, {}).then((r) => live && setUnread(r.notifications.unread), () => undefined);
    // After the opened board is drawn (app/settled.ts).
    void settled().then(() => live && poll());
    // New alerts reach an open app within a minute.
    const id = window.setInterval(poll, 60_000);
    return () => {
      live = false;
      window.clearInterval(id);
    };
  }, [staff]);

  // Admins see no alerts or levels; they keep the readiness team (policy rule admin-readiness-team).
  if (role === 'ADMIN') return <nav className="nav-situation" aria-label={t('readinessTeam.title')}><Link to="/readiness/team">{t('readinessTeam.link')}</Link></nav>;
  if (role === 'REPORTER') return <nav className="nav-situation" aria-label={t('situation.nav.report')}><Link to="/report">{t('situation.nav.report')}</Link></nav>;
  if (!staff) return null;
  return (
    <nav className="nav-situation" aria-label={t('situation.nav.overview')}>
      <Link to="/situation">{t('situation.nav.overview')}</Link>
      <a
        href="/readiness"
        onClick={(e) => {
          e.preventDefault();
          navigate('/readiness');
          if (unread) void mutate(MARK_READ, {}).then((r) => setUnread(r.markNotificationsRead.unread), () => undefined);
        }}
      >
        {t('situation.nav.readiness')}
        {unread > 0 && (
          <>
            {' '}
            <span className="badge" aria-hidden="true">{unread}</span>
            <span className="visually-hidden">({t('situation.nav.unread', { count: unread })})</span>
          </>
        )}
      </a>
      {role !== 'MANAGER' && <Link to="/report">{t('situation.nav.report')}</Link>}
    </nav>
  );
}
