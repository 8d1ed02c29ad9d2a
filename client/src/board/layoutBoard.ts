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
  // The worker may have started on it when the data came in (firstLayout.ts); if that failed,
  // runLayout tries again (and falls back to the main thread).
  const fresh = () => runLayout(boardLayoutInput(board));
  const laidOut = await (takeFirstLayout(board)?.catch(fresh) ?? fresh());
  const widths = new Map(board.groups.map((g) => [g.id, labelWidth(g.name, meeting ? 22 : 16)]));
  return liftGroupTags(fitAspect(laidOut, aspect), members, widths);
}
