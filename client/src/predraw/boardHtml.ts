// Build step (vite.config.ts, boardPage): a board's page is index.html with the app's module
// scripts and module preloads taken out and handed to predraw/first.ts, which loads them itself.

/** A tag first.ts puts back: a module script, or a module preload. */
export type AppTag = ['script' | 'preload', string];

const TAG = /[ \t]*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\n?|[ \t]*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\n?/g;

const attribute = (v: string) => v.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');

/** board.html from index.html; `first` and `predraw` are the two classic scripts' paths. */
export function boardHtml(indexHtml: string, first: string, predraw: string): string {
  const app: AppTag[] = [];
  let at = -1;
  const rest = indexHtml.replace(TAG, (_m, src: string | undefined, href: string | undefined, offset: number) => {
    if (at < 0) at = offset;
    app.push(src ? ['script', src] : ['preload', href!]);
    return '';
  });
  if (at < 0 || !app.some(([kind]) => kind === 'script')) throw new Error('board.html: index.html has no module script');
  // The early drawing's script is not preloaded: first.ts asks for it when it has something to
  // draw. Chromium compiles a preloaded classic script as it streams in, used or not, and on a
  // page that is not drawn early (a board's first visit, a large board) that took a core for
  // about 230 ms while the app's own scripts were being compiled (docs/board.md).
  const tags = `    <script src="${first}" data-predraw="${predraw}" data-app='${attribute(JSON.stringify(app))}'></script>\n`;
  return rest.slice(0, at) + tags + rest.slice(at);
}
