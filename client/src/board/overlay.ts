// Drawn around Cytoscape: group hulls beneath the nodes, members' role badges above them. The
// same functions draw the live board and the exported images, so an export shows what the room saw.
import type { Core } from 'cytoscape';
import type { BoardData, MembershipRole, Position } from './model.js';
import { groupColours } from './palette.js';
import { groupOutlines, tracePath, type Disc } from './hulls.js';

export interface OverlayGroup {
  id: string;
  dark: string;
  light: string;
  memberIds: string[];
  dim: boolean;
}

export interface Badge {
  personId: string;
  colour: string;
  letter: string;
  /** Position among this person's badges (0 = first). */
  slot: number;
}

export interface OverlayModel {
  groups: OverlayGroup[];
  badges: Badge[];
}

export function overlayModel(board: BoardData, visibleGroups: Set<string>, roleLetter: (r: MembershipRole) => string): OverlayModel {
  const colours = groupColours(board.groups.map((g) => g.id));
  const members = new Map<string, string[]>();
  const slots = new Map<string, number>();
  const badges: Badge[] = [];
  const sorted = [...board.memberships].sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
  // One translation per role, not per membership: i18next's lookup was 15–20 ms for a large
  // board's 120 memberships, in the task that draws it.
  const letters = new Map<MembershipRole, string>();
  const letterOf = (r: MembershipRole) => letters.get(r) ?? letters.set(r, roleLetter(r)).get(r)!;
  for (const m of sorted) {
    const c = colours.get(m.groupId);
    if (!c) continue;
    (members.get(m.groupId) ?? members.set(m.groupId, []).get(m.groupId)!).push(m.personId);
    const slot = slots.get(m.personId) ?? 0;
    slots.set(m.personId, slot + 1);
    badges.push({ personId: m.personId, colour: c.dark, letter: letterOf(m.role), slot });
  }
  return {
    groups: board.groups.map((g) => ({ id: g.id, ...colours.get(g.id)!, memberIds: members.get(g.id) ?? [], dim: !visibleGroups.has(g.id) })),
    badges,
  };
}

export interface Transform {
  zoom: number;
  pan: Position;
  /** Extra scale (device pixels, or an export's scale). */
  scale: number;
}

export const viewTransform = (cy: Core, scale: number): Transform => ({ zoom: cy.zoom(), pan: { ...cy.pan() }, scale });

function centre(cy: Core, id: string): Position | null {
  const n = cy.getElementById(id);
  return n.nonempty() ? n.position() : null;
}

function nodeRadius(cy: Core, id: string): number {
  const n = cy.getElementById(id);
  return n.nonempty() ? Math.max(n.width(), n.height()) / 2 : 24;
}

/** The last outlines of each group and what they were made from: most renders are pans and zooms. */
const outlineCache = new WeakMap<Core, Map<string, { key: string; hulls: Position[][] }>>();

/**
 * Hull outlines in model coordinates, for the canvas and the SVG export: one or more per group,
 * none covering a person who is not in the group (hulls.ts, groupOutlines).
 */
export function hullShapes(cy: Core, model: OverlayModel, meeting: boolean): { group: OverlayGroup; hull: Position[] }[] {
  const pad = meeting ? 26 : 20;
  const out: { group: OverlayGroup; hull: Position[] }[] = [];
  if (!model.groups.some((g) => g.memberIds.length)) return out;
  const people: { id: string; x: number; y: number }[] = [];
  cy.nodes('.person').forEach((n) => {
    const p = n.position();
    people.push({ id: n.id(), x: p.x, y: p.y });
  });
  let cache = outlineCache.get(cy);
  if (!cache) outlineCache.set(cy, (cache = new Map()));
  for (const g of model.groups) {
    const units: Disc[][] = [];
    for (const id of g.memberIds) {
      const c = centre(cy, id);
      if (c) units.push([{ x: c.x, y: c.y, r: nodeRadius(cy, id) + pad }]);
    }
    // The tag is a wide, flat box: its corners, not a circle its width across.
    const tag = cy.getElementById(g.id);
    if (tag.nonempty()) {
      const bb = tag.boundingBox({ includeLabels: false });
      const corners: Disc[] = [];
      for (const x of [bb.x1, bb.x2]) for (const y of [bb.y1, bb.y2]) corners.push({ x, y, r: pad * 0.6 });
      units.push(corners);
    }
    if (!units.length) continue;
    // Only people within reach of the plain hull can be covered by it.
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (const d of units.flat()) {
      x1 = Math.min(x1, d.x - d.r); y1 = Math.min(y1, d.y - d.r);
      x2 = Math.max(x2, d.x + d.r); y2 = Math.max(y2, d.y + d.r);
    }
    const inGroup = new Set(g.memberIds);
    const outsiders = people.filter((p) => !inGroup.has(p.id) && p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2);
    const r1 = (v: number) => Math.round(v * 10) / 10;
    const key = `${units.map((u) => u.map((d) => `${r1(d.x)},${r1(d.y)},${r1(d.r)}`).join(';')).join('|')}#${outsiders.map((p) => `${r1(p.x)},${r1(p.y)}`).join(';')}`;
    let hit = cache.get(g.id);
    if (!hit || hit.key !== key) cache.set(g.id, (hit = { key, hulls: groupOutlines(units, outsiders) }));
    for (const hull of hit.hulls) out.push({ group: g, hull });
  }
  return out;
}

export function drawHulls(ctx: CanvasRenderingContext2D, cy: Core, model: OverlayModel, t: Transform, meeting: boolean): void {
  ctx.save();
  ctx.setTransform(t.scale * t.zoom, 0, 0, t.scale * t.zoom, t.scale * t.pan.x, t.scale * t.pan.y);
  for (const { group, hull } of hullShapes(cy, model, meeting)) {
    ctx.globalAlpha = group.dim ? 0.25 : 1;
    ctx.beginPath();
    tracePath(ctx, hull);
    ctx.fillStyle = group.light;
    ctx.fill();
    ctx.lineWidth = (meeting ? 4 : 3) ;
    ctx.setLineDash([]);
    ctx.strokeStyle = group.dark;
    ctx.stroke();
  }
  ctx.restore();
}

/** Where a person's nth role badge sits, in model coordinates, and its radius. */
export function badgePlace(cy: Core, b: Badge, meeting: boolean): { at: Position; r: number } | null {
  const c = centre(cy, b.personId);
  if (!c) return null;
  const nr = nodeRadius(cy, b.personId);
  const r = meeting ? 13 : 10;
  const angle = -Math.PI / 4 - b.slot * 0.75;
  return { at: { x: c.x + Math.cos(angle) * (nr + r * 0.3), y: c.y + Math.sin(angle) * (nr + r * 0.3) }, r };
}

export function drawBadges(ctx: CanvasRenderingContext2D, cy: Core, model: OverlayModel, t: Transform, meeting: boolean, dimmed: (id: string) => boolean): void {
  // Unreadable when zoomed far out; the hull still says who is in which group.
  if (t.zoom < 0.35) return;
  ctx.save();
  ctx.setTransform(t.scale * t.zoom, 0, 0, t.scale * t.zoom, t.scale * t.pan.x, t.scale * t.pan.y);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const b of model.badges) {
    const place = badgePlace(cy, b, meeting);
    if (!place) continue;
    ctx.globalAlpha = dimmed(b.personId) ? 0.2 : 1;
    ctx.beginPath();
    ctx.arc(place.at.x, place.at.y, place.r, 0, 2 * Math.PI);
    ctx.fillStyle = b.colour;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = `700 ${Math.round(place.r * 1.25)}px system-ui, sans-serif`;
    ctx.fillText(b.letter, place.at.x, place.at.y + 0.5);
  }
  ctx.restore();
}

/**
 * Both overlay canvases, sized to the canvas's host and drawn for the current view: hulls under
 * the people, role badges over them. The app's canvas and the board's early drawing (predraw/).
 */
export function paintOverlays(
  host: HTMLElement, under: HTMLCanvasElement, over: HTMLCanvasElement, cy: Core, model: OverlayModel, meeting: boolean, dimmed: (id: string) => boolean,
): void {
  const dpr = window.devicePixelRatio || 1;
  const w = host.clientWidth, h = host.clientHeight;
  for (const c of [under, over]) {
    if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
    }
    c.getContext('2d')!.clearRect(0, 0, c.width, c.height);
  }
  const t = viewTransform(cy, dpr);
  drawHulls(under.getContext('2d')!, cy, model, t, meeting);
  drawBadges(over.getContext('2d')!, cy, model, t, meeting, dimmed);
}
