// How the board's Cytoscape is made: the same for the app's canvas and for the board's early
// drawing (predraw/), which the canvas takes over as it is.
import type { CytoscapeOptions } from 'cytoscape';
import { boardStyle } from './style.js';

export function cyOptions(container: HTMLElement, meeting: boolean, large: boolean): CytoscapeOptions {
  return {
    container,
    // Created empty, elements come later at their saved places: Cytoscape's default would run
    // its grid layout on nothing (about 10 ms of cold code on the board's way to the screen).
    layout: { name: 'null' },
    style: boardStyle(meeting, large),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
    // Large boards: draw a snapshot while panning/zooming so it stays smooth.
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
  };
}
