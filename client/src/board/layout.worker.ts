// The layout worker: a large board's full layout (largeLayout.ts), off the main thread.
import { largeLayout } from './largeLayout.js';
import type { LayoutInput } from './sizes.js';

self.addEventListener('message', (e: MessageEvent<{ id: number; input: LayoutInput }>) => {
  try {
    self.postMessage({ id: e.data.id, positions: largeLayout(e.data.input) });
  } catch (err) {
    self.postMessage({ id: e.data.id, error: err instanceof Error ? err.message : String(err) });
  }
});
