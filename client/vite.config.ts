// The client is one bundle served by the Tavla server from client/dist (same origin, strict
// CSP: no inline scripts, so nothing here may inline a script into index.html).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * app/boot.ts as its own entry, loaded by an async script tag of its own ahead of the app's: a module
 * script runs only once everything it imports has been evaluated, so as a part of the main chunk
 * the first requests left only after React, Apollo and i18n were evaluated (80–150 ms here).
 * main.tsx still imports it (the same module: evaluated once; and the dev server needs it).
 */
function bootFirst(): Plugin {
  return {
    name: 'tavla-boot-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        if (!boot) return html;
        // Async: it runs as soon as it is loaded, not in document order after the app's other
        // modules have been fetched (measured: demo board opened 13–56 ms sooner, three rounds).
        // The app's entry imports it too; a module is evaluated once, whichever asks first.
        return html.replace(/<script type="module"/, `<script type="module" async crossorigin src="/${boot.fileName}"></script>\n    $&`);
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), bootFirst()],
  build: {
    // `vite build --mode profile`: readable stacks for profiling the board.
    minify: mode !== 'profile',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Keep modulepreload polyfill out: it is an inline script in some setups.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        boot: fileURLToPath(new URL('src/app/boot.ts', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
}));
