// Signed out: the login page, whatever the address (so a link to a board works after login).
// Signed in: the list of boards or one board.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated, query } from '../api/client.js';
import { op } from '../api/documents.js';
import type { MeQuery, MeQueryVariables } from '../generated/graphql.js';
import { LoginPage } from '../auth/LoginPage.js';
import { BoardsPage } from '../boards/BoardsPage.js';
import { BoardPage } from '../board/BoardPage.js';
import { useRoute } from './router.js';
// Issue 5: the planning and managers' views live in their own folders.
import { PlanningPage } from '../planning/PlanningPage.js';
import { ManagersPage } from '../managers/ManagersPage.js';
// Issue 7: situation overview, readiness alerts, situation reports.
import { SituationRoutes, situationRoute } from '../readiness/routes.js';
import { Header } from './Header.js';
import { Toasts } from './Toasts.js';

export type Me = NonNullable<MeQuery['me']>;

const ME = op<MeQuery, MeQueryVariables>('Me');

export function App() {
  const { t } = useTranslation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const route = useRoute();

  useEffect(() => {
    query(ME, {}).then((r) => setMe(r.me), () => setMe(null));
    return onUnauthenticated(() => setMe(null));
  }, []);

  useEffect(() => {
    document.title = me ? t('app.title') : `${t('login.title')} · ${t('app.title')}`;
  }, [me, t]);

  if (me === undefined) {
    return (
      <main className="page-centre" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  if (!me) {
    return (
      <>
        <LoginPage onLogin={setMe} />
        <Toasts />
      </>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header me={me} onLogout={() => setMe(null)} />
      {me.role === 'REPORTER' || situationRoute(route) ? (
        // Issue 7: an outside reporter only ever gets the report form.
        <SituationRoutes route={route} role={me.role} />
      ) : route.name === 'board' ? (
        <BoardPage key={route.id} boardId={route.id} me={me} />
      ) : route.name === 'planning' ? (
        <PlanningPage key={route.id} boardId={route.id} me={me} />
      ) : route.name === 'managers' || me.role === 'MANAGER' ? (
        // Managers are on no team: their start page is the managers' view.
        <ManagersPage />
      ) : (
        <BoardsPage me={me} />
      )}
      <Toasts />
    </div>
  );
}
