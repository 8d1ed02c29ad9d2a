// The requests the first page needs leave at once (api/prefetch.ts), and a board's page code is
// fetched alongside them. In a build this is an entry of its own with its own script tag ahead of
// the app's (vite.config.ts, bootFirst): as the first import of main.tsx it ran only after the
// main chunk's shared code (React, Apollo, i18n) had been evaluated. main.tsx still imports it:
// the same module, evaluated once, and what the dev server runs.
import boardDocument from '../board/board.graphql?raw';
import meDocument from '../graphql/me.graphql?raw';
import { operationText, prefetch } from '../api/prefetch.js';

function savedLanguage(): string | null {
  try {
    return localStorage.getItem('tavla.lang');
  } catch {
    return null;
  }
}

const lang = savedLanguage();
prefetch('Me', operationText([meDocument], 'Me'), {}, lang);
const board = /^\/boards\/([^/]+)\/?$/.exec(window.location.pathname);
if (board) {
  prefetch('Board', operationText([boardDocument], 'Board'), { id: decodeURIComponent(board[1]!), asOf: null }, lang);
  void import('../board/BoardPage.js');
}
