// Pure helpers of the factor panels: the catalogue grouped for the picker, the direction and
// meaning of a change, and a group profile split into risk and protective rows.
import type { FactorDomain, FactorKind } from '../../generated/graphql.js';

/** The order the picker and the tables show: protective first (what to build on), then risk. */
export const KINDS: FactorKind[] = ['PROTECTIVE', 'RISK'];
export const DOMAINS: FactorDomain[] = ['INDIVIDUAL', 'PEERS', 'FAMILY', 'SCHOOL', 'COMMUNITY'];
export const LEVELS = [0, 1, 2, 3] as const;

export interface CatalogueFactor {
  id: string;
  kind: FactorKind;
  domain: FactorDomain;
  name: string;
}

export interface FactorGroup<F> {
  kind: FactorKind;
  domain: FactorDomain;
  factors: F[];
}

/** Factors by kind, then domain, names in the language's alphabetical order; empty groups left out. */
export function groupCatalogue<F extends CatalogueFactor>(factors: readonly F[], lang: string): FactorGroup<F>[] {
  const out: FactorGroup<F>[] = [];
  for (const kind of KINDS) {
    for (const domain of DOMAINS) {
      const list = factors.filter((f) => f.kind === kind && f.domain === domain).sort((a, b) => a.name.localeCompare(b.name, lang));
      if (list.length) out.push({ kind, domain, factors: list });
    }
  }
  return out;
}

export type Direction = 'up' | 'down' | 'same' | 'first';

/** A change in level or count: null means there was nothing to compare with. */
export function direction(change: number | null | undefined): Direction {
  if (change === null || change === undefined) return 'first';
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/** Whether a change is for the better: a risk going down or a protective factor going up. */
export function meaning(kind: FactorKind, change: number | null | undefined): 'better' | 'worse' | null {
  const d = direction(change);
  if (d === 'up') return kind === 'PROTECTIVE' ? 'better' : 'worse';
  if (d === 'down') return kind === 'PROTECTIVE' ? 'worse' : 'better';
  return null;
}

/** The arrow drawn beside the text (never alone: the words say the same). */
export const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', same: '→', first: '•' };

/** A profile's rows split by kind, each by domain order then name (the server's order kept within). */
export function splitByKind<R extends { factor: CatalogueFactor }>(rows: readonly R[]): Record<FactorKind, R[]> {
  const byDomain = (a: R, b: R) => DOMAINS.indexOf(a.factor.domain) - DOMAINS.indexOf(b.factor.domain);
  return {
    PROTECTIVE: rows.filter((r) => r.factor.kind === 'PROTECTIVE').sort(byDomain),
    RISK: rows.filter((r) => r.factor.kind === 'RISK').sort(byDomain),
  };
}
