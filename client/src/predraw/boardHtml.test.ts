import { describe, expect, it } from 'vitest';
import { boardHtml } from './boardHtml.js';

const index = `<!doctype html>
<html lang="en">
  <head>
    <title>Tavla</title>
    <script type="module" async crossorigin src="/assets/boot-A.js"></script>
    <script type="module" crossorigin src="/assets/index-B.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-C.js">
    <link rel="modulepreload" crossorigin href="/assets/boot-A.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('boardHtml', () => {
  it('hands the app’s scripts and preloads, in order, to the first script, which takes their place', () => {
    const html = boardHtml(index, '/assets/first-E.js', '/assets/predraw-F.js');
    expect(html).not.toMatch(/type="module"|modulepreload/);
    const first = /<script src="\/assets\/first-E\.js" data-predraw="\/assets\/predraw-F\.js" data-app='([^']+)'><\/script>/.exec(html);
    expect(first).not.toBeNull();
    expect(JSON.parse(first![1]!)).toEqual([
      ['script', '/assets/boot-A.js'], ['script', '/assets/index-B.js'], ['preload', '/assets/runtime-C.js'], ['preload', '/assets/boot-A.js'],
    ]);
    // Where the first of them was, before the styles; the early drawing's script is only named
    // (first.ts loads it when it draws early: a preload is compiled whether it runs or not).
    expect(html.indexOf('first-E.js')).toBeLessThan(html.indexOf('index-D.css'));
    expect(html).not.toMatch(/rel="preload"/);
    expect(html).toContain('<title>Tavla</title>');
    expect(html).toContain('<div id="root"></div>');
  });

  it('refuses a page without a module script (a build that changed shape)', () => {
    expect(() => boardHtml('<html><head></head><body></body></html>', '/f.js', '/p.js')).toThrow(/no module script/);
  });
});
