// The layout worker, on its own so that starting it does not need the layout code on the main
// thread: a large board never laid out starts its layout (runLayout.ts) the moment its data is in
// (firstLayout.ts), while the page is still rendering.
import type { LayoutInput, Positions } from './sizes.js';

let worker: Worker | null = null;
let seq = 0;

export function layoutInWorker(input: LayoutInput): Promise<Positions> {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      if (e.data.id !== id) return;
      done();
      if (e.data.positions) resolve(e.data.positions);
      else reject(new Error(e.data.error ?? 'layout failed'));
    };
    // A worker that cannot load its script would otherwise leave the layout waiting for ever.
    const onError = () => {
      done();
      reject(new Error('layout worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, input });
  });
}

/** After a failure: the next layout starts a fresh worker. */
export function dropLayoutWorker(): void {
  worker?.terminate();
  worker = null;
}
