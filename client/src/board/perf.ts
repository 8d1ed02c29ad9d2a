// Performance marks the benchmark reads (scripts/bench/board-render.ts): cheap, and harmless
// in production.
// Drawn: the board is on the screen (the first frame of the app's canvas, or of the board's early
// drawing, predraw/). Ready: the app's canvas has it and answers to the mouse and keyboard.
export const DRAWN_MARK = 'tavla:board-drawn';
export const READY_MARK = 'tavla:board-ready';
export const DATA_MARK = 'tavla:board-data';

/**
 * Sets the drawn mark in the frame after Cytoscape's next render, when that render's frame (with
 * the overlay painted in it, oncePerFrame.ts) is on the screen, then runs `then`.
 */
export function markDrawnAfterRender(cy: { one(event: 'render', f: () => void): unknown }, then: () => void): void {
  cy.one('render', () =>
    requestAnimationFrame(() => {
      performance.mark(DRAWN_MARK);
      then();
    }),
  );
}

/**
 * Resolves at the next "board drawn" mark, or after `capMs`: work that would compete with
 * drawing for the same two cores (saving a first layout's 1,000 positions) waits for it.
 */
export function nextDrawn(capMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, capMs);
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(DRAWN_MARK).length) finish();
      });
      observer.observe({ type: 'mark' });
    } catch {
      finish();
    }
  });
}
