// Which layout a board gets. A large board's full layout (largeLayout.ts) runs in a worker and
// needs no layout code on the main thread (unless the worker fails); only boards up to
// LARGE_BOARD people load fcose (layout.ts). Light enough to start a layout from the data hook
// (firstLayout.ts).
import { dropLayoutWorker, layoutInWorker } from './layoutWorker.js';
import { LARGE_BOARD, type LayoutInput, type Positions } from './sizes.js';

/** A large board: largeLayout, in the worker when there is one; up to LARGE_BOARD nodes: fcose. */
export async function runLayout(input: LayoutInput): Promise<Positions> {
  if (input.nodes.length > LARGE_BOARD) {
    if (typeof Worker !== 'undefined') {
      try {
        return await layoutInWorker(input);
      } catch {
        dropLayoutWorker();
      }
    }
    // About half a second for 1,000 people: a stall, but only when the worker cannot run.
    const { largeLayout } = await import('./largeLayout.js');
    return largeLayout(input);
  }
  const { computeLayout } = await import('./layout.js');
  return computeLayout(input);
}
