// The requests the first page needs leave at once (firstRequests.ts), and a board's page code is
// fetched alongside them. In a build this is an entry of its own with its own script tag ahead of
// the app's (vite.config.ts, bootFirst): as the first import of main.tsx it ran only after the
// main chunk's shared code (React, Apollo, i18n) had been evaluated. main.tsx still imports it:
// the same module, evaluated once, and what the dev server runs. It imports nothing the app does
// not load through it (pages.tsx takes prefetchBoard from here): a module both used would go to a
// chunk of its own, one more request before these leave.
import { prefetchBoard, prefetchMe } from './firstRequests.js';
import { boardIdAt } from './boardAddress.js';
import { savedLanguage } from '../i18n/lang.js';

// On a board's page predraw/first.ts may have sent both already (to draw the board before the
// app loads): then they are not sent again.
export { prefetchBoard };

const lang = savedLanguage();
prefetchMe(lang, true);
const board = boardIdAt(window.location.pathname);
if (board) {
  prefetchBoard(board, lang, true);
  void import('../board/BoardPage.js');
  // Cytoscape, unless the board's early drawing brought it (board/cytoscapeLib.ts, which takes
  // either; not imported here, see above).
  if (!(window as { __tavlaFirst?: { cytoscape?: unknown } }).__tavlaFirst?.cytoscape) void import('cytoscape');
}
