// What the legend lists: only what the board uses (a legend of ten unused tie types helps no
// one on a projector). Shared by the on-screen legend and the PDF for the minutes.
import type { BoardData, GroupLinkType, TieType } from './model.js';
import { GROUP_LINK_TYPES, TIE_TYPES } from './palette.js';

export interface LegendContent {
  tieTypes: TieType[];
  directed: boolean;
  groupLinkTypes: GroupLinkType[];
  figures: boolean;
  toneSetters: boolean;
  groups: boolean;
}

export function legendContent(board: BoardData): LegendContent {
  const types = new Set(board.ties.map((t) => t.type));
  const links = new Set(board.groupLinks.map((l) => l.type));
  return {
    tieTypes: TIE_TYPES.filter((t) => types.has(t)),
    directed: board.ties.some((t) => t.directed),
    groupLinkTypes: GROUP_LINK_TYPES.filter((t) => links.has(t)),
    figures: board.people.some((p) => p.kind === 'INFLUENTIAL_FIGURE'),
    toneSetters: board.people.some((p) => p.toneSetter),
    groups: board.groups.length > 0,
  };
}
