// The analysis API's calls into the runner: each names its cache key (the network's hash plus the
// request's parameters) and turns the module's input errors into translated input errors.
import type { BoardAnalysis, TieFilter, WhatIf } from '../analysis/index.js';
import type { AuthedCtx } from '../graphql/context.js';
import { forbidden } from '../shared/errors.js';
import { can, type Operation, type Resource } from '../policy/policy.js';
import { workKey } from './key.js';
import type { Network } from './load.js';
import { analysisRunner, type Computation } from './runner.js';
import type { WorkResult } from './work.js';

/** The full metrics of a network under a filter, from the cache when the network is unchanged. */
export function analyse(net: Network, filter: TieFilter): Computation<BoardAnalysis> {
  return analysisRunner().run(workKey(net.key, 'analyse', filter), { kind: 'analyse', graph: net.graph, filter });
}

export async function toneSetterCandidates(net: Network, analysis: BoardAnalysis, members: string[] | null, limit: number): Promise<WorkResult['toneSetters']> {
  const key = workKey(net.key, 'toneSetters', { filter: analysis.filter, members, limit });
  return analysisRunner().run(key, { kind: 'toneSetters', graph: net.graph, analysis, members, limit }).promise;
}

export async function simulate(net: Network, filter: TieFilter, change: WhatIf): Promise<WorkResult['simulate']> {
  const key = workKey(net.key, 'simulate', { filter, change });
  return analysisRunner().run(key, { kind: 'simulate', graph: net.graph, filter, change }).promise;
}

export async function ego(net: Network, filter: TieFilter, personId: string, steps: number): Promise<WorkResult['ego']> {
  const key = workKey(net.key, 'ego', { filter, personId, steps });
  return analysisRunner().run(key, { kind: 'ego', graph: net.graph, filter, personId, steps }).promise;
}

export async function path(net: Network, filter: TieFilter, from: string, to: string): Promise<WorkResult['path']> {
  const key = workKey(net.key, 'path', { filter, from, to });
  return analysisRunner().run(key, { kind: 'path', graph: net.graph, filter, from, to }).promise;
}

/** For resolvers whose answer holds more than one kind of data: the role must be allowed each. */
export function requireAll(ctx: AuthedCtx, op: Operation, ...resources: Resource[]): void {
  for (const r of resources) if (!can(ctx.user.role, op, r)) throw forbidden();
}
