// Board analysis over GraphQL: metrics, a job to follow a long analysis, what-ifs, ego networks
// and shortest paths. Every call loads the board through its team check in one audited read
// (load.ts), then computes off the request thread when the board is large (runner.ts). Nothing
// here writes anything but the access-log row.
import type {
  Resolvers, QueryBoardAnalysisArgs, QueryAnalysisJobArgs, QuerySimulateRemovalArgs, QuerySimulateArgs, QueryEgoNetworkArgs,
  QueryShortestPathArgs, MutationStartBoardAnalysisArgs, NetworkAnalysisToneSetterCandidatesArgs,
} from '../graphql/generated/types.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import type { Model } from '../graphql/model.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { AppError, badInput, notFound, unauthenticated, type FieldError } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { t } from '../i18n/index.js';
import { log } from '../log.js';
import { analyse, ego, path, requireAll, simulate, toneSetterCandidates } from './compute.js';
import { jobs, viewOf, type Job } from './jobs.js';
import { analysisRunner } from './runner.js';
import { loadBoardNetwork, remember, type Network } from './load.js';
import * as shape from './shape.js';
import {
  boardAnalysisInput, egoInput, jobInput, pathInput, simulateInput, simulateRemovalInput, toFilter, toneSetterArgs,
} from './validation.js';

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

async function boardNetwork(ctx: AuthedCtx, boardId: string, asOf: string, purpose: string): Promise<Network> {
  const net = await loadBoardNetwork(ctx, boardId, asOf, 'READ', purpose);
  if (!net) throw notFound();
  return net;
}

/** Ids the request names must be on the board (in force on the day asked), field by field. */
function checkOnBoard(net: Network, ids: { field: string; id: string; kind: 'person' | 'tie' }[]): void {
  const tieIds = ids.some((x) => x.kind === 'tie') ? new Set(net.graph.edges.map((e) => e.id)) : null;
  const errors: FieldError[] = [];
  for (const { field, id, kind } of ids) {
    if (kind === 'person' && !net.people.has(id)) errors.push({ field, key: 'validation.notOnBoard' });
    if (kind === 'tie' && !tieIds!.has(id)) errors.push({ field, key: 'analysis.tieNotOnBoard' });
  }
  if (errors.length) throw badInput(errors);
}

/** The i18n key a failed job reports. */
function failureKey(err: unknown): string {
  if (err instanceof AppError) return String(err.extensions.i18nKey);
  // The kind and code only: a message may quote data.
  log.error('board analysis failed', { name: err instanceof Error ? err.name : typeof err, code: (err as { code?: unknown }).code });
  return 'errors.internal';
}

function startJob(ctx: AuthedCtx, job: Job, boardId: string, filter: ReturnType<typeof toFilter>): void {
  // Carries on after the request is answered, with the access of the user who started it.
  void (async () => {
    try {
      const net = await loadBoardNetwork(ctx, boardId, filter.asOf, 'READ', 'Mutation.startBoardAnalysis');
      if (!net) throw notFound();
      job.network = net;
      job.computation = analyse(net, filter.ties);
      job.loading = false;
      await job.computation.promise;
    } catch (err) {
      job.loading = false;
      job.error = failureKey(err);
    }
  })();
}

export const analysisResolvers: Resolvers = {
  Query: {
    boardAnalysis: guard('read', 'tie', async (args: QueryBoardAnalysisArgs, ctx) => {
      requireAll(ctx, 'read', 'person', 'group');
      const input = validate(boardAnalysisInput, args);
      const filter = toFilter(input.filter);
      const net = await loadBoardNetwork(ctx, input.boardId, filter.asOf, 'READ', 'Query.boardAnalysis');
      if (!net) return null;
      const computation = analyse(net, filter.ties);
      const model: shape.AnalysisModel = { analysis: await computation.promise, network: net, cached: computation.cached };
      return model;
    }),
    analysisJob: guard('read', 'tie', (args: QueryAnalysisJobArgs, ctx) => {
      const { id } = validate(jobInput, args);
      return jobs.get(id, ctx.user.id) as Model | null;
    }),
    simulateRemoval: guard('read', 'tie', async (args: QuerySimulateRemovalArgs, ctx) => {
      requireAll(ctx, 'read', 'person', 'group');
      const input = validate(simulateRemovalInput, args);
      const filter = toFilter(input.filter);
      const net = await boardNetwork(ctx, input.boardId, filter.asOf, 'Query.simulateRemoval');
      checkOnBoard(net, input.personIds.map((id, i) => ({ field: `personIds.${i}`, id, kind: 'person' as const })));
      const r = await simulate(net, filter.ties, { removePeople: [...new Set(input.personIds)] });
      return { componentsBefore: r.componentsBefore, componentsAfter: r.componentsAfter, isolated: r.isolated.map((id) => shape.personOf(net, id)) };
    }),
    simulate: guard('read', 'tie', async (args: QuerySimulateArgs, ctx) => {
      requireAll(ctx, 'read', 'person', 'group');
      const input = validate(simulateInput, args);
      const filter = toFilter(input.filter);
      const net = await boardNetwork(ctx, input.boardId, filter.asOf, 'Query.simulate');
      const removePeople = [...new Set(input.input.removePeople ?? [])];
      const removeTies = [...new Set(input.input.removeTies ?? [])];
      const addTies = input.input.addTies ?? [];
      const removed = new Set(removePeople);
      checkOnBoard(net, [
        ...removePeople.map((id, i) => ({ field: `input.removePeople.${i}`, id, kind: 'person' as const })),
        ...removeTies.map((id, i) => ({ field: `input.removeTies.${i}`, id, kind: 'tie' as const })),
        ...addTies.flatMap((tie, i) => [
          { field: `input.addTies.${i}.sourceId`, id: tie.sourceId, kind: 'person' as const },
          { field: `input.addTies.${i}.targetId`, id: tie.targetId, kind: 'person' as const },
        ]),
      ]);
      const plannedToRemoved = addTies.findIndex((tie) => removed.has(tie.sourceId) || removed.has(tie.targetId));
      if (plannedToRemoved >= 0) throw badInput([{ field: `input.addTies.${plannedToRemoved}`, key: 'analysis.plannedTieToRemoved' }]);
      const change = {
        removePeople,
        removeTies,
        addTies: addTies.map((tie, i) => ({
          id: `planned-${i}`, source: tie.sourceId, target: tie.targetId, type: tie.type, strength: tie.strength, valence: tie.valence,
          directed: tie.directed ?? false,
        })),
      };
      return shape.simulation(await simulate(net, filter.ties, change), net);
    }),
    egoNetwork: guard('read', 'tie', async (args: QueryEgoNetworkArgs, ctx) => {
      requireAll(ctx, 'read', 'person');
      const input = validate(egoInput, args);
      const filter = toFilter(input.filter);
      const net = await boardNetwork(ctx, input.boardId, filter.asOf, 'Query.egoNetwork');
      checkOnBoard(net, [{ field: 'personId', id: input.personId, kind: 'person' }]);
      return shape.ego(await ego(net, filter.ties, input.personId, input.steps ?? 1), net);
    }),
    shortestPath: guard('read', 'tie', async (args: QueryShortestPathArgs, ctx) => {
      requireAll(ctx, 'read', 'person');
      const input = validate(pathInput, args);
      const filter = toFilter(input.filter);
      const net = await boardNetwork(ctx, input.boardId, filter.asOf, 'Query.shortestPath');
      checkOnBoard(net, [
        { field: 'fromId', id: input.fromId, kind: 'person' },
        { field: 'toId', id: input.toId, kind: 'person' },
      ]);
      const r = await path(net, filter.ties, input.fromId, input.toId);
      return r ? shape.path(r, net) : null;
    }),
  },
  Mutation: {
    startBoardAnalysis: guard('read', 'tie', async (args: MutationStartBoardAnalysisArgs, ctx) => {
      requireAll(ctx, 'read', 'person', 'group');
      const input = validate(boardAnalysisInput, args);
      const filter = toFilter(input.filter);
      // Checked now, so a board the user may not see is refused like a missing one at once.
      const board = await ctx.db.read((tx) => tx.one<{ people: number }>('analysis/board-access', { boardId: input.boardId, userId: ctx.user.id }));
      if (!board) throw notFound();
      // Boards have about five ties a person: this one will be computed on the analysis thread,
      // so have it booting while the board loads.
      if (board.people * 6 > analysisRunner().options.inlineMaxSize) analysisRunner().warm();
      const job = jobs.create(ctx.user.id, input.boardId);
      startJob(ctx, job, input.boardId, filter);
      return job as unknown as Model;
    }),
  },
  AnalysisJob: {
    id: (j) => (j as unknown as Job).id,
    boardId: (j) => (j as unknown as Job).boardId,
    state: (j) => viewOf(j as unknown as Job).state,
    step: (j) => viewOf(j as unknown as Job).step,
    stepsDone: (j) => viewOf(j as unknown as Job).stepsDone,
    stepsTotal: (j) => viewOf(j as unknown as Job).stepsTotal,
    progress: (j) => viewOf(j as unknown as Job).progress,
    error: (j, _a, ctx) => {
      const job = j as unknown as Job;
      return job.error ? t(ctx.lang, job.error) : null;
    },
    // The result names people: the reader must still be on the board's team, and the read is logged.
    analysis: async (j, _a, ctx) => {
      const job = j as unknown as Job;
      if (viewOf(job).state !== 'DONE' || !job.network || !job.computation) return null;
      const c = authed(ctx);
      const net = job.network;
      const allowed = await audited(c, 'READ', 'Query.analysisJob', async (tx, seen) => {
        const board = await tx.one('analysis/board-access', { boardId: job.boardId, userId: c.user.id });
        if (!board) return false;
        // A consent withdrawn (or expired) since the job loaded the board hides the result built on it.
        if (net.consentBased.size) {
          const row = await tx.one<{ live: number }>('consents/ties-live', { tieIds: [...net.consentBased], userId: c.user.id });
          if ((row?.live ?? 0) < net.consentBased.size) return false;
        }
        seen.addAll(net.people.keys());
        return true;
      });
      if (!allowed) return null;
      remember(c, net);
      const model: shape.AnalysisModel = { analysis: await job.computation.promise, network: net, cached: job.computation.cached };
      return model;
    },
  },
  NetworkAnalysis: {
    filter: (m) => shape.appliedFilter(shape.asAnalysisModel(m)),
    people: (m) => shape.personMetrics(shape.asAnalysisModel(m)),
    personCount: (m) => shape.asAnalysisModel(m).analysis.graph.people,
    tieCount: (m) => shape.asAnalysisModel(m).analysis.graph.ties,
    components: (m) => shape.asAnalysisModel(m).analysis.graph.components,
    largestComponent: (m) => shape.asAnalysisModel(m).analysis.graph.largestComponent,
    density: (m) => shape.asAnalysisModel(m).analysis.graph.density,
    communities: (m) => shape.asAnalysisModel(m).analysis.graph.communities,
    modularity: (m) => shape.asAnalysisModel(m).analysis.graph.modularity,
    pageRankConverged: (m) => shape.asAnalysisModel(m).analysis.graph.pageRankConverged,
    groups: (m) => shape.groupMetrics(shape.asAnalysisModel(m)),
    brokers: (m) => shape.brokers(shape.asAnalysisModel(m)),
    bridges: (m) => shape.bridges(shape.asAnalysisModel(m)),
    cached: (m) => shape.asAnalysisModel(m).cached,
    toneSetterCandidates: async (m, args: NetworkAnalysisToneSetterCandidatesArgs, ctx) => {
      const { analysis, network: net } = shape.asAnalysisModel(m);
      const input = validate(toneSetterArgs, args);
      let members: string[] | null = null;
      if (input.groupId) {
        if (!net.groups.has(input.groupId)) throw badInput([{ field: 'groupId', key: 'validation.groupNotOnBoard' }]);
        members = net.graph.nodes.filter((n) => n.groupIds?.includes(input.groupId!)).map((n) => n.id);
      }
      // The module reads an empty member list as "everyone"; a group with no members has no candidates.
      const result =
        members !== null && members.length === 0
          ? { members: 0, subgroups: 0, candidates: [], caveats: [{ code: 'DEPENDS_ON_REPORTED_TIES' as const, params: { ties: analysis.graph.ties } }] }
          : await toneSetterCandidates(net, analysis, members, input.limit ?? 10);
      return shape.toneSetters(result, net, ctx.lang);
    },
  },
};
