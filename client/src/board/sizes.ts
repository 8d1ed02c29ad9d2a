// Shared by the page and the layout code without pulling the layout (fcose) into the first load.
import type { Position } from './model.js';

/** Above this many people a board is "large": drawn plainly, laid out by largeLayout.ts in a worker. */
export const LARGE_BOARD = 250;

export type Positions = Record<string, Position>;

export interface LayoutInput {
  nodes: { id: string; group?: boolean }[];
  edges: { source: string; target: string; weight?: number }[];
  /** Positions to keep (the rest are placed around them). Boards up to LARGE_BOARD only. */
  fixed?: Record<string, Position>;
}
