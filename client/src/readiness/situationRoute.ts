// Which routes are issue 7's (the pages themselves load with them: routes.ts).
import type { Route } from '../app/router.js';

export const situationRoute = (r: Route): boolean => ['situation', 'readiness', 'readinessTeam', 'alert', 'report', 'meetings'].includes(r.name);
