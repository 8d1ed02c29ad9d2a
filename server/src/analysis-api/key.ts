// Cache keys are hashes of exactly what a result is computed from: the network as loaded (every
// person with their groups, every tie with the values analysis reads) plus the request's
// parameters. Any edit that can change a result (a tie added, ended, re-typed or re-weighted, a
// person removed, a membership ended) changes the key; nothing else does. No board id is in it:
// the same content gives the same result whoever asks, and each asker loaded it through their
// own access check first.
import { createHash } from 'node:crypto';
import type { AnalysisGraph } from '../analysis/index.js';

export function graphKey(graph: AnalysisGraph): string {
  const h = createHash('sha256');
  // Separators that cannot occur in ids or enum values keep fields from running together.
  for (const n of graph.nodes) h.update(`n\u0001${n.id}\u0001${(n.groupIds ?? []).join('\u0002')}\u0000`);
  for (const e of graph.edges) {
    h.update(`e\u0001${e.id}\u0001${e.source}\u0001${e.target}\u0001${e.type}\u0001${e.strength}\u0001${e.valence}\u0001${e.directed ? 1 : 0}\u0000`);
  }
  return h.digest('hex');
}

/** A key for one kind of work over a network; `params` must be built in a fixed key order. */
export function workKey(networkKey: string, kind: string, params: unknown): string {
  return createHash('sha256').update(`${networkKey}\u0000${kind}\u0000${JSON.stringify(params)}`).digest('hex');
}
