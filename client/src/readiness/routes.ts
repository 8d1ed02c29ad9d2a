// Issue 7's pages behind the app's router (app/router.ts names the routes; App.tsx hands them here).
import { createElement } from 'react';
import type { Route } from '../app/router.js';
import { OverviewPage } from '../areas/OverviewPage.js';
import { ReportPage } from '../areas/ReportPage.js';
import { AlertPage } from './AlertPage.js';
import { ReadinessPage } from './ReadinessPage.js';
import { MeetingsPage } from './MeetingsPage.js';

export const situationRoute = (r: Route): boolean => ['situation', 'readiness', 'alert', 'report', 'meetings'].includes(r.name);

export function SituationRoutes({ route, role }: { route: Route; role: string }) {
  // Outside reporters may see nothing but the form (the server refuses the rest anyway).
  if (role === 'REPORTER' || route.name === 'report') return createElement(ReportPage);
  if (route.name === 'alert') return createElement(AlertPage, { key: route.id, alertId: route.id });
  if (route.name === 'readiness') return createElement(ReadinessPage);
  if (route.name === 'meetings') return createElement(MeetingsPage, { key: route.id, boardId: route.id });
  return createElement(OverviewPage);
}
