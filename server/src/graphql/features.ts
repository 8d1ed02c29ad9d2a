// Resolvers of the remaining domain features (groups, communities, areas, agencies, factors,
// interventions, audit), each in its own folder.
import type { Resolvers } from './generated/types.js';
import { groupResolvers } from '../groups/resolvers.js';
import { communityResolvers } from '../communities/resolvers.js';
import { areaResolvers } from '../areas/resolvers.js';
import { agencyResolvers } from '../agencies/resolvers.js';
import { factorResolvers } from '../factors/resolvers.js';
import { interventionResolvers } from '../interventions/resolvers.js';
import { auditResolvers } from '../audit/resolvers.js';
import { retentionResolvers } from '../retention/resolvers.js';
import { changesResolvers } from '../changes/resolvers.js';
import { assessmentResolvers } from '../assessments/resolvers.js';
import { commitmentResolvers } from '../commitments/resolvers.js';
import { overdueResolvers } from '../overdue/resolvers.js';
import { planningResolvers } from '../planning/resolvers.js';
import { managerResolvers } from '../managers/resolvers.js';
import { situationResolvers } from '../readiness/index.js';
import { analysisApiResolvers } from '../analysis-api/index.js';
import { consentResolvers } from '../consents/resolvers.js';
import { informationResolvers } from '../information/resolvers.js';
import { pictureExportResolvers } from '../exports/resolvers.js';

export const featureResolvers: Resolvers[] = [
  groupResolvers,
  communityResolvers,
  areaResolvers,
  agencyResolvers,
  factorResolvers,
  interventionResolvers,
  auditResolvers,
  // Issue 6: retention, erasure, closing a case board.
  retentionResolvers,
  changesResolvers,
  // Issue 3: the access-log record of a board picture exported in the browser.
  pictureExportResolvers,
  // Issue 5: assessments over time, commitments, overdue, planning, managers' view.
  assessmentResolvers,
  commitmentResolvers,
  overdueResolvers,
  planningResolvers,
  managerResolvers,
  // Issue 4: network analysis, what-ifs, area view, import and export.
  ...analysisApiResolvers,
  // Issue 7: situation reports, area levels, overview, readiness alerts, meetings.
  ...situationResolvers,
  // Issue 6: consents, shared information, legal basis and purpose.
  consentResolvers,
  informationResolvers,
];
