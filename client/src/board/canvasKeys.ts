// The canvas by keyboard: arrows walk from person to person, Shift+arrows move the one in focus
// (saved like a drag), Enter opens it, T draws a tie from it, G puts it in a group, N adds a
// person, F focuses on its neighbourhood, +/−/0 zoom, Escape lets go.
import type { KeyboardEvent } from 'react';
import type { Core } from 'cytoscape';
import { arrowDirection, nearestInDirection } from './nav.js';
import type { Selection } from './BoardCanvas.js';
import type { DialogState } from './context.js';
import type { Focus } from './filters.js';
import type { Move } from './actions.js';

export interface KeyContext {
  cy: Core | null;
  focusId: string | null;
  setFocusId(id: string | null): void;
  selection: Selection | null;
  select(sel: Selection | null): void;
  editable: boolean;
  openDialog(d: DialogState): void;
  setFocus(f: Focus | null): void;
  move(moves: Move[]): void;
  zoomBy(f: number): void;
  fit(): void;
}

export function handleCanvasKey(e: KeyboardEvent<HTMLElement>, k: KeyContext): void {
  const cy = k.cy;
  if (!cy || e.ctrlKey || e.metaKey) return;
  const nodes: { id: string; at: { x: number; y: number } }[] = [];
  cy.nodes().forEach((n) => {
    if (!n.hasClass('dim')) nodes.push({ id: n.id(), at: { ...n.position() } });
  });
  const current = k.focusId ?? (k.selection && (k.selection.kind === 'person' || k.selection.kind === 'group') ? k.selection.id : null);
  const node = current ? cy.getElementById(current) : null;
  const isPerson = !!node?.nonempty() && node.hasClass('person');
  const dir = arrowDirection[e.key];

  if (dir && e.shiftKey && node?.nonempty() && k.editable) {
    const step = e.altKey ? 5 : 25;
    const from = { ...node.position() };
    const to = { x: from.x + (dir === 'left' ? -step : dir === 'right' ? step : 0), y: from.y + (dir === 'up' ? -step : dir === 'down' ? step : 0) };
    node.position(to);
    k.move([{ id: node.id(), from, to }]);
  } else if (dir) {
    if (!node?.nonempty()) {
      // Start at the top-left-most person.
      const first = [...nodes].sort((a, b) => a.at.y + a.at.x - (b.at.y + b.at.x))[0];
      if (first) k.setFocusId(first.id);
    } else {
      const next = nearestInDirection(node.position(), nodes.filter((n) => n.id !== node.id()), dir);
      if (next) k.setFocusId(next);
    }
  } else if ((e.key === 'Enter' || e.key === ' ') && node?.nonempty()) {
    k.select({ kind: isPerson ? 'person' : 'group', id: node.id() });
  } else if (e.key === 't' && isPerson && k.editable) {
    k.openDialog({ kind: 'tie', sourceId: node!.id(), targetId: null });
  } else if (e.key === 'g' && node?.nonempty() && k.editable) {
    k.openDialog(isPerson ? { kind: 'membership', personId: node.id(), groupId: null } : { kind: 'membership', personId: null, groupId: node.id() });
  } else if (e.key === 'n' && k.editable) {
    k.openDialog({ kind: 'addPerson' });
  } else if (e.key === 'f' && isPerson) {
    k.setFocus({ personId: node!.id(), depth: 1 });
  } else if (e.key === '+' || e.key === '=') {
    k.zoomBy(1.25);
  } else if (e.key === '-') {
    k.zoomBy(0.8);
  } else if (e.key === '0') {
    k.fit();
  } else if (e.key === 'Escape') {
    k.setFocusId(null);
    k.select(null);
    k.setFocus(null);
  } else {
    return;
  }
  e.preventDefault();
}

/** Keep the keyboard-focused node on screen. */
export function revealNode(cy: Core | null, id: string | null): void {
  if (!cy || !id) return;
  const n = cy.getElementById(id);
  if (n.empty()) return;
  const bb = n.renderedBoundingBox({});
  if (bb.x1 < 0 || bb.y1 < 0 || bb.x2 > cy.width() || bb.y2 > cy.height()) cy.animate({ center: { eles: n }, duration: 200 });
}
