// Which layout a board gets. A large board's full layout (largeLayout.ts) runs in a worker and
// needs no Cytoscape or fcose there or here; only boards up to LARGE_BOARD people, or a layout
// that must keep given positions, load fcose (layout.ts).
import { largeLayout } from './largeLayout.js';
import { dropLayoutWorker, layoutInWorker } from './layoutWorker.js';
import { LARGE_BOARD, type LayoutInput, type Positions } from './sizes.js';

/** A large board laid out from scratch: largeLayout, in the worker when there is one. */
export function isLargeLayout(input: LayoutInput): boolean {
  return input.nodes.length > LARGE_BOARD && !input.fixed && !input.initial;
}

export async function runLayout(input: LayoutInput): Promise<Positions> {
  if (isLargeLayout(input)) {
    if (typeof Worker !== 'undefined') {
      try {
        return await layoutInWorker(input);
      } catch {
        dropLayoutWorker();
      }
    }
    // About half a second for 1,000 people: a stall, but only when the worker cannot run.
    return largeLayout(input);
  }
  const { computeLayout } = await import('./layout.js');
  return computeLayout(input);
}
