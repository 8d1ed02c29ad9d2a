// The app's side of the board's early drawing (predraw.ts): the canvas takes it over, anything
// else takes it off the page, and a board drawn by the app leaves a hint for next time.
import type { MembershipRole } from '../board/model.js';
import { ROLES } from '../board/palette.js';
import { currentLang } from '../i18n/index.js';
import { dropHint, saveHint } from './hint.js';
import { firstState, type Predrawn } from './state.js';

/**
 * The early drawing of this board in this mode, moved into `parent` (the app's canvas), once;
 * null if there is none to take.
 *
 * Cytoscape destroys its renderer when its container is taken out of its parent (a
 * MutationObserver on the parent, the renderer's `removeObserver`), and moving the container is
 * such a removal: the board would stay on the screen and answer to nothing. So that observer is
 * disconnected for the move (which drops the removal it would have seen) and then watches the
 * new parent. Without that observer where it is expected (another Cytoscape), the early drawing
 * is not taken over: the app draws the board itself.
 */
export function takePredrawn(boardId: string, meeting: boolean, parent: HTMLElement): Predrawn | null {
  const first = firstState();
  const d = first?.drawn;
  if (!first || !d || d.boardId !== boardId || d.meeting !== meeting) return null;
  const observer = (d.cy as unknown as { renderer(): { removeObserver?: unknown } }).renderer().removeObserver;
  if (!(observer instanceof MutationObserver)) return null;
  first.drawn = null;
  observer.disconnect();
  parent.append(d.container);
  observer.observe(parent, { childList: true });
  return d;
}

/** Takes an early drawing nobody will take over off the page (another page, an error). */
export function discardPredrawn(): void {
  const first = firstState();
  const d = first?.drawn;
  if (!first || !d) return;
  first.drawn = null;
  d.cy.destroy();
  d.release();
}

/**
 * Notes where this board's canvas is, for drawing it early next time (hint.ts). Only for the
 * board as it opens by default (no filter, focus or date in the address).
 */
export function rememberCanvas(boardId: string, host: HTMLElement, meeting: boolean, roleLetter: (r: MembershipRole) => string): void {
  if (location.search || location.hash) return;
  const r = host.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return;
  saveHint(boardId, {
    vw: innerWidth, vh: innerHeight, dpr: devicePixelRatio, lang: currentLang(), meeting,
    box: { x: r.left, y: r.top, w: r.width, h: r.height },
    roles: Object.fromEntries(ROLES.map((role) => [role, roleLetter(role)])) as Record<MembershipRole, string>,
    at: Date.now(),
  });
}

/** A large board is never drawn early (the app draws it in chunks and a worker lays it out). */
export const forgetCanvas = (boardId: string): void => dropHint(boardId);

// The board page that will take the early drawing over, if one is on the screen. A page
// renders before its parent's effects run, so the app can tell, once it knows who is signed in,
// whether anything will take it over (discardUnheld).
let holder: string | null = null;

/** The board page holds the early drawing of its board while it loads; it goes when the page does. */
export function holdPredrawn(boardId: string): () => void {
  holder = boardId;
  return () => {
    if (holder !== boardId) return;
    holder = null;
    discardPredrawn();
  };
}

/** Any page but a board's (the login page, another role's start page) takes it off. */
export function discardUnheld(): void {
  if (!holder) discardPredrawn();
}
