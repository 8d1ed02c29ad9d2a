// Issue 7's pages behind the app's router (app/router.ts names the routes; App.tsx hands them here).
import { createElement } from 'react';
import type { Route } from '../app/router.js';
import { OverviewPage } from '../areas/OverviewPage.js';
import { ReportPage } from '../areas/ReportPage.js';
import { AlertPage } from './AlertPage.js';
import { ReadinessPage } from './ReadinessPage.js';
import { MeetingsPage } from './MeetingsPage.js';
import { TeamPage } from './TeamPage.js';

// Kept apart from the pages so the app can tell a situation route without loading them.
export { situationRoute } from './situationRoute.js';

export function SituationRoutes({ route, role }: { route: Route; role: string }) {
  // Outside reporters may see nothing but the form (the server refuses the rest anyway).
  if (role === 'REPORTER' || route.name === 'report') return createElement(ReportPage);
  if (route.name === 'alert') return createElement(AlertPage, { key: route.id, alertId: route.id });
  if (route.name === 'readiness') return createElement(ReadinessPage);
  if (route.name === 'readinessTeam') return createElement(TeamPage, { role });
  if (route.name === 'meetings') return createElement(MeetingsPage, { key: route.id, boardId: route.id, role });
  return createElement(OverviewPage);
}
