// The client is one bundle served by the Tavla server from client/dist (same origin, strict
// CSP: no inline scripts, so nothing here may inline a script into index.html).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  build: {
    // `vite build --mode profile`: readable stacks for profiling the board.
    minify: mode !== 'profile',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Keep modulepreload polyfill out: it is an inline script in some setups.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
}));
