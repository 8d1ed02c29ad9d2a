// A full layout of one board: people and group tags (tags pull their members together), shaped
// to the screen, tags lifted above their groups.
import type { BoardData } from './model.js';
import { fitAspect, liftGroupTags, runLayout, type Positions } from './layout.js';
import { labelWidth } from './elements.js';

export async function layoutBoard(board: BoardData, aspect: number, meeting: boolean): Promise<Positions> {
  const members = new Map<string, string[]>();
  for (const m of board.memberships) (members.get(m.groupId) ?? members.set(m.groupId, []).get(m.groupId)!).push(m.personId);
  const laidOut = await runLayout({
    nodes: [...board.people.map((p) => ({ id: p.id })), ...board.groups.map((g) => ({ id: g.id, group: true }))],
    edges: [
      ...board.ties.map((t) => ({ source: t.sourceId, target: t.targetId, weight: t.strength })),
      ...board.memberships.map((m) => ({ source: m.personId, target: m.groupId, weight: 4 })),
    ],
  });
  const widths = new Map(board.groups.map((g) => [g.id, labelWidth(g.name, meeting ? 22 : 16)]));
  return liftGroupTags(fitAspect(laidOut, aspect), members, widths);
}
