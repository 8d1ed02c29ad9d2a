// The opened page's own content goes first. On a board's address, secondary reads (the header's
// notifications, the board's closure state and overdue count) wait until the board is drawn: on a
// small machine they competed with the board's query and its drawing for the same cores, and on
// the server for the same process. Anywhere else, and at the latest after 3 s, they go at once.
import { useEffect, useState } from 'react';
import { parseRoute } from './router.js';

const LATEST_MS = 3000;

let isSettled = false;
let resolveSettled!: () => void;
const settledPromise = new Promise<void>((r) => (resolveSettled = r));

/** Called once the board is drawn (or by the timeout): the secondary reads may go. */
export function markSettled(): void {
  if (isSettled) return;
  isSettled = true;
  resolveSettled();
}

if (typeof window === 'undefined' || parseRoute(window.location.pathname).name !== 'board') markSettled();
else window.setTimeout(markSettled, LATEST_MS);

export function settled(): Promise<void> {
  return settledPromise;
}

/** For `skip: !useSettled()` on a secondary query. */
export function useSettled(): boolean {
  const [now, setNow] = useState(isSettled);
  useEffect(() => {
    if (!now) void settledPromise.then(() => setNow(true));
  }, [now]);
  return now;
}
