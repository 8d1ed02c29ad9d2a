// areaNetwork: the police analyst's view of how an area's groups hang together, across the boards
// the analyst is on (and only those), with the same metrics as a board, the links between groups,
// and the people who connect groups that different teams work with. Each person and group says
// which of the viewer's boards hold it, so the UI can open one.
import type { Resolvers, QueryAreaNetworkArgs } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import { guard } from '../graphql/guard.js';
import { validate } from '../shared/validate.js';
import { resolveFilter, selectTies } from '../analysis/filter.js';
import { analyse, requireAll } from './compute.js';
import { loadAreaNetwork, type AreaNetworkData } from './area-load.js';
import { connectors, groupPairs } from './area-links.js';
import * as shape from './shape.js';
import { areaInput, toFilter } from './validation.js';

function boardsOf(data: AreaNetworkData, ids: string[] | undefined): Model[] {
  return (ids ?? []).map((id) => data.boards.get(id)).filter((b): b is Model => b !== undefined);
}

export const areaNetworkResolvers: Resolvers = {
  Query: {
    areaNetwork: guard('read', 'tie', async (args: QueryAreaNetworkArgs, ctx) => {
      requireAll(ctx, 'read', 'person', 'group', 'board');
      const input = validate(areaInput, args);
      const filter = toFilter(input.filter);
      const data = await loadAreaNetwork(ctx, input.areaId, filter.asOf);
      if (!data) return null;
      const net = data.network;
      const computation = analyse(net, filter.ties);
      const analysis = await computation.promise;
      const analysisModel: shape.AnalysisModel = { analysis, network: net, cached: computation.cached };
      const linksByPair = new Map<string, Model[]>();
      for (const l of data.links) {
        const [a, b] = [String(l.sourceId), String(l.targetId)].sort();
        linksByPair.set(`${a}\u0000${b}`, [...(linksByPair.get(`${a}\u0000${b}`) ?? []), l]);
      }
      const pairs = groupPairs(net.graph, filter.ties, data.groupBoards, data.links.map((l) => [String(l.sourceId), String(l.targetId)]));
      return {
        area: data.area,
        boards: data.areaBoards,
        people: net.graph.nodes.map((n) => ({ person: shape.personOf(net, n.id), boards: boardsOf(data, data.personBoards.get(n.id)) })),
        groups: [...net.groups.keys()].map((id) => ({ group: shape.groupOf(net, id), boards: boardsOf(data, data.groupBoards.get(id)) })),
        ties: shape.tiesOf(net, selectTies(net.graph.edges, resolveFilter(filter.ties))),
        groupConnections: pairs.map((p) => ({
          source: shape.groupOf(net, p.source),
          target: shape.groupOf(net, p.target),
          ties: p.ties,
          sharedMembers: p.sharedMembers,
          links: linksByPair.get(`${p.source}\u0000${p.target}`) ?? [],
          acrossTeams: p.acrossTeams,
        })),
        connectors: connectors(analysis.brokers, data.groupBoards).map((c) => ({
          person: shape.personOf(net, c.personId),
          groups: c.groups.filter((g) => net.groups.has(g)).map((g) => shape.groupOf(net, g)),
          boards: boardsOf(data, [...new Set(c.groups.flatMap((g) => data.groupBoards.get(g) ?? []))]),
        })),
        analysis: analysisModel,
      };
    }),
  },
};
