// Which ties the analysis counts: the ones the board's filters show by type, strength and valence,
// on the day the board shows. The server's filter has no agency field, so the agency filter
// cannot apply to the analysis (the panel says so). `countedTies` is the same rule on the
// client's copy, for the what-if marks, which must agree with the server's numbers.
import type { TieFilterInput } from '../../generated/graphql.js';
import type { Filters } from '../filters.js';
import type { Tie } from '../model.js';
import { TIE_TYPES, VALENCES } from '../palette.js';

export function analysisFilter(f: Filters, asOf: string | null): TieFilterInput | null {
  const out: TieFilterInput = {};
  if (f.hiddenTypes.length) out.types = TIE_TYPES.filter((t) => !f.hiddenTypes.includes(t));
  if (f.minStrength > 1) out.minStrength = f.minStrength;
  if (f.hiddenValences.length) out.valences = VALENCES.filter((v) => !f.hiddenValences.includes(v));
  if (asOf) out.asOf = asOf;
  return Object.keys(out).length ? out : null;
}

/** The agency filter is on, and the analysis cannot follow it. */
export const agencyFilterIgnored = (f: Filters): boolean => f.hiddenAgencies.length > 0;

type Countable = Pick<Tie, 'sourceId' | 'targetId' | 'type' | 'strength' | 'valence'>;

/** The server's rule for one tie (planned ones too): type, strength and valence; never a self-tie. */
export const counts = (t: Countable, f: Filters): boolean =>
  t.sourceId !== t.targetId && t.strength >= f.minStrength && !f.hiddenTypes.includes(t.type) && !f.hiddenValences.includes(t.valence);

export function countedTies<T extends Countable>(ties: readonly T[], f: Filters): T[] {
  return ties.filter((t) => counts(t, f));
}

/** A stable text for "the same filter": reload when it changes. */
export const filterKey = (input: TieFilterInput | null): string => JSON.stringify(input ?? {});
