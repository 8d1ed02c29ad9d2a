// exportNetwork: the board's people and ties in force as GraphML, GEXF or a CSV edge list, logged
// as an EXPORT naming everyone on the board (all read to write the file). Ties shared under §115
// never leave Tavla: the policy denies exporting that class of data to every role.
import type { AnalysisGraph } from '../analysis/index.js';
import type { Resolvers, QueryExportNetworkArgs } from '../graphql/generated/types.js';
import { guard } from '../graphql/guard.js';
import { notFound } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { today } from '../shared/fields.js';
import { decide, policy, seesIdentity } from '../policy/policy.js';
import { pseudonymOf } from '../people/identity.js';
import { requireAll } from './compute.js';
import { loadBoardNetwork, type Network } from './load.js';
import { analysisRunner } from './runner.js';
import { exportInput } from './validation.js';

const FILES = {
  GRAPHML: { ext: 'graphml', mimeType: 'application/graphml+xml' },
  GEXF: { ext: 'gexf', mimeType: 'application/gexf+xml' },
  CSV: { ext: 'csv', mimeType: 'text/csv' },
} as const;

/** Legal bases whose data this role may not pass on (with the policy as it stands: SSP_115 for all). */
function withheldBases(role: string): Set<string> {
  const out = new Set<string>();
  if (!decide(role, 'export', 'police115', policy.gateContext).allowed) out.add('SSP_115');
  return out;
}

/**
 * The graph as it goes into the file. GraphML and GEXF keep person ids as node ids with the alias
 * as label; a CSV edge list has nothing but its keys, so there each person's key is their alias
 * (made unique with a number if two people share one), which is what an import matches on.
 */
export function exportGraph(net: Network, labelOf: (id: string) => string, withheld: Set<string>, csv: boolean): { graph: AnalysisGraph; withheld: number } {
  const edges = net.graph.edges.filter((e) => !withheld.has(net.legalBasis.get(e.id) ?? ''));
  const labels = new Map(net.graph.nodes.map((n) => [n.id, labelOf(n.id)]));
  if (!csv) {
    return { graph: { nodes: net.graph.nodes.map((n) => ({ ...n, alias: labels.get(n.id)! })), edges }, withheld: net.graph.edges.length - edges.length };
  }
  const keyOf = new Map<string, string>();
  const used = new Set<string>();
  for (const n of net.graph.nodes) {
    const label = labels.get(n.id)!;
    let key = label;
    for (let i = 2; used.has(key.toLowerCase()); i++) key = `${label} (${i})`;
    used.add(key.toLowerCase());
    keyOf.set(n.id, key);
  }
  return {
    graph: {
      nodes: net.graph.nodes.map((n) => ({ id: keyOf.get(n.id)! })),
      edges: edges.map((e) => ({ ...e, source: keyOf.get(e.source)!, target: keyOf.get(e.target)! })),
    },
    withheld: net.graph.edges.length - edges.length,
  };
}

export const exportResolvers: Resolvers = {
  Query: {
    exportNetwork: guard('export', 'tie', async (args: QueryExportNetworkArgs, ctx) => {
      requireAll(ctx, 'export', 'person');
      const input = validate(exportInput, args);
      const asOf = input.asOf ?? today();
      const net = await loadBoardNetwork(ctx, input.boardId, asOf, 'EXPORT', 'Query.exportNetwork');
      if (!net) throw notFound();
      const identity = seesIdentity(ctx.user.role);
      const label = (id: string) => (identity ? String(net.people.get(id)!.alias) : pseudonymOf(id));
      const { graph, withheld } = exportGraph(net, label, withheldBases(ctx.user.role), input.format === 'CSV');
      const content = await analysisRunner().run(null, { kind: 'export', graph, format: input.format }).promise;
      const file = FILES[input.format];
      return {
        format: input.format,
        filename: `tavla-${input.boardId.slice(4, 12)}-${asOf}.${file.ext}`,
        mimeType: file.mimeType,
        content,
        // A CSV edge list holds only the people with ties.
        people: input.format === 'CSV' ? new Set(graph.edges.flatMap((e) => [e.source, e.target])).size : graph.nodes.length,
        ties: graph.edges.length,
        tiesWithheld: withheld,
      };
    }),
  },
};
