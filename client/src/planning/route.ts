// Where the planning view lives: /boards/:id/planning, with ?person= or ?group= for one young
// person or one group. The app's router (app/router.ts) knows the path; the scope is read here.
export interface PlanningScope {
  personId: string | null;
  groupId: string | null;
}

export function planningPath(boardId: string, scope: Partial<PlanningScope> = {}): string {
  const q = new URLSearchParams();
  if (scope.personId) q.set('person', scope.personId);
  else if (scope.groupId) q.set('group', scope.groupId);
  const search = q.toString();
  return `/boards/${encodeURIComponent(boardId)}/planning${search ? `?${search}` : ''}`;
}

export function scopeFromSearch(search: string): PlanningScope {
  const q = new URLSearchParams(search);
  const personId = q.get('person');
  return { personId, groupId: personId ? null : q.get('group') };
}
