// The client is one bundle served by the Tavla server from client/dist (same origin, strict
// CSP: no inline scripts, so nothing here may inline a script into index.html).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { boardHtml } from './src/predraw/boardHtml.js';

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
/**
 * A board's page (board.html, served at /boards/<id>): index.html with the app's script and
 * preload tags replaced by one classic script, predraw/first.ts, which loads them itself: at once,
 * or once predraw/predraw.ts has drawn the board (docs/board.md, *The board drawn before the
 * app*). Both are built here as classic scripts (iife), since Chromium reads a classic script's
 * code cache back and never a module's; both carry the compile hint.
 */
function boardPage(mode: string): Plugin {
  const classic = async (name: string, entry: string): Promise<{ file: string; code: string }> => {
    const out = await build({
      configFile: false,
      logLevel: 'warn',
      mode,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        write: false,
        minify: mode !== 'profile',
        lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['iife'], name: `tavla_${name}`, fileName: () => `${name}.js` },
      },
    });
    const chunk = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error(`no ${name} chunk`);
    const code = `${COMPILE_HINT}\n${chunk.code}`;
    const file = `assets/${name}-${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`;
    return { file, code };
  };
  return {
    name: 'tavla-board-page',
    apply: 'build',
    async writeBundle(options) {
      const dir = options.dir!;
      const files: Record<string, string> = {};
      for (const [name, entry] of [['first', 'src/predraw/first.ts'], ['predraw', 'src/predraw/predraw.ts']] as const) {
        const { file, code } = await classic(name, entry);
        writeFileSync(join(dir, file), code);
        files[name] = file;
      }
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      writeFileSync(join(dir, 'board.html'), boardHtml(html, `/${files.first}`, `/${files.predraw}`));
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), bootFirst(), compileHints(), boardPage(mode)],
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
