// Performance marks the benchmark reads (scripts/bench/board-render.ts): cheap, and harmless
// in production.
export const DRAWN_MARK = 'tavla:board-drawn';
export const DATA_MARK = 'tavla:board-data';
