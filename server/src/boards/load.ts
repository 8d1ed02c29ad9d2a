// Loads a board (the parts the query selects) in one audited read, and fills the request cache
// so the ties' ends and memberships' groups resolve without more queries.
import type { AuthedCtx } from '../graphql/context.js';
import type { Model } from '../graphql/model.js';
import { audited } from '../audit/audit.js';
import { readableData } from '../consents/basis.js';

export interface BoardParts {
  people?: boolean;
  groups?: boolean;
  ties?: boolean;
  memberships?: boolean;
  groupLinks?: boolean;
  /** Saved positions: they come with the people and groups (the board's INCLUDES edges). */
  layout?: boolean;
  /** createdAt and updatedAt of the people and ties read: only when the operation asks for them (boards/get). */
  stamps?: boolean;
}

export interface LoadedBoard {
  board: Model;
  people: Model[];
  groups: Model[];
  ties: Model[];
  memberships: Model[];
  groupLinks: Model[];
}

export async function loadBoard(ctx: AuthedCtx, boardId: string, parts: BoardParts, asOf: string, purpose: string): Promise<LoadedBoard | null> {
  // Ties and memberships point at people and groups; fetch those with them (same query).
  const withPeople = !!(parts.people || parts.ties || parts.memberships || parts.layout);
  const withGroups = !!(parts.groups || parts.memberships || parts.groupLinks || parts.layout);
  const loaded = await audited(ctx, 'READ', purpose, async (tx, seen) => {
    const row = await tx.one<LoadedBoard>('boards/get', {
      boardId,
      userId: ctx.user.id,
      asOf,
      withPeople,
      withGroups,
      withTies: !!parts.ties,
      withMemberships: !!parts.memberships,
      withGroupLinks: !!parts.groupLinks,
      withStamps: !!parts.stamps,
    });
    if (row) seen.addAll(row.people.map((p) => p.id as string));
    return row;
  });
  if (!loaded) return null;
  // Ties on a legal basis the role may not see (consents/basis.ts) are not on its board.
  loaded.ties = await readableData(ctx, loaded.ties);
  for (const p of loaded.people) ctx.cache.people.set(String(p.id), p);
  for (const g of loaded.groups) ctx.cache.groups.set(String(g.id), g);
  return loaded;
}

/** The saved positions as `boards/layout` gives them: placed people and groups, by node id. */
export function layoutOf(data: LoadedBoard): { nodeId: string; x: number; y: number }[] {
  const out: { nodeId: string; x: number; y: number }[] = [];
  for (const list of [data.people, data.groups]) {
    for (const n of list) if (n.x != null && n.y != null) out.push({ nodeId: String(n.id), x: n.x as number, y: n.y as number });
  }
  return out.sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
}
