// The requests the first page needs leave at once (api/prefetch.ts), and a board's page code is
// fetched alongside them. In a build this is an entry of its own with its own script tag ahead of
// the app's (vite.config.ts, bootFirst): as the first import of main.tsx it ran only after the
// main chunk's shared code (React, Apollo, i18n) had been evaluated. main.tsx still imports it:
// the same module, evaluated once, and what the dev server runs. It imports nothing the app does
// not load through it (pages.tsx takes prefetchBoard from here): a module both used would go to a
// chunk of its own, one more request before these leave.
import boardDocument from '../board/board.graphql?raw';
import meDocument from '../graphql/me.graphql?raw';
import { operationText, prefetch, prefetchOnce } from '../api/prefetch.js';
import { boardIdAt } from './boardAddress.js';

let boardText: string | null = null;

/**
 * The board's request, before its page renders: here on a board's address, by pages.tsx when the
 * app goes to one. `once`: not if the same request is still waiting to be taken (sent by
 * predraw/first.ts on this page).
 */
export function prefetchBoard(id: string, lang: string | null, once = false): void {
  boardText ??= operationText([boardDocument], 'Board');
  (once ? prefetchOnce : prefetch)('Board', boardText, { id, asOf: null }, lang);
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem('tavla.lang');
  } catch {
    return null;
  }
}

// On a board's page predraw/first.ts may have sent both already (to draw the board before the
// app loads): then they are not sent again.
const lang = savedLanguage();
prefetchOnce('Me', operationText([meDocument], 'Me'), {}, lang);
const board = boardIdAt(window.location.pathname);
if (board) {
  prefetchBoard(board, lang, true);
  void import('../board/BoardPage.js');
}
