// The first script of a board's page (board.html, built as a classic script by vite.config.ts,
// classicEntries). Where this browser has drawn the board before on the same screen (hint.ts),
// it sends the board's two requests and loads predraw.ts, which draws the board with Cytoscape
// alone; the app's modules are loaded only once the board is on the screen, since compiling them
// takes the same two cores the drawing needs. Anywhere else it loads the app at once, and the app
// goes on as on any other page. A classic script, so that Chromium reads its code cache back
// (it does not for module scripts); and small, since every board page waits for it.
import { prefetchBoard, prefetchMe } from '../app/firstRequests.js';
import { boardIdAt } from '../app/boardAddress.js';
import { initialLanguage, savedLanguage } from '../i18n/lang.js';
import { readMeeting } from '../board/meetingFlag.js';
import { loadHint } from './hint.js';
import type { AppTag } from './boardHtml.js';

/** The longest the early drawing may hold the app back (a slow answer, a script that failed). */
export const EARLY_DRAW_LIMIT_MS = 1500;

const self = document.currentScript as HTMLScriptElement;

let started = false;
function startApp(): void {
  if (started) return;
  started = true;
  const tags = JSON.parse(self.dataset.app ?? '[]') as AppTag[];
  for (const [kind, href] of tags) {
    let el: HTMLScriptElement | HTMLLinkElement;
    if (kind === 'script') {
      el = document.createElement('script');
      el.type = 'module';
      el.src = href;
    } else {
      el = document.createElement('link');
      el.rel = 'modulepreload';
      el.href = href;
    }
    el.crossOrigin = '';
    document.head.append(el);
  }
}

function begin(): void {
  const id = boardIdAt(location.pathname);
  // Only the board as it opens by default: an address with anything more is the app's.
  const hint = id && !location.search && !location.hash
    ? loadHint(id, { vw: innerWidth, vh: innerHeight, dpr: devicePixelRatio, lang: initialLanguage(), meeting: readMeeting() })
    : null;
  if (!id || !hint || !self.dataset.predraw) return startApp();
  const lang = savedLanguage();
  // The same requests as app/boot.ts (firstRequests.ts): the app takes these answers.
  prefetchMe(lang);
  prefetchBoard(id, lang);
  window.__tavlaFirst = { boardId: id, hint, startApp, appStarted: () => started, drawn: null };
  const script = document.createElement('script');
  script.src = self.dataset.predraw;
  script.onerror = startApp;
  document.head.append(script);
  setTimeout(startApp, EARLY_DRAW_LIMIT_MS);
}

try {
  begin();
} catch {
  startApp();
}
