// Two of Cytoscape's three canvases, its select-box and drag layers, stay blank until someone
// drags a box or a node. When a frame first shows a canvas, Chromium's commit of that frame asks
// the GPU process for the canvas's buffer and waits for the answer (about 2.5–3 ms per canvas on
// this machine, seen in a trace), and the board's first frame is the one the page waits for. So
// these two are kept out of the page until that frame is on the screen (docs/board.md).

/** Cytoscape's names for the two layers (its canvas renderer's `data-id`s). */
export const BLANK_LAYERS = 'canvas[data-id="layer0-selectbox"], canvas[data-id="layer1-drag"]';

interface Layer {
  style: { display: string };
}

interface HasContainer {
  container(): { querySelectorAll(selector: string): ArrayLike<Layer> } | null;
}

/**
 * Takes the blank layers out of the page now; the function returned puts them back (once, and
 * it may be called any number of times). A Cytoscape without exactly these two is left alone.
 */
export function holdBlankLayers(cy: HasContainer): () => void {
  const layers = Array.from(cy.container()?.querySelectorAll(BLANK_LAYERS) ?? []);
  if (layers.length !== 2) return () => {};
  const before = layers.map((l) => l.style.display);
  for (const l of layers) l.style.display = 'none';
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    layers.forEach((l, i) => (l.style.display = before[i]!));
  };
}
