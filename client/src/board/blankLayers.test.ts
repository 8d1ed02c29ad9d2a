import { describe, expect, it } from 'vitest';
import { BLANK_LAYERS, holdBlankLayers } from './blankLayers.js';

/** A Cytoscape container holding canvases with these `data-id`s (Cytoscape's canvas renderer names them so). */
function cyWith(ids: string[], display = '') {
  const canvases = ids.map((id) => ({ id, style: { display } }));
  const cy = {
    container: () => ({
      // The selector names each layer by its exact data-id.
      querySelectorAll: (selector: string) => canvases.filter((c) => selector.includes(`canvas[data-id="${c.id}"]`)),
    }),
  };
  return { cy, canvases };
}

describe('holdBlankLayers', () => {
  it('takes the select-box and drag layers out and puts them back as they were, once', () => {
    const { cy, canvases } = cyWith(['layer0-selectbox', 'layer1-drag', 'layer2-node'], 'block');
    const show = holdBlankLayers(cy);
    expect(canvases.map((c) => c.style.display)).toEqual(['none', 'none', 'block']);
    show();
    expect(canvases.map((c) => c.style.display)).toEqual(['block', 'block', 'block']);
    // Hidden again by someone else: a second call does not touch them.
    canvases[0]!.style.display = 'none';
    show();
    expect(canvases[0]!.style.display).toBe('none');
  });

  it('never hides the layer the board is drawn on', () => {
    const { cy, canvases } = cyWith(['layer0-selectbox', 'layer1-drag', 'layer2-node']);
    holdBlankLayers(cy);
    expect(canvases.find((c) => c.id === 'layer2-node')!.style.display).toBe('');
    expect(BLANK_LAYERS).not.toContain('layer2');
  });

  it('leaves a Cytoscape with other layers alone', () => {
    const other = cyWith(['layer0-selectbox', 'layer2-node']);
    holdBlankLayers(other.cy)();
    expect(other.canvases.map((c) => c.style.display)).toEqual(['', '']);
    const none = { container: () => null };
    expect(() => holdBlankLayers(none)()).not.toThrow();
  });
});
