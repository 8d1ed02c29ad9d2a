// Shared by the page and the layout code without pulling the layout (fcose) into the first load.
import type { Position } from './model.js';

/** Above this many people a board is "large": drawn plainly, laid out in a worker at draft quality. */
export const LARGE_BOARD = 250;

export type Positions = Record<string, Position>;
