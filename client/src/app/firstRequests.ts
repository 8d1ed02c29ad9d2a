// The two requests a page needs first, "who am I" and, on a board's address, the board, with the
// text of their .graphql files (api/prefetch.ts). Sent by app/boot.ts, and on a board's page
// before it by predraw/first.ts; the app takes whichever answer is waiting.
import boardDocument from '../board/board.graphql?raw';
import meDocument from '../graphql/me.graphql?raw';
import { operationText, prefetch, prefetchOnce } from '../api/prefetch.js';

let meText: string | null = null;
let boardText: string | null = null;

const send = (once: boolean) => (once ? prefetchOnce : prefetch);

/** `once`: not if the same request is still waiting to be taken (sent earlier on this page). */
export function prefetchMe(lang: string | null, once = false): void {
  meText ??= operationText([meDocument], 'Me');
  send(once)('Me', meText, {}, lang);
}

/** The board's request, before its page renders: on a board's address, or when the app goes to one. */
export function prefetchBoard(id: string, lang: string | null, once = false): void {
  boardText ??= operationText([boardDocument], 'Board');
  send(once)('Board', boardText, { id, asOf: null }, lang);
}
