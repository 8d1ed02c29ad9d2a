// Where the interventions page lives: /boards/:id/interventions, and one intervention in full at
// /boards/:id/interventions/:interventionId. The app's router (app/router.ts) calls parse.
export function interventionsPath(boardId: string, interventionId?: string | null): string {
  const base = `/boards/${encodeURIComponent(boardId)}/interventions`;
  return interventionId ? `${base}/${encodeURIComponent(interventionId)}` : base;
}

export function parseInterventionsPath(path: string): { id: string; interventionId: string | null } | null {
  const m = /^\/boards\/([^/]+)\/interventions(?:\/([^/]+))?\/?$/.exec(path);
  return m ? { id: decodeURIComponent(m[1]!), interventionId: m[2] ? decodeURIComponent(m[2]) : null } : null;
}
