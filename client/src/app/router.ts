// Three places in the app: the login page (whenever signed out), the list of boards and one
// board. The History API is enough; the server answers every path with the app (SPA fallback).
import { useSyncExternalStore } from 'react';

export type Route = { name: 'boards' } | { name: 'board'; id: string };

export function parseRoute(path: string): Route {
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

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  for (const l of listeners) l();
}

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname, () => '/');
  return parseRoute(path);
}

export const boardPath = (id: string) => `/boards/${encodeURIComponent(id)}`;
