// Loads a board's network for analysis in one audited read: who is on it, the ties in force
// between them, and their group memberships. The access-log row names everyone loaded: every
// metric, path and what-if is computed over the whole board, so all their data goes into the answer.
import type { AnalysisEdge, AnalysisGraph, Valence } from '../analysis/index.js';
import type { AuditAction } from '../graphql/generated/types.js';
import type { AuthedCtx } from '../graphql/context.js';
import type { Model } from '../graphql/model.js';
import { audited } from '../audit/audit.js';
import { readableData } from '../consents/basis.js';
import { graphKey } from './key.js';

export interface TieRow {
  id: string;
  source: string;
  target: string;
  type: string;
  strength: number;
  valence: Valence;
  directed: boolean | null;
  legalBasis: string | null;
  /** The consent the tie was shared on (only live ones for this user reach here). */
  consentId?: string | null;
  sourceAgencyId?: string | null;
}

/** board-ties' rows: one per source person, each tie as [id, target, type, strength, valence, directed, legalBasis, consentId, sourceAgencyId]. */
interface SourceTies {
  source: string;
  ties: [string, string, string, number, Valence, boolean | null, string | null, string | null, string | null][];
}

function tieRows(rows: SourceTies[]): TieRow[] {
  return rows.flatMap((r) =>
    r.ties.map(([id, target, type, strength, valence, directed, legalBasis, consentId, sourceAgencyId]) => ({
      id, source: r.source, target, type, strength, valence, directed, legalBasis, consentId, sourceAgencyId,
    })),
  );
}

export interface MembershipRow {
  personId: string;
  groupId: string;
}

export interface Network {
  /** What the analysis module reads (people in id order, each with their groups). */
  graph: AnalysisGraph;
  /** Hash of `graph`: the cache key's base. */
  key: string;
  asOf: string;
  people: Map<string, Model>;
  groups: Map<string, Model>;
  /** Per tie id, the legal basis it was shared on. */
  legalBasis: Map<string, string | null>;
  /** Ids of the ties shared on a consent. */
  consentBased: Set<string>;
}

export function buildNetwork(people: Model[], groups: Model[], ties: TieRow[], memberships: MembershipRow[], asOf: string): Network {
  const groupIds = new Map<string, string[]>();
  for (const m of memberships) {
    const list = groupIds.get(m.personId);
    if (list) list.push(m.groupId);
    else groupIds.set(m.personId, [m.groupId]);
  }
  const nodes = people.map((p) => {
    const id = String(p.id);
    const gs = groupIds.get(id);
    return gs ? { id, groupIds: [...new Set(gs)].sort() } : { id };
  });
  const edges: AnalysisEdge[] = ties.map((t) => ({
    id: t.id,
    source: t.source,
    target: t.target,
    type: t.type,
    strength: t.strength,
    valence: t.valence,
    directed: t.directed === true,
  }));
  const graph = { nodes, edges };
  return {
    graph,
    key: graphKey(graph),
    asOf,
    people: new Map(people.map((p) => [String(p.id), p])),
    groups: new Map(groups.map((g) => [String(g.id), g])),
    legalBasis: new Map(ties.map((t) => [t.id, t.legalBasis])),
    consentBased: new Set(ties.filter((t) => t.consentId).map((t) => t.id)),
  };
}

/** Later field resolvers (Person, Group) find what was loaded instead of reading it again. */
export function remember(ctx: AuthedCtx, network: Network): void {
  for (const [id, p] of network.people) ctx.cache.people.set(id, { ...p, ...ctx.cache.people.get(id) });
  for (const [id, g] of network.groups) ctx.cache.groups.set(id, { ...g, ...ctx.cache.groups.get(id) });
}

/** The board's network, or null when the board does not exist or the user is not on its team. */
export async function loadBoardNetwork(
  ctx: AuthedCtx,
  boardId: string,
  asOf: string,
  action: AuditAction,
  purpose: string,
): Promise<Network | null> {
  const params = { boardId, userId: ctx.user.id, asOf };
  const rows = await audited(ctx, action, purpose, async (tx, seen) => {
    if (!(await tx.one('analysis/board-access', params))) return null;
    const people = (await tx.rows<{ person: Model }>('analysis/board-people', params)).map((r) => r.person);
    const ties = tieRows(await tx.rows<SourceTies>('analysis/board-ties', params));
    const groups = (await tx.rows<{ group: Model }>('analysis/board-groups', params)).map((r) => r.group);
    const memberships = await tx.rows<MembershipRow>('analysis/board-memberships', params);
    seen.addAll(people.map((p) => String(p.id)));
    return { people, ties, groups, memberships };
  });
  if (!rows) return null;
  // Built after the commit: hashing a large board need not hold the transaction open. Ties on a
  // legal basis the role may not see (consents/basis.ts) are not in its network.
  const network = buildNetwork(rows.people, rows.groups, await readableData(ctx, rows.ties), rows.memberships, asOf);
  remember(ctx, network);
  return network;
}
