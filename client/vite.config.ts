// The client is one bundle served by the Tavla server from client/dist (same origin, strict
// CSP: no inline scripts, so nothing here may inline a script into index.html).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * V8's explicit compile hint on every chunk: Chromium (136 on) compiles all of a chunk's
 * functions as it loads it, off the main thread, and keeps them all in its code cache. Without
 * it each function is compiled on the main thread the first time it is called, and the code
 * cache holds only what ran while the chunk was evaluated: opening a board from the list of
 * boards (its chunk loaded while the list was idle) paid for compiling React's, Apollo's and
 * Cytoscape's drawing code on the way to the first frame. Measured build against build: demo
 * board from the list 280 / 264 → 241 / 239 ms; opening a board at its address unchanged
 * (docs/board.md). Other browsers ignore the comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

function compileHints(): Plugin {
  return {
    name: 'tavla-compile-hints',
    apply: 'build',
    // On the files as written: Vite's own last steps put code in front of some chunks, and the
    // layout worker is bundled on its own and comes here as an asset.
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.endsWith('.js')) continue;
        const file = join(options.dir!, fileName);
        const code = readFileSync(file, 'utf8');
        // The magic comment counts only on the file's first line.
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(file, `${COMPILE_HINT}\n${code}`);
      }
    },
  };
}
export default defineConfig(({ mode }) => ({
  plugins: [react(), bootFirst(), compileHints()],
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
      output: {
        // Cytoscape in a chunk of its own, apart from the board page's code: Chromium compiles
        // each script on one background thread as it streams in, and a board opened at its
        // address waits for the slowest of them. Two chunks are compiled on two threads at once.
        // Measured build against build: demo board at its address 478 / 453 → 443 / 426 ms;
        // opened from the list unchanged (docs/board.md).
        codeSplitting: { groups: [{ name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ }] },
      },
    },
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
}));
