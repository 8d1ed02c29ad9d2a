// The current view as SVG, written from Cytoscape's computed styles and geometry (so it matches
// the screen) plus the overlay's hulls and role badges. Vector: it scales for a poster or a report.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { badgePlace, hullShapes, type OverlayModel } from '../board/overlay.js';
import { hullPathData } from '../board/hulls.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const px = (v: unknown) => parseFloat(String(v)) || 0;
const f = (v: number) => (Math.round(v * 10) / 10).toString();

function dashFor(style: string, width: number): string {
  if (style === 'dashed') return ` stroke-dasharray="${f(width * 2.5 + 6)} ${f(width + 4)}"`;
  if (style === 'dotted') return ` stroke-dasharray="${f(width)} ${f(width * 1.6 + 2)}" stroke-linecap="round"`;
  return '';
}

function edgePath(e: EdgeSingular): { d: string; end: { x: number; y: number }; from: { x: number; y: number } } {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const cps = (e.controlPoints?.() ?? []) as { x: number; y: number }[];
  if (!cps || cps.length === 0) return { d: `M${f(s.x)} ${f(s.y)} L${f(t.x)} ${f(t.y)}`, end: t, from: s };
  if (cps.length === 1) return { d: `M${f(s.x)} ${f(s.y)} Q${f(cps[0]!.x)} ${f(cps[0]!.y)} ${f(t.x)} ${f(t.y)}`, end: t, from: cps[0]! };
  // Several control points: Cytoscape draws quadratic pieces joined at their midpoints.
  let d = `M${f(s.x)} ${f(s.y)}`;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const next = i + 1 < cps.length ? { x: (c.x + cps[i + 1]!.x) / 2, y: (c.y + cps[i + 1]!.y) / 2 } : t;
    d += ` Q${f(c.x)} ${f(c.y)} ${f(next.x)} ${f(next.y)}`;
  }
  return { d, end: t, from: cps[cps.length - 1]! };
}

function edgeSvg(e: EdgeSingular): string {
  const colour = String(e.style('line-color'));
  const width = px(e.style('width'));
  const style = String(e.style('line-style'));
  const opacity = px(e.style('opacity')) || 1;
  const { d, end, from } = edgePath(e);
  const parts: string[] = [];
  const underlay = px(e.style('underlay-opacity'));
  if (underlay > 0) parts.push(`<path d="${d}" fill="none" stroke="${e.style('underlay-color')}" stroke-opacity="${f(underlay)}" stroke-width="${f(width + 2 * px(e.style('underlay-padding')))}" stroke-linecap="round"/>`);
  if (style === 'double') {
    parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${f(width + 2)}"/>`);
    parts.push(`<path d="${d}" fill="none" stroke="#ffffff" stroke-width="${f(Math.max(1, width / 3))}"/>`);
  } else {
    parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${f(width)}"${dashFor(style, width)}/>`);
  }
  if (String(e.style('target-arrow-shape')) === 'triangle') {
    const ang = Math.atan2(end.y - from.y, end.x - from.x);
    const len = width * 1.6 + 9, half = width * 0.9 + 5;
    const bx = end.x - Math.cos(ang) * len, by = end.y - Math.sin(ang) * len;
    const p1 = `${f(bx + Math.sin(ang) * half)},${f(by - Math.cos(ang) * half)}`;
    const p2 = `${f(bx - Math.sin(ang) * half)},${f(by + Math.cos(ang) * half)}`;
    parts.push(`<polygon points="${f(end.x)},${f(end.y)} ${p1} ${p2}" fill="${colour}"/>`);
  }
  const label = String(e.data('badge') ?? '');
  if (label) {
    const m = e.midpoint();
    const size = px(e.style('font-size'));
    const bg = String(e.style('text-background-color'));
    const fg = String(e.style('color'));
    parts.push(`<rect x="${f(m.x - size * 0.6)}" y="${f(m.y - size * 0.65)}" width="${f(size * 1.2)}" height="${f(size * 1.3)}" rx="3" fill="${bg}"/>`);
    parts.push(`<text x="${f(m.x)}" y="${f(m.y)}" font-size="${f(size)}" font-weight="800" fill="${fg}" text-anchor="middle" dominant-baseline="central">${esc(label)}</text>`);
  }
  return `<g opacity="${f(opacity)}">${parts.join('')}</g>`;
}

function nodeSvg(n: NodeSingular): string {
  const p = n.position();
  const w = n.width(), h = n.height();
  const fill = String(n.style('background-color'));
  const border = String(n.style('border-color'));
  const bw = px(n.style('border-width'));
  const opacity = px(n.style('opacity')) || 1;
  const shape = String(n.style('shape'));
  const label = String(n.data('label') ?? '');
  const size = px(n.style('font-size'));
  const parts: string[] = [];
  if (shape === 'diamond') {
    parts.push(`<polygon points="${f(p.x)},${f(p.y - h / 2)} ${f(p.x + w / 2)},${f(p.y)} ${f(p.x)},${f(p.y + h / 2)} ${f(p.x - w / 2)},${f(p.y)}" fill="${fill}" stroke="${border}" stroke-width="${f(bw)}"/>`);
  } else if (shape === 'round-rectangle') {
    parts.push(`<rect x="${f(p.x - w / 2)}" y="${f(p.y - h / 2)}" width="${f(w)}" height="${f(h)}" rx="${f(h / 3)}" fill="${fill}"/>`);
  } else {
    parts.push(`<ellipse cx="${f(p.x)}" cy="${f(p.y)}" rx="${f(w / 2)}" ry="${f(h / 2)}" fill="${fill}" stroke="${border}" stroke-width="${f(bw)}"/>`);
  }
  if (label) {
    if (n.hasClass('group')) {
      parts.push(`<text x="${f(p.x)}" y="${f(p.y)}" font-size="${f(size)}" font-weight="700" fill="#ffffff" text-anchor="middle" dominant-baseline="central">${esc(label)}</text>`);
    } else {
      const top = p.y + h / 2 + px(n.style('text-margin-y'));
      const tw = label.length * size * 0.58 + 6;
      parts.push(`<rect x="${f(p.x - tw / 2)}" y="${f(top)}" width="${f(tw)}" height="${f(size * 1.35)}" rx="3" fill="#ffffff" fill-opacity="0.9"/>`);
      parts.push(`<text x="${f(p.x)}" y="${f(top + size * 0.68)}" font-size="${f(size)}" font-weight="${String(n.style('font-weight'))}" fill="#111111" text-anchor="middle" dominant-baseline="central">${esc(label)}</text>`);
    }
  }
  return `<g opacity="${f(opacity)}">${parts.join('')}</g>`;
}

export function boardSvg(cy: Core, overlay: OverlayModel, meeting: boolean, dimmed: (id: string) => boolean): string {
  const ext = cy.extent();
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(cy.width())}" height="${f(cy.height())}" viewBox="${f(ext.x1)} ${f(ext.y1)} ${f(ext.w)} ${f(ext.h)}" font-family="system-ui, Segoe UI, Roboto, Helvetica, Arial, sans-serif">`,
    `<rect x="${f(ext.x1)}" y="${f(ext.y1)}" width="${f(ext.w)}" height="${f(ext.h)}" fill="#ffffff"/>`,
  ];
  for (const { group, hull } of hullShapes(cy, overlay, meeting)) {
    out.push(`<path d="${hullPathData(hull)}" fill="${group.light}" stroke="${group.dark}" stroke-width="3" opacity="${group.dim ? 0.25 : 1}"/>`);
  }
  cy.edges().forEach((e) => {
    if (e.visible()) out.push(edgeSvg(e));
  });
  cy.nodes().forEach((n) => {
    if (n.visible()) out.push(nodeSvg(n));
  });
  if (cy.zoom() >= 0.35) {
    for (const b of overlay.badges) {
      const place = badgePlace(cy, b, meeting);
      if (!place) continue;
      const o = dimmed(b.personId) ? 0.2 : 1;
      out.push(`<g opacity="${o}"><circle cx="${f(place.at.x)}" cy="${f(place.at.y)}" r="${f(place.r)}" fill="${b.colour}" stroke="#ffffff" stroke-width="2"/><text x="${f(place.at.x)}" y="${f(place.at.y)}" font-size="${f(place.r * 1.25)}" font-weight="700" fill="#ffffff" text-anchor="middle" dominant-baseline="central">${esc(b.letter)}</text></g>`);
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
