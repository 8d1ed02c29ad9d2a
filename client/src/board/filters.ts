// What the board shows: the filters in force and the focus on one person's neighbourhood. One
// pure function decides it, and the canvas, the list view and the exports all use its answer,
// so the accessible list stays in step with the picture.
import type { BoardData, Tie, TieType, Valence } from './model.js';
import { TIE_TYPES, VALENCES } from './palette.js';

/** The agency id used for ties with no source agency. */
export const NO_AGENCY = 'none';

export interface Filters {
  /** Tie types left out. */
  hiddenTypes: TieType[];
  hiddenValences: Valence[];
  /** Source agencies left out (NO_AGENCY for ties without one). */
  hiddenAgencies: string[];
  minStrength: number;
}

export const noFilters: Filters = { hiddenTypes: [], hiddenValences: [], hiddenAgencies: [], minStrength: 1 };

export interface Focus {
  personId: string;
  depth: 1 | 2;
}

export function isFiltering(f: Filters): boolean {
  return f.hiddenTypes.length > 0 || f.hiddenValences.length > 0 || f.hiddenAgencies.length > 0 || f.minStrength > 1;
}

export function tiePasses(tie: Tie, f: Filters): boolean {
  return (
    tie.strength >= f.minStrength &&
    !f.hiddenTypes.includes(tie.type) &&
    !f.hiddenValences.includes(tie.valence) &&
    !f.hiddenAgencies.includes(tie.sourceAgency?.id ?? NO_AGENCY)
  );
}

/** People within `depth` steps of `start` over the given ties (direction ignored). */
export function neighbourhood(start: string, ties: readonly Tie[], depth: number): Set<string> {
  const adj = new Map<string, string[]>();
  for (const t of ties) {
    (adj.get(t.sourceId) ?? adj.set(t.sourceId, []).get(t.sourceId)!).push(t.targetId);
    (adj.get(t.targetId) ?? adj.set(t.targetId, []).get(t.targetId)!).push(t.sourceId);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const id of frontier) for (const n of adj.get(id) ?? []) if (!seen.has(n)) (seen.add(n), next.push(n));
    frontier = next;
  }
  return seen;
}

export interface View {
  /** Ties shown. */
  ties: Tie[];
  /** People shown in full (all, or the focus neighbourhood). */
  people: Set<string>;
  /** Groups shown (all, or those with a member in the focus neighbourhood). */
  groups: Set<string>;
  focused: boolean;
}

export function computeView(board: BoardData, f: Filters, focus: Focus | null): View {
  const passing = board.ties.filter((t) => tiePasses(t, f));
  if (!focus || !board.people.some((p) => p.id === focus.personId)) {
    return { ties: passing, people: new Set(board.people.map((p) => p.id)), groups: new Set(board.groups.map((g) => g.id)), focused: false };
  }
  const people = neighbourhood(focus.personId, passing, focus.depth);
  const groups = new Set(board.memberships.filter((m) => people.has(m.personId)).map((m) => m.groupId));
  return { ties: passing.filter((t) => people.has(t.sourceId) && people.has(t.targetId)), people, groups, focused: true };
}

/** Agencies that appear as a tie source on the board, for the agency filter. */
export function agenciesOn(board: BoardData): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  let none = false;
  for (const t of board.ties) {
    if (t.sourceAgency) byId.set(t.sourceAgency.id, t.sourceAgency.name);
    else none = true;
  }
  const list = [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  return none ? [...list, { id: NO_AGENCY, name: '' }] : list;
}

export const allTypes = TIE_TYPES;
export const allValences = VALENCES;
