// Cytoscape's four element texture caches (node bodies, labels, edge source and target labels).
// Two of the board's changes to its renderer switch one of their methods off for a moment and
// then give it back: reconcile.ts (flushUntold) and firstFrame.ts (drawNextFrameDirect).

/** Where the renderer keeps them (`renderer().data`). */
export const TEXTURE_CACHES = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'] as const;

/**
 * The four caches, if each has `method` as Cytoscape's own (a function on its prototype, not
 * replaced already); otherwise null: another shape of Cytoscape, or one already switched.
 */
export function untouchedCaches<C extends object>(data: Record<string, C | undefined> | undefined, method: string): C[] | null {
  const caches = TEXTURE_CACHES.map((k) => data?.[k]);
  return caches.every((c) => c && typeof (c as Record<string, unknown>)[method] === 'function' && !Object.hasOwn(c, method)) ? (caches as C[]) : null;
}
