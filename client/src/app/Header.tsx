import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import type { LogoutMutation, LogoutMutationVariables } from '../generated/graphql.js';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { navigate } from './router.js';
import type { Me } from './App.js';
// Issue 7: links to the situation pages and the notification badge.
import { SituationNav } from '../readiness/SituationNav.js';

const LOGOUT = op<LogoutMutation, LogoutMutationVariables>('Logout');

export function Header({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const { t } = useTranslation();
  const logout = async () => {
    await mutate(LOGOUT, {}).catch(() => undefined);
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
        <SituationNav role={me.role} />
        <LanguageSwitcher />
        <span className="who">
          {me.displayName} <span className="role">({t(`userRoles.${me.role}`)})</span>
        </span>
        <button type="button" className="btn" onClick={logout}>
          {t('app.logout')}
        </button>
      </div>
    </header>
  );
}
