// The analysis module's input: a board's people and ties as the caller fetched them
// (already cut to the as-of date). Everything in server/src/analysis is pure over this shape.

export type Valence = 'SUPPORTIVE' | 'HARMFUL' | 'AMBIVALENT';

export interface AnalysisNode {
  id: string;
  alias?: string;
  groupIds?: string[];
}

export interface AnalysisEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  strength: number;
  valence: Valence;
  directed: boolean;
}

export interface AnalysisGraph {
  nodes: AnalysisNode[];
  edges: AnalysisEdge[];
}

export interface TieFilter {
  types?: string[];
  minStrength?: number;
  valences?: Valence[];
  includeHarmful?: boolean;
  /** default false: treat all ties as undirected */
  directed?: boolean;
  /** default false */
  weighted?: boolean;
}

/** Thrown when the input graph is inconsistent (a tie naming an unknown person, a bad id). */
export class AnalysisInputError extends Error {
  constructor(
    readonly code: 'UNKNOWN_PERSON' | 'UNKNOWN_TIE' | 'DUPLICATE_PERSON' | 'BAD_STEPS',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'AnalysisInputError';
  }
}
