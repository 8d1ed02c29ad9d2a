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
import { changesResolvers } from '../changes/resolvers.js';

export const featureResolvers: Resolvers[] = [
  groupResolvers,
  communityResolvers,
  areaResolvers,
  agencyResolvers,
  factorResolvers,
  interventionResolvers,
  auditResolvers,
  changesResolvers,
];
