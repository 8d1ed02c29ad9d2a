// A full layout of one board: people and group tags (tags pull their members together), shaped
// to the screen, tags lifted above their groups.
import type { BoardData } from './model.js';
import { fitAspect, liftGroupTags } from './layoutShape.js';
import { runLayout } from './runLayout.js';
import { labelWidth } from './elements.js';
import { boardLayoutInput, takeFirstLayout } from './firstLayout.js';
import type { Positions } from './sizes.js';

export async function layoutBoard(board: BoardData, aspect: number, meeting: boolean): Promise<Positions> {
  const members = new Map<string, string[]>();
  for (const m of board.memberships) (members.get(m.groupId) ?? members.set(m.groupId, []).get(m.groupId)!).push(m.personId);
  // Started when the data came in (firstLayout.ts), through the same runLayout.
  const laidOut = await (takeFirstLayout(board) ?? runLayout(boardLayoutInput(board)));
  const widths = new Map(board.groups.map((g) => [g.id, labelWidth(g.name, meeting ? 22 : 16)]));
  return liftGroupTags(fitAspect(laidOut, aspect), members, widths);
}
