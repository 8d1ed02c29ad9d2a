// Three places in the app: the login page (whenever signed out), the list of boards and one
// board. The History API is enough; the server answers every path with the app (SPA fallback).
import { useSyncExternalStore } from 'react';
import { parseInterventionsPath } from '../interventions/route.js';

export type Route =
  | { name: 'boards' }
  | { name: 'board'; id: string }
  // Issue 5: the planning view of a board (scope in ?person= / ?group=) and the managers' view.
  | { name: 'planning'; id: string }
  // Issue 5: a board's interventions (one in full when interventionId is set) and the factor catalogue (admins).
  | { name: 'interventions'; id: string; interventionId: string | null }
  | { name: 'factors' }
  | { name: 'managers' }
  // Issue 7: the situation overview, readiness alerts and the report form (client/src/areas, client/src/readiness).
  | { name: 'situation' }
  | { name: 'readiness' }
  | { name: 'readinessTeam' }
  | { name: 'alert'; id: string }
  | { name: 'report' }
  | { name: 'meetings'; id: string }
  // Issue 6 part 5: the user's own account (second factor).
  | { name: 'account' }
  // Issue 6: the data-protection officer's access log (client/src/audit/routes.ts reads the rest of the path).
  | { name: 'audit'; path: string };

export function parseRoute(path: string): Route {
  if (/^\/audit(\/|$)/.test(path)) return { name: 'audit', path };
  // Issue 5 routes (client/src/planning, client/src/managers).
  const planning = /^\/boards\/([^/]+)\/planning\/?$/.exec(path);
  if (planning) return { name: 'planning', id: decodeURIComponent(planning[1]!) };
  if (/^\/managers\/?$/.test(path)) return { name: 'managers' };
  const interventions = parseInterventionsPath(path);
  if (interventions) return { name: 'interventions', ...interventions };
  if (/^\/factors\/?$/.test(path)) return { name: 'factors' };
  if (/^\/account\/?$/.test(path)) return { name: 'account' };
  // Issue 7 routes.
  if (/^\/situation\/?$/.test(path)) return { name: 'situation' };
  if (/^\/readiness\/?$/.test(path)) return { name: 'readiness' };
  if (/^\/readiness\/team\/?$/.test(path)) return { name: 'readinessTeam' };
  const alert = /^\/readiness\/([^/]+)\/?$/.exec(path);
  if (alert) return { name: 'alert', id: decodeURIComponent(alert[1]!) };
  if (/^\/report\/?$/.test(path)) return { name: 'report' };
  const meetings = /^\/boards\/([^/]+)\/meetings\/?$/.exec(path);
  if (meetings) return { name: 'meetings', id: decodeURIComponent(meetings[1]!) };
  const m = /^\/boards\/([^/]+)\/?$/.exec(path);
  return m ? { name: 'board', id: decodeURIComponent(m[1]!) } : { name: 'boards' };
}

const listeners = new Set<() => void>();
function subscribe(l: () => void) {
  listeners.add(l);
  window.addEventListener('popstate', l);
  return () => {
    listeners.delete(l);
    window.removeEventListener('popstate', l);
  };
}

/**
 * Called with the path before the app goes there: may start the page's requests and return a
 * promise for its code, and the address changes once that is in (app/pages.tsx). Changing it first
 * would show React's Suspense fallback, and once shown a fallback holds the page back for at
 * least React's throttle of 300 ms.
 */
type Prepare = (path: string) => Promise<unknown> | null;
let prepare: Prepare | null = null;
let latest = 0;

export function setNavigationPrepare(p: Prepare | null): void {
  prepare = p;
}

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  const ticket = ++latest;
  const go = () => {
    // Only the last of several quick navigations lands.
    if (ticket !== latest || path === window.location.pathname) return;
    window.history.pushState(null, '', path);
    for (const l of listeners) l();
  };
  const ready = prepare?.(path) ?? null;
  if (ready) void ready.then(go, go);
  else go();
}

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname, () => '/');
  return parseRoute(path);
}

export const boardPath = (id: string) => `/boards/${encodeURIComponent(id)}`;
