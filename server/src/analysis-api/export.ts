// exportNetwork: the board's people and ties in force as GraphML, GEXF or a CSV edge list, logged
// as an EXPORT naming everyone on the board (all read to write the file), with the declared access
// purpose (`Query.exportNetwork:INVESTIGATION`). Ties shared under §115 never leave Tavla, nor do
// ties shared on a consent (a file cannot be recalled when the consent is withdrawn) or under
// another statute: the policy denies exporting those classes of data to every role, whatever the
// purpose.
import type { AnalysisGraph } from '../analysis/index.js';
import type { Resolvers, QueryExportNetworkArgs } from '../graphql/generated/types.js';
import { guard } from '../graphql/guard.js';
import { notFound } from '../shared/errors.js';
import { validate } from '../shared/validate.js';
import { today } from '../shared/fields.js';
import { seesIdentity } from '../policy/policy.js';
import { allowedFor, auditPurpose, type AccessPurpose } from '../consents/legal.js';
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

/**
 * The ties this role may not pass on for this purpose: §115 ties unless the policy lets it export
 * police115 data, consent-based ties unless it lets it export consentGated data, ties shared under
 * another statute unless it lets it export statuteShared data (with the policy as it stands: none
 * of them, for anyone, for any purpose).
 */
export function withheldTies(net: Network, role: string, purpose: AccessPurpose): Set<string> {
  const no115 = !allowedFor(role, 'export', 'police115', purpose);
  const noConsent = !allowedFor(role, 'export', 'consentGated', purpose);
  const noStatute = !allowedFor(role, 'export', 'statuteShared', purpose);
  const out = new Set<string>();
  for (const e of net.graph.edges) {
    const basis = net.legalBasis.get(e.id);
    if ((no115 && basis === 'SSP_115') || (noConsent && net.consentBased.has(e.id)) || (noStatute && basis === 'OTHER_STATUTE')) out.add(e.id);
  }
  return out;
}

/**
 * The graph as it goes into the file. GraphML and GEXF keep person ids as node ids with the alias
 * as label; a CSV edge list has nothing but its keys, so there each person's key is their alias
 * (made unique with a number if two people share one), which is what an import matches on.
 */
export function exportGraph(net: Network, labelOf: (id: string) => string, withheld: Set<string>, csv: boolean): { graph: AnalysisGraph; withheld: number } {
  const edges = net.graph.edges.filter((e) => !withheld.has(e.id));
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
      const purpose = input.purpose ?? 'PREVENTION';
      const net = await loadBoardNetwork(ctx, input.boardId, asOf, 'EXPORT', auditPurpose('Query.exportNetwork', purpose));
      if (!net) throw notFound();
      const identity = seesIdentity(ctx.user.role);
      const label = (id: string) => (identity ? String(net.people.get(id)!.alias) : pseudonymOf(id));
      const { graph, withheld } = exportGraph(net, label, withheldTies(net, ctx.user.role, purpose), input.format === 'CSV');
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
