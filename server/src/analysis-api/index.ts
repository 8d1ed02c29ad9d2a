// The analysis API (issue 4): board and area metrics, what-ifs, paths, import and export.
import type { Resolvers } from '../graphql/generated/types.js';
import { analysisResolvers } from './resolvers.js';
import { areaNetworkResolvers } from './area.js';
import { importResolvers } from './import.js';
import { exportResolvers } from './export.js';

export const analysisApiResolvers: Resolvers[] = [analysisResolvers, areaNetworkResolvers, importResolvers, exportResolvers];
export { closeAnalysisRunner } from './runner.js';
