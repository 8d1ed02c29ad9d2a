// Issue 7's resolvers, in one list for graphql/features.ts.
import type { Resolvers } from '../graphql/generated/types.js';
import { reportingResolvers } from '../areas/reporting.js';
import { levelResolvers } from '../areas/levels.js';
import { overviewResolvers } from '../areas/overview.js';
import { actionResolvers } from '../actions/resolvers.js';
import { meetingResolvers } from '../meetings/resolvers.js';
import { alertResolvers } from './alerts.js';
import { notificationResolvers } from './notifications.js';
import { teamResolvers } from './team.js';

export const situationResolvers: Resolvers[] = [
  reportingResolvers,
  levelResolvers,
  overviewResolvers,
  actionResolvers,
  meetingResolvers,
  alertResolvers,
  notificationResolvers,
  teamResolvers,
];
