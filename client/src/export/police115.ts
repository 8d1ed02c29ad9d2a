// Ties the police shared under §115 may not be passed on (policy rule police-115-stays), so no
// picture of the board holds them: they are taken out of the drawing while a file is made and put
// back after. The access-log record says so (filter.withoutPolice115); the server refuses a
// picture whose filter does not leave them out (server/src/exports/police115.ts).
import type { Core } from 'cytoscape';

export const POLICE_115_EDGES = 'edge[police115 = 1]';

/** How many ties of the drawing are police §115 ties (shown or not). */
export function police115Count(cy: Core): number {
  return cy.edges(POLICE_115_EDGES).filter((e) => e.visible()).length;
}

/** Runs `draw` with the police §115 ties out of the drawing; returns its result. */
export async function withoutPolice115<T>(cy: Core, draw: () => T | Promise<T>): Promise<T> {
  const out = cy.edges(POLICE_115_EDGES).filter((e) => e.visible());
  // A bypass style, removed after: the board's own stylesheet and classes stay as they were.
  out.style('display', 'none');
  try {
    return await draw();
  } finally {
    out.removeStyle('display');
  }
}
