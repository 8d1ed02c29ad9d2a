// What a board's first drawing (predraw.ts) needs from the last time this browser showed that
// board: where the canvas sat on the page and the role letters in the page's language. The
// app writes it once it has drawn a board of demo size (BoardCanvas); first.ts reads it. The
// board is drawn early only where the screen is the same as then (window size, pixel ratio,
// language, meeting mode: each moves the canvas or changes what is drawn), so the page that
// takes over puts the canvas exactly where the early drawing was. No personal data: board ids,
// a box and three letters. Logging out clears it.
//
// Checked by hand, not with the app's schema library: this goes into first.ts, a few KB that
// every board page runs before anything else.
import type { MembershipRole } from '../board/model.js';
import { ROLES } from '../board/palette.js';

export const HINT_KEY = 'tavla.predraw';
/** Boards remembered per browser; the least recently drawn goes first. */
export const MAX_HINTS = 20;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What decides where the canvas is and what it shows, besides the board itself. */
export interface Screen {
  vw: number;
  vh: number;
  dpr: number;
  lang: string;
  meeting: boolean;
}

export interface Hint extends Screen {
  box: Box;
  roles: Record<MembershipRole, string>;
  /** When it was written (ms since the epoch): the oldest are dropped first. */
  at: number;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validHint(v: unknown): v is Hint {
  if (!v || typeof v !== 'object') return false;
  const h = v as Partial<Hint>;
  const b = h.box as Partial<Box> | undefined;
  const roles = h.roles as Record<string, unknown> | undefined;
  return (
    finite(h.vw) && finite(h.vh) && finite(h.dpr) && typeof h.lang === 'string' && typeof h.meeting === 'boolean' && finite(h.at) &&
    !!b && finite(b.x) && finite(b.y) && finite(b.w) && finite(b.h) && b.w > 0 && b.h > 0 &&
    !!roles && ROLES.every((r) => typeof roles[r] === 'string' && (roles[r] as string).length <= 4)
  );
}

/** The stored hints, keeping only well-formed ones (anything else in storage is ignored). */
export function parseHints(raw: string | null): Record<string, Hint> {
  const out: Record<string, Hint> = {};
  if (!raw) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return out;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return out;
  for (const [id, h] of Object.entries(parsed as Record<string, unknown>)) if (validHint(h)) out[id] = h;
  return out;
}

export const sameScreen = (a: Screen, b: Screen): boolean =>
  a.vw === b.vw && a.vh === b.vh && a.dpr === b.dpr && a.lang === b.lang && a.meeting === b.meeting;

/** The hint for this board if it was written on the same screen, else null. */
export function hintFor(raw: string | null, boardId: string, screen: Screen): Hint | null {
  const h = parseHints(raw)[boardId];
  return h && sameScreen(h, screen) ? h : null;
}

/** The stored text with this board's hint set, the oldest dropped beyond MAX_HINTS. */
export function withHint(raw: string | null, boardId: string, hint: Hint): string {
  const all = { ...parseHints(raw), [boardId]: hint };
  const kept = Object.entries(all).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_HINTS);
  return JSON.stringify(Object.fromEntries(kept));
}

export function withoutHint(raw: string | null, boardId: string): string {
  const all = parseHints(raw);
  delete all[boardId];
  return JSON.stringify(all);
}

// Storage can be off (private mode, a policy): then there is simply no early drawing.
function read(): string | null {
  try {
    return localStorage.getItem(HINT_KEY);
  } catch {
    return null;
  }
}

function write(value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(HINT_KEY);
    else localStorage.setItem(HINT_KEY, value);
  } catch {
    // Not remembered: the next visit draws the board the usual way.
  }
}

export const loadHint = (boardId: string, screen: Screen): Hint | null => hintFor(read(), boardId, screen);
export const saveHint = (boardId: string, hint: Hint): void => write(withHint(read(), boardId, hint));
export const dropHint = (boardId: string): void => {
  const raw = read();
  if (raw && parseHints(raw)[boardId]) write(withoutHint(raw, boardId));
};
export const clearHints = (): void => write(null);
