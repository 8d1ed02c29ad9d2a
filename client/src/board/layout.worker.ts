// The layout worker: fcose for large boards, off the main thread.
import { computeLayout, type LayoutInput } from './layout.js';

self.addEventListener('message', (e: MessageEvent<{ id: number; input: LayoutInput }>) => {
  try {
    self.postMessage({ id: e.data.id, positions: computeLayout(e.data.input) });
  } catch (err) {
    self.postMessage({ id: e.data.id, error: err instanceof Error ? err.message : String(err) });
  }
});
