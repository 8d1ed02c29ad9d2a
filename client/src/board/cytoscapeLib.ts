// Which copy of Cytoscape the board page uses. On a board drawn before the app (predraw/), the
// early drawing's script brought one, already evaluated and compiled (read from Chromium's code
// cache): the app uses that one instead of loading its own chunk (435 KB) and evaluating it after
// the board is on the screen, which held back the board's answering to the mouse and keyboard
// (docs/board.md). Anywhere else it is Cytoscape's own chunk, asked for alongside the board page's
// code (pages.tsx, loadBoardPage; app/boot.ts on a board's address), never after it.
import type cytoscapeLib from 'cytoscape';
import { firstState } from '../predraw/state.js';

export type Cytoscape = typeof cytoscapeLib;

let loading: Promise<Cytoscape> | null = null;
let loaded: Cytoscape | null = null;

/** The copy to use: the early drawing's if it brought one, else Cytoscape's own chunk. */
export function loadCytoscape(): Promise<Cytoscape> {
  if (!loading) {
    const early = firstState()?.cytoscape;
    loading = early ? Promise.resolve(early) : import('cytoscape').then((m) => m.default);
    void loading.then((lib) => (loaded = lib), () => (loading = null));
  }
  return loading;
}

/** The copy `loadCytoscape` gave; the board page's code runs only once it has (loadBoardPage). */
export function cytoscapeLoaded(): Cytoscape {
  if (!loaded) throw new Error('Cytoscape is not loaded yet (pages.tsx, loadBoardPage)');
  return loaded;
}
