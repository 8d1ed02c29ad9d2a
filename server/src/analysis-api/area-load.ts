// Loads an area's network as far as the viewer may see it, in one audited read. "In the area":
// the viewer's boards linked to it (IN_AREA), and groups linked to it that one of the viewer's
// boards holds. Everything else comes only through the viewer's own boards, so a board of another
// team in the same area contributes nothing: not a person, a tie, a group, or a count.
import type { AuthedCtx } from '../graphql/context.js';
import type { Model } from '../graphql/model.js';
import { audited } from '../audit/audit.js';
import { readableData } from '../consents/basis.js';
import { buildNetwork, remember, type MembershipRow, type Network, type TieRow } from './load.js';

export interface AreaNetworkData {
  area: Model;
  /** The viewer's boards in the area. */
  areaBoards: Model[];
  /** Every board of the viewer's named below (people and groups may be on boards in other areas). */
  boards: Map<string, Model>;
  /** Per person and per group: the viewer's boards holding it. */
  personBoards: Map<string, string[]>;
  groupBoards: Map<string, string[]>;
  links: Model[];
  network: Network;
}

export async function loadAreaNetwork(ctx: AuthedCtx, areaId: string, asOf: string): Promise<AreaNetworkData | null> {
  const base = { areaId, userId: ctx.user.id, asOf };
  const rows = await audited(ctx, 'READ', 'Query.areaNetwork', async (tx, seen) => {
    const scope = await tx.one<{ area: Model; boards: Model[] }>('analysis/area-scope', base);
    if (!scope) return null;
    const boardIds = scope.boards.map((b) => String(b.id));
    const groups = await tx.rows<{ group: Model; boardIds: string[] }>('analysis/area-groups', { ...base, boardIds });
    const groupIds = groups.map((g) => String(g.group.id));
    const people = await tx.rows<{ person: Model; boardIds: string[] }>('analysis/area-people', { ...base, boardIds, groupIds });
    const personIds = people.map((p) => String(p.person.id));
    const ties = await tx.rows<TieRow>('analysis/area-ties', { ...base, personIds });
    const memberships = await tx.rows<MembershipRow>('analysis/area-memberships', { ...base, personIds, groupIds });
    const links = (await tx.rows<{ link: Model }>('analysis/area-group-links', { ...base, groupIds })).map((r) => r.link);
    const named = [...new Set([...people.flatMap((p) => p.boardIds), ...groups.flatMap((g) => g.boardIds)])];
    const boards = (await tx.rows<{ board: Model }>('analysis/viewer-boards', { userId: ctx.user.id, boardIds: named })).map((r) => r.board);
    seen.addAll(personIds);
    return { scope, groups, people, ties, memberships, links, boards };
  });
  if (!rows) return null;
  const ties = await readableData(ctx, rows.ties);
  const network = buildNetwork(rows.people.map((p) => p.person), rows.groups.map((g) => g.group), ties, rows.memberships, asOf);
  remember(ctx, network);
  return {
    area: rows.scope.area,
    areaBoards: rows.scope.boards,
    boards: new Map(rows.boards.map((b) => [String(b.id), b])),
    personBoards: new Map(rows.people.map((p) => [String(p.person.id), p.boardIds])),
    groupBoards: new Map(rows.groups.map((g) => [String(g.group.id), g.boardIds])),
    links: rows.links,
    network,
  };
}
