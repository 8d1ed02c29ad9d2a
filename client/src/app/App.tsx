// Signed out: the login page, whatever the address (so a link to a board works after login).
// Signed in: the list of boards or one board.
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onSecondFactorEnrolmentRequired, onUnauthenticated, query } from '../api/client.js';
import { op } from '../api/documents.js';
import type { MeQuery, MeQueryVariables } from '../generated/graphql.js';
import { LoginPage } from '../auth/LoginPage.js';
import { parseRoute, useRoute } from './router.js';
// Each page is its own chunk, loaded when its route opens (pages.tsx).
import { AccountPage, AuditPages, BoardPage, BoardsPage, EnrolmentRequiredPage, FactorsPage, InterventionsPage, ManagersPage, PlanningPage, SituationRoutes, loadBoardPage } from './pages.js';
// Issue 7: situation overview, readiness alerts, situation reports.
import { situationRoute } from '../readiness/situationRoute.js';
import { Header } from './Header.js';
import { Toasts } from './Toasts.js';
import { discardUnheld } from '../predraw/predrawn.js';

export type Me = NonNullable<MeQuery['me']>;

const ME = op<MeQuery, MeQueryVariables>('Me');

export function App() {
  const { t } = useTranslation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  // Set when the server refused a request for want of a second factor this session has not proved.
  const [refusedForSecondFactor, setRefusedForSecondFactor] = useState(false);
  const route = useRoute();

  const loadMe = useCallback(() => {
    // On a board's address the board's code is awaited with the user, so the page goes from
    // "loading" straight to the board instead of through a Suspense fallback (pages.tsx).
    const code = parseRoute(window.location.pathname).name === 'board' ? loadBoardPage().catch(() => null) : null;
    Promise.all([query(ME, {}), code]).then(
      ([r]) => {
        setMe(r.me);
        setRefusedForSecondFactor(false);
      },
      () => setMe(null),
    );
  }, []);

  useEffect(() => {
    loadMe();
    const offSession = onUnauthenticated(() => setMe(null));
    const offEnrol = onSecondFactorEnrolmentRequired(() => setRefusedForSecondFactor(true));
    return () => {
      offSession();
      offEnrol();
    };
  }, [loadMe]);

  // A board drawn before the app loaded (predraw/) stays only if its board page is showing.
  useEffect(() => {
    if (me !== undefined) discardUnheld();
  }, [me, route, refusedForSecondFactor]);

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
        <LoginPage onLogin={loadMe} />
        <Toasts />
      </>
    );
  }
  if (refusedForSecondFactor || (me.totpRequired === true && me.totpEnabled !== true)) {
    // The role needs a second factor: the server refuses everything else until one is set up.
    return (
      <div className="app">
        <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
        <Header me={me} onLogout={() => setMe(null)} minimal />
        <Suspense fallback={<main className="page-centre" id="main" aria-busy="true"><p>{t('app.loading')}</p></main>}>
          <EnrolmentRequiredPage onEnrolled={loadMe} />
        </Suspense>
        <Toasts />
      </div>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header me={me} onLogout={() => setMe(null)} />
      <Suspense fallback={<main className="page-centre" id="main" aria-busy="true"><p>{t('app.loading')}</p></main>}>
      {route.name === 'account' ? (
        <AccountPage me={me} onChanged={loadMe} />
      ) : me.role === 'AUDITOR' ? (
        // Issue 6: the data-protection officer sees the access log and nothing else.
        <AuditPages path={route.name === 'audit' ? route.path : '/audit'} />
      ) : me.role === 'REPORTER' || situationRoute(route) ? (
        // Issue 7: an outside reporter only ever gets the report form.
        <SituationRoutes route={route} role={me.role} />
      ) : route.name === 'board' ? (
        <BoardPage key={route.id} boardId={route.id} me={me} />
      ) : route.name === 'planning' ? (
        <PlanningPage key={route.id} boardId={route.id} me={me} />
      ) : route.name === 'interventions' ? (
        <InterventionsPage key={`${route.id} ${route.interventionId ?? ''}`} boardId={route.id} interventionId={route.interventionId} me={me} />
      ) : route.name === 'factors' && me.role === 'ADMIN' ? (
        // Only admins get the catalogue page; the server refuses the others' edits anyway.
        <FactorsPage />
      ) : route.name === 'managers' || me.role === 'MANAGER' ? (
        // Managers are on no team: their start page is the managers' view.
        <ManagersPage />
      ) : (
        <BoardsPage me={me} />
      )}
      </Suspense>
      <Toasts />
    </div>
  );
}
