// The pages, each loaded only when its route is opened (its own chunk): opening a board does not
// parse the planning, managers' or readiness code, and the login page does not parse Cytoscape.
import { lazy, type ComponentProps } from 'react';
import { i18n } from '../i18n/index.js';
import { prefetchBoard } from './boot.js';
import { parseRoute, setNavigationPrepare } from './router.js';
import { loadCytoscape } from '../board/cytoscapeLib.js';

type BoardModule = typeof import('../board/BoardPage.js');
let boardModule: BoardModule | null = null;

/**
 * The board page's code, with Cytoscape, asked for at the same time (board/cytoscapeLib.ts; app/boot.ts
 * starts loading both on a board's address).
 */
export const loadBoardPage = (): Promise<BoardModule> =>
  Promise.all([import('../board/BoardPage.js'), loadCytoscape()]).then(([m]) => (boardModule = m));

/** The board page's code once the list of boards has nothing else to do: opening one waits for none. */
export function preloadBoardPage(): () => void {
  if (boardModule) return () => undefined;
  const load = () => void loadBoardPage().catch(() => undefined);
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(load, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(load, 200);
  return () => clearTimeout(handle);
}

// Going to a board inside the app: its request leaves at once, and the address changes once its
// code is in (router.ts).
setNavigationPrepare((path) => {
  const route = parseRoute(path);
  if (route.name !== 'board') return null;
  prefetchBoard(route.id, i18n.language || null);
  return boardModule ? null : loadBoardPage().catch(() => undefined);
});

const LazyBoardPage = lazy(() => loadBoardPage().then((m) => ({ default: m.BoardPage })));

/**
 * Rendered directly once its code is in, without suspending: a Suspense fallback, once shown, holds
 * the content back for at least React's fallback throttle (300 ms), and on opening a board the
 * code is usually in before the page is (App waits for it, see App.tsx).
 */
export function BoardPage(props: ComponentProps<BoardModule['BoardPage']>) {
  const Page = boardModule?.BoardPage ?? LazyBoardPage;
  return <Page {...props} />;
}
export const BoardsPage = lazy(() => import('../boards/BoardsPage.js').then((m) => ({ default: m.BoardsPage })));
export const PlanningPage = lazy(() => import('../planning/PlanningPage.js').then((m) => ({ default: m.PlanningPage })));
// Issue 5: a board's interventions and the admins' factor catalogue.
export const InterventionsPage = lazy(() => import('../interventions/InterventionsPage.js').then((m) => ({ default: m.InterventionsPage })));
export const FactorsPage = lazy(() => import('../factors-admin/FactorsPage.js').then((m) => ({ default: m.FactorsPage })));
export const ManagersPage = lazy(() => import('../managers/ManagersPage.js').then((m) => ({ default: m.ManagersPage })));
// Issue 6: the data-protection officer's access log.
export const AuditPages = lazy(() => import('../audit/AuditPages.js').then((m) => ({ default: m.AuditPages })));
export const SituationRoutes = lazy(() => import('../readiness/routes.js').then((m) => ({ default: m.SituationRoutes })));
// Issue 6 part 5: the account page and the enrolment a role may require (with the QR encoder).
export const AccountPage = lazy(() => import('../auth/AccountPage.js').then((m) => ({ default: m.AccountPage })));
export const EnrolmentRequiredPage = lazy(() => import('../auth/AccountPage.js').then((m) => ({ default: m.EnrolmentRequiredPage })));
