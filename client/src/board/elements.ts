// The board's data, view and mode as Cytoscape element definitions: pure, so the canvas can
// diff old against new and touch only what changed (positions stay where people put them).
import type { ChangeSet } from './changes.js';
import type { CommunityLayer } from './communities.js';
import type { View } from './filters.js';
import type { BoardData, Position, Tie } from './model.js';
import { CHANGE_COLOURS, groupColours, groupLinkStyle, tieTypeStyle, tieWidth, valenceStyle } from './palette.js';

export interface ElementDef {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
  classes: string;
  position?: Position;
}

export interface ElementOptions {
  labels: Map<string, string>;
  meeting: boolean;
  changes: ChangeSet | null;
  /** A large board draws its ties plainly (see style.ts). */
  large?: boolean;
  communities?: CommunityLayer | null;
}

export const TONE_MARK = '★ ';
export const endedEdgeId = (tieId: string) => `ended:${tieId}`;

/** Rough label width in px for a bold sans at `size`: enough to size a group tag around its name. */
export function labelWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.6 + size * 1.6);
}

/**
 * Edge data marking a tie whose legal basis the viewer may not pass on (police §115, a consent,
 * another statute: the server's Tie.exportable), so pictures leave it out (export/unexportable.ts).
 * Always set: an edit can change it.
 */
const noExportData = (t: Tie): Record<string, number> => ({ noExport: t.exportable ? 0 : 1 });

export function buildElements(board: BoardData, view: View, opts: ElementOptions): ElementDef[] {
  const out: ElementDef[] = [];
  const colours = groupColours(board.groups.map((g) => g.id));
  const changedPeople = new Set(opts.changes?.memberships.map((m) => m.membership.personId) ?? []);
  const newTies = new Set(opts.changes?.newTies.map((t) => t.id) ?? []);
  const changedTies = new Set(opts.changes?.changedTies.map((c) => c.tie.id) ?? []);
  const tagSize = opts.meeting ? 22 : 16;

  for (const p of board.people) {
    const cls = ['person', p.kind === 'INFLUENTIAL_FIGURE' ? 'figure' : 'young'];
    if (p.toneSetter) cls.push('tone');
    if (!view.people.has(p.id)) cls.push('dim');
    if (changedPeople.has(p.id)) cls.push('chg-member');
    const label = opts.labels.get(p.id) ?? p.alias;
    out.push({ group: 'nodes', data: { id: p.id, label: p.toneSetter ? TONE_MARK + label : label, kind: p.kind }, classes: cls.join(' ') });
  }
  for (const g of board.groups) {
    const cls = ['group'];
    if (!view.groups.has(g.id)) cls.push('dim');
    out.push({
      group: 'nodes',
      data: { id: g.id, label: g.name, colour: colours.get(g.id)!.dark, w: labelWidth(g.name, tagSize) },
      classes: cls.join(' '),
    });
  }
  for (const t of view.ties) {
    const ts = tieTypeStyle[t.type];
    const vs = valenceStyle[t.valence];
    const cls = ['tie'];
    if (!opts.large) cls.push('badged');
    if (t.directed) cls.push('directed');
    if (ts.line === 'double') cls.push('double');
    if (newTies.has(t.id)) cls.push('chg-new');
    else if (changedTies.has(t.id)) cls.push('chg-changed');
    out.push({
      group: 'edges',
      data: {
        id: t.id, source: t.sourceId, target: t.targetId, type: t.type, strength: t.strength, valence: t.valence,
        colour: ts.colour, line: ts.line === 'double' ? 'solid' : ts.line, width: tieWidth(t.strength, opts.meeting), badge: vs.symbol, badgeBg: vs.colour, badgeFg: vs.text,
        ...noExportData(t),
      },
      classes: cls.join(' '),
    });
  }
  if (opts.communities) {
    const byCommunity = new Map<string, string[]>();
    for (const p of opts.communities.participations) (byCommunity.get(p.communityId) ?? byCommunity.set(p.communityId, []).get(p.communityId)!).push(p.personId);
    for (const c of opts.communities.communities) {
      const shown = (byCommunity.get(c.id) ?? []).some((id) => view.people.has(id));
      out.push({ group: 'nodes', data: { id: c.id, label: c.name, kind: c.kind, w: labelWidth(c.name, opts.meeting ? 20 : 14) }, classes: shown ? 'community' : 'community dim' });
    }
    for (const p of opts.communities.participations) {
      out.push({
        group: 'edges',
        data: { id: p.id, source: p.personId, target: p.communityId, width: 1 + p.strength * 0.8 },
        classes: view.people.has(p.personId) ? 'participation' : 'participation dim',
      });
    }
  }
  const onBoard = new Set(board.people.map((p) => p.id));
  for (const t of opts.changes?.endedTies ?? []) {
    if (!onBoard.has(t.sourceId) || !onBoard.has(t.targetId)) continue;
    if (!view.people.has(t.sourceId) || !view.people.has(t.targetId)) continue;
    out.push({
      group: 'edges',
      data: {
        id: endedEdgeId(t.id), source: t.sourceId, target: t.targetId, type: t.type, colour: CHANGE_COLOURS.ended, line: 'dashed',
        width: tieWidth(t.strength, opts.meeting), badge: '×', badgeBg: CHANGE_COLOURS.ended, badgeFg: '#ffffff',
        ...noExportData(t),
      },
      classes: opts.large ? 'ended' : 'ended badged',
    });
  }
  const groups = new Set(board.groups.map((g) => g.id));
  for (const l of board.groupLinks) {
    if (!groups.has(l.sourceId) || !groups.has(l.targetId)) continue;
    const st = groupLinkStyle[l.type];
    const cls = ['glink'];
    if (st.line === 'double') cls.push('double');
    if (!view.groups.has(l.sourceId) || !view.groups.has(l.targetId)) cls.push('dim');
    out.push({ group: 'edges', data: { id: l.id, source: l.sourceId, target: l.targetId, type: l.type, colour: st.colour, line: st.line === 'double' ? 'solid' : st.line }, classes: cls.join(' ') });
  }
  return out;
}
