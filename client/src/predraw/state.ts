// What first.ts, predraw.ts and the app hand each other on a board's page. They are three
// separate scripts (two classic ones and the app's modules), so it goes through one global.
import type { Core } from 'cytoscape';
import type { Cytoscape } from '../board/cytoscapeLib.js';
import type { Hint } from './hint.js';

export interface Predrawn {
  boardId: string;
  meeting: boolean;
  cy: Core;
  /** Cytoscape's container, to be moved into the app's canvas. */
  container: HTMLElement;
  /** Takes the early drawing's own box and overlays off the page (Cytoscape stays). */
  release(): void;
}

export interface FirstState {
  boardId: string;
  hint: Hint;
  /** Loads the app (once): at once when there is nothing to draw early, else once it is drawn. */
  startApp(): void;
  /** Whether the app has been loaded (the early drawing then stays out of its way). */
  appStarted(): boolean;
  drawn: Predrawn | null;
  /** Cytoscape as the early drawing's script brought it, for the app to use (board/cytoscapeLib.ts). */
  cytoscape?: Cytoscape;
}

declare global {
  interface Window {
    __tavlaFirst?: FirstState;
  }
}

export const firstState = (): FirstState | undefined => (typeof window === 'undefined' ? undefined : window.__tavlaFirst);
