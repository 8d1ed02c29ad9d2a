import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import type { LogoutMutation, LogoutMutationVariables } from '../generated/graphql.js';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { navigate } from './router.js';
import type { Me } from './App.js';
// Issue 7: links to the situation pages and the notification badge.
import { SituationNav } from '../readiness/SituationNav.js';
// Issue 6: the auditor's link to the access log.
import { AuditNav } from '../audit/AuditNav.js';
// Issue 5: the admin's link to the factor catalogue.
import { FactorsNav } from '../factors-admin/FactorsNav.js';
import { clearHints } from '../predraw/hint.js';

const LOGOUT = op<LogoutMutation, LogoutMutationVariables>('Logout');

/** `minimal`: no navigation, while a required second factor is being set up. */
export function Header({ me, onLogout, minimal = false }: { me: Me; onLogout: () => void; minimal?: boolean }) {
  const { t } = useTranslation();
  const logout = async () => {
    await mutate(LOGOUT, {}).catch(() => undefined);
    // Where this browser's boards sat on the screen (predraw/hint.ts) goes with the session.
    clearHints();
    navigate('/');
    onLogout();
  };
  return (
    <header className="app-header">
      <a
        className="brand"
        href="/"
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        {t('app.title')}
      </a>
      <div className="header-end">
        {!minimal && <SituationNav role={me.role} />}
        {!minimal && me.role === 'AUDITOR' && <AuditNav />}
        {!minimal && me.role === 'ADMIN' && <FactorsNav />}
        <LanguageSwitcher />
        {minimal ? (
          <span className="who">
            {me.displayName} <span className="role">({t(`userRoles.${me.role}`)})</span>
          </span>
        ) : (
          <a
            className="who"
            href="/account"
            title={t('account.open', { name: me.displayName })}
            onClick={(e) => {
              e.preventDefault();
              navigate('/account');
            }}
          >
            {me.displayName} <span className="role">({t(`userRoles.${me.role}`)})</span>
          </a>
        )}
        <button type="button" className="btn" onClick={logout}>
          {t('app.logout')}
        </button>
      </div>
    </header>
  );
}
