// Ties whose legal basis the user may not pass on (the server's Tie.exportable: police §115 under
// police-115-stays; consent-gated and statute-shared data, which no rule lets anyone export) are
// in no picture of the board: they are taken out of the drawing while a file is made and put back
// after. The access-log record says so (filter.withoutUnexportable); the server refuses a picture
// whose filter does not leave them out (server/src/exports/unexportable.ts).
import type { Core } from 'cytoscape';

export const NO_EXPORT_EDGES = 'edge[noExport = 1]';

/** How many of the ties drawn (not hidden by the filter) may not be passed on. */
export function unexportableCount(cy: Core): number {
  return cy.edges(NO_EXPORT_EDGES).filter((e) => e.visible()).length;
}

/** Runs `draw` with those ties out of the drawing; returns its result. */
export async function withoutUnexportable<T>(cy: Core, draw: () => T | Promise<T>): Promise<T> {
  const out = cy.edges(NO_EXPORT_EDGES).filter((e) => e.visible());
  // A bypass style, removed after: the board's own stylesheet and classes stay as they were.
  out.style('display', 'none');
  try {
    return await draw();
  } finally {
    out.removeStyle('display');
  }
}
