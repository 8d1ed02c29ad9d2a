// Imported first by main.tsx, so it runs before any other module of the app is evaluated: the
// requests the first page needs leave at once (api/prefetch.ts), and a board's page code is
// fetched alongside them.
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
