// What an import will write, worked out before writing: which of the file's people are already on
// the board (same alias, ignoring case) and which are new, which ties are new, and what is refused.
// Pure, so the rules are tested without a database.
import type { ImportedPerson, ImportedTie, TieType, Valence } from '../analysis/index.js';
import type { Model } from '../graphql/model.js';
import { name } from '../shared/fields.js';

/** Files carry no valence; where the type says it, it is used, otherwise it is left as AMBIVALENT ("not stated"). */
const IMPLIED_VALENCE: Partial<Record<TieType, Valence>> = {
  CONFLICT: 'HARMFUL',
  CO_OFFENDING: 'HARMFUL',
  RECRUITS: 'HARMFUL',
  PROTECTIVE_ADULT: 'SUPPORTIVE',
};
/** The types whose direction means something (as the board draws them); the file's order is source → target. */
const DIRECTED_TYPES = new Set<TieType>(['LOOKS_UP_TO', 'RECRUITS']);

const alias = name(60);

export type PlanProblem =
  | { code: 'BAD_ALIAS'; alias: string }
  | { code: 'AMBIGUOUS_ALIAS'; alias: string }
  | { code: 'SAME_PERSON'; alias: string; other: string };

export interface PeoplePlan {
  /** File key → person id on the board (existing or to be created). */
  idOf: Map<string, string>;
  create: { id: string; alias: string }[];
  matched: Model[];
}

export const lower = (s: string): string => s.toLowerCase();

/** The file's names that are not acceptable as aliases, else null. */
export function badAlias(people: ImportedPerson[]): PlanProblem | null {
  const bad = people.find((p) => !alias.safeParse(p.alias).success);
  return bad ? { code: 'BAD_ALIAS', alias: bad.alias.slice(0, 80) } : null;
}

/**
 * Matches the file's people to the board's (`existing`: board people whose alias matched one of the
 * file's, ignoring case). `newIds[i]` is the id for the file's i-th person if it is new.
 * In a CSV edge list a name is the person, so "Ali" and "ali" are one; in GraphML people are
 * nodes, and two nodes whose labels differ only in case are refused rather than merged.
 */
export function matchPeople(people: ImportedPerson[], existing: Model[], newIds: string[], mergeCase: boolean): PeoplePlan | PlanProblem {
  const onBoard = new Map<string, Model[]>();
  for (const p of existing) {
    const k = lower(String(p.alias));
    onBoard.set(k, [...(onBoard.get(k) ?? []), p]);
  }
  const idOf = new Map<string, string>();
  const byName = new Map<string, { alias: string; id: string }>();
  const create: PeoplePlan['create'] = [];
  const matched: Model[] = [];
  for (const [i, person] of people.entries()) {
    const k = lower(person.alias);
    const first = byName.get(k);
    if (first !== undefined) {
      if (!mergeCase) return { code: 'SAME_PERSON', alias: first.alias, other: person.alias };
      idOf.set(person.key, first.id);
      continue;
    }
    const hits = onBoard.get(k) ?? [];
    if (hits.length > 1) return { code: 'AMBIGUOUS_ALIAS', alias: person.alias };
    const id = hits.length === 1 ? String(hits[0]!.id) : newIds[i]!;
    if (hits.length === 1) matched.push(hits[0]!);
    else create.push({ id, alias: person.alias });
    idOf.set(person.key, id);
    byName.set(k, { alias: person.alias, id });
  }
  return { idOf, create, matched };
}

export interface TieRowPlan {
  id: string;
  sourceId: string;
  targetId: string;
  type: TieType;
  strength: number;
  valence: Valence;
  directed: boolean;
}

/** One tie per people and type; an undirected tie is the same either way round. */
function sameness(sourceId: string, targetId: string, type: string, directed: boolean): string {
  const [a, b] = directed || sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
  return `${type}\u0000${directed ? 1 : 0}\u0000${a}\u0000${b}`;
}

/**
 * The ties to create: those not already in force on the board (`existing`) and not earlier in the
 * file. `tieIds[j]` is the id for the file's j-th tie. A tie whose two names are one person on the
 * board (they differ only in case) is refused.
 */
export function planTies(
  ties: ImportedTie[],
  idOf: Map<string, string>,
  existing: { source: string; target: string; type: string; directed: boolean | null }[],
  tieIds: string[],
): { rows: TieRowPlan[]; skipped: number } | PlanProblem {
  const seen = new Set(existing.map((e) => sameness(e.source, e.target, e.type, e.directed === true)));
  const rows: TieRowPlan[] = [];
  let skipped = 0;
  for (const [j, tie] of ties.entries()) {
    const sourceId = idOf.get(tie.source)!;
    const targetId = idOf.get(tie.target)!;
    if (sourceId === targetId) return { code: 'SAME_PERSON', alias: tie.source, other: tie.target };
    const directed = DIRECTED_TYPES.has(tie.type);
    const key = sameness(sourceId, targetId, tie.type, directed);
    if (seen.has(key)) {
      skipped++;
      continue;
    }
    seen.add(key);
    rows.push({ id: tieIds[j]!, sourceId, targetId, type: tie.type, strength: tie.strength, valence: IMPLIED_VALENCE[tie.type] ?? 'AMBIVALENT', directed });
  }
  return { rows, skipped };
}
