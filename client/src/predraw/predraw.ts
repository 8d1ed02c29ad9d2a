// The board drawn before the app is loaded (loaded by first.ts, a classic script built by
// vite.config.ts, boardPage). Cytoscape and the board's own pure modules only, no React,
// Apollo or i18next: from the `Board` answer it draws what the app's canvas would draw on
// opening (no filter, no focus, today, the meeting mode of the tab) in the box where the canvas
// will be (hint.ts), sets the drawn mark and loads the app. The app's canvas takes this
// Cytoscape over as it is (predrawn.ts, BoardCanvas) and removes the rest. Anything unexpected
// (no clean answer, a large board, a board never laid out, an error) just loads the app.
import cytoscape, { type Core } from 'cytoscape';
import type { BoardQuery } from '../generated/graphql.js';
import { peekPrefetched } from '../api/prefetch.js';
import { boardFrom, type BoardData } from '../board/model.js';
import { computeView, noFilters } from '../board/filters.js';
import { labelsFor } from '../board/labels.js';
import { buildElements } from '../board/elements.js';
import { reconcile } from '../board/reconcile.js';
import { fitNodes } from '../board/viewport.js';
import { overlayModel, paintOverlays } from '../board/overlay.js';
import { cyOptions } from '../board/cyOptions.js';
import { drawNextFrameDirect } from '../board/firstFrame.js';
import { drawsEarly } from './eligible.js';
import { readMeeting } from '../board/meetingFlag.js';
import { markDrawnAfterRender } from '../board/perf.js';
import { oncePerFrame } from '../board/oncePerFrame.js';
import { holdBlankLayers } from '../board/blankLayers.js';
import { firstState, type FirstState } from './state.js';

function canvas(className: string): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.className = className;
  c.setAttribute('aria-hidden', 'true');
  return c;
}

interface Surface {
  host: HTMLElement;
  under: HTMLCanvasElement;
  over: HTMLCanvasElement;
  container: HTMLElement;
  cy: Core;
  meeting: boolean;
  /** Puts Cytoscape's blank layers back once the board is on the screen (blankLayers.ts). */
  showLayers(): void;
}

/**
 * The canvas and an empty Cytoscape with the board's style, made while the `Board` answer is on
 * its way (creating Cytoscape and reading its style is a third of the drawing's time). Not on
 * the page yet: an answer that is not drawn early leaves nothing behind.
 */
function prepare(first: FirstState): Surface {
  const meeting = readMeeting();
  const { box } = first.hint;
  // The canvas's own classes (styles.css), placed where the app's canvas will be.
  const host = document.createElement('div');
  host.className = 'canvas-host predraw';
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'fixed', left: `${box.x}px`, top: `${box.y}px`, width: `${box.w}px`, height: `${box.h}px`, zIndex: '5' });
  const under = canvas('overlay under');
  const over = canvas('overlay over');
  const container = document.createElement('div');
  container.className = 'cy';
  host.append(under, container, over);
  // Cytoscape measures its container when it is made.
  host.style.visibility = 'hidden';
  document.body.append(host);
  const cy = cytoscape(cyOptions(container, meeting, false));
  return { host, under, over, container, cy, meeting, showLayers: holdBlankLayers(cy) };
}

function draw(first: FirstState, board: BoardData, s: Surface): void {
  const { host, under, over, container, cy, meeting, showLayers } = s;
  const view = computeView(board, noFilters, null);
  const labels = labelsFor(board.people, meeting ? 'initials' : 'alias');
  reconcile(cy, buildElements(board, view, { labels, meeting, changes: null, large: false, communities: null }), (id) => board.positions[id]);
  fitNodes(cy);
  drawNextFrameDirect(cy);
  host.style.visibility = '';
  const model = overlayModel(board, view.groups, (r) => first.hint.roles[r]);
  const overlay = oncePerFrame(() => {
    if (!cy.destroyed()) paintOverlays(host, under, over, cy, model, meeting, () => false);
  });
  // Asked for now: the hulls and badges go on the screen in the frame Cytoscape first draws the
  // board in, so the drawn mark stands for the whole board.
  overlay.request();
  cy.on('render', overlay.request);
  first.drawn = {
    boardId: board.id,
    meeting,
    cy,
    container,
    release() {
      showLayers();
      cy.off('render', overlay.request);
      overlay.cancel();
      host.remove();
    },
  };
  markDrawnAfterRender(cy, () => {
    showLayers();
    first.startApp();
  });
}

async function main(): Promise<void> {
  const first = firstState();
  if (!first) return;
  // The app uses this copy rather than load its own (board/cytoscapeLib.ts).
  first.cytoscape = cytoscape;
  let surface: Surface | null = null;
  try {
    const answer = peekPrefetched('Board', { id: first.boardId, asOf: null });
    if (!answer) return first.startApp();
    surface = prepare(first);
    const data = (await answer) as BoardQuery | null;
    const board = data?.board ? boardFrom(data.board) : null;
    // The app may have started meanwhile (first.ts gives this only so long).
    if (board && drawsEarly(board) && !first.drawn && !first.appStarted()) return draw(first, board, surface);
  } catch {
    // Drawn by the app instead.
  }
  if (surface) {
    surface.cy.destroy();
    surface.host.remove();
  }
  first.startApp();
}

void main();
