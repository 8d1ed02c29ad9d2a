import type { AnalysisEdge, TieFilter, Valence } from './graph.js';

/** A TieFilter with every default made explicit, so results can say exactly what was counted. */
export interface ResolvedFilter {
  types: string[] | null;
  minStrength: number | null;
  valences: Valence[] | null;
  includeHarmful: boolean;
  directed: boolean;
  weighted: boolean;
}

/** Accepts a ResolvedFilter too, so an analysis' own filter can be passed back in. */
export function resolveFilter(filter: TieFilter | ResolvedFilter = {}): ResolvedFilter {
  return {
    types: filter.types ? [...filter.types] : null,
    minStrength: filter.minStrength ?? null,
    valences: filter.valences ? [...filter.valences] : null,
    // Harmful ties are part of the picture by default: they are often the ties that matter.
    includeHarmful: filter.includeHarmful ?? true,
    directed: filter.directed ?? false,
    weighted: filter.weighted ?? false,
  };
}

/**
 * The ties that count under a filter. Self-ties are always dropped: they carry no structure and
 * networkx's core_number rejects them.
 */
export function selectTies(edges: readonly AnalysisEdge[], filter: ResolvedFilter): AnalysisEdge[] {
  const types = filter.types ? new Set(filter.types) : null;
  const valences = filter.valences ? new Set<Valence>(filter.valences) : null;
  return edges.filter(
    (e) =>
      e.source !== e.target &&
      (types === null || types.has(e.type)) &&
      (filter.minStrength === null || e.strength >= filter.minStrength) &&
      (valences === null || valences.has(e.valence)) &&
      (filter.includeHarmful || e.valence !== 'HARMFUL'),
  );
}
