// A window handle for the browser tests (positions, styles, counts), in non-production builds
// only: Vite replaces import.meta.env.MODE at build time, so production bundles drop this code.
export function exposeForTests(api: Record<string, unknown>): () => void {
  if (import.meta.env.MODE === 'production') return () => undefined;
  (window as unknown as { __tavla?: Record<string, unknown> }).__tavla = api;
  return () => {
    delete (window as unknown as { __tavla?: Record<string, unknown> }).__tavla;
  };
}
