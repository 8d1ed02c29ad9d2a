// What a what-if does to the board, person by person, for the canvas: who is taken out, which ties
// go with them, who is left with no tie at all, and who is cut off from the rest of their part of
// the network. The server's `simulate` gives the figures and the plain-language result; this gives
// the same structure per person, over the same ties (tieFilter.countedTies), so the marks and the
// figures agree. Direction is ignored: being cut off is about who is connected at all.

export interface TieEnds {
  id: string;
  sourceId: string;
  targetId: string;
}

export interface WhatIfChange {
  removePeople: readonly string[];
  removeTies: readonly string[];
  addTies: readonly { sourceId: string; targetId: string }[];
}

export interface WhatIfMarks {
  removed: Set<string>;
  /** Ties that go: the removed people's, and those removed by name. */
  removedTies: Set<string>;
  /** Had a tie before, none after (board order). */
  isolated: string[];
  /** Still tied to someone, but no longer connected to the bulk of their former part (board order). */
  splitOff: string[];
  componentsBefore: number;
  componentsAfter: number;
}

/** Connected parts: the index of each person's part, numbered in the order of `ids`. */
export function componentsOf(ids: readonly string[], edges: readonly { sourceId: string; targetId: string }[]): Map<string, number> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path halving is not needed at board sizes; compress fully once found.
    while (parent.get(x) !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const e of edges) {
    if (!parent.has(e.sourceId) || !parent.has(e.targetId)) continue;
    const a = find(e.sourceId);
    const b = find(e.targetId);
    if (a !== b) parent.set(b, a);
  }
  const number = new Map<string, number>();
  const out = new Map<string, number>();
  for (const id of ids) {
    const root = find(id);
    if (!number.has(root)) number.set(root, number.size);
    out.set(id, number.get(root)!);
  }
  return out;
}

const countParts = (parts: Map<string, number>) => new Set(parts.values()).size;

export function whatIfMarks(peopleIds: readonly string[], ties: readonly TieEnds[], change: WhatIfChange): WhatIfMarks {
  const removed = new Set(change.removePeople);
  const cutTies = new Set(change.removeTies);
  const removedTies = new Set<string>();
  for (const t of ties) if (cutTies.has(t.id) || removed.has(t.sourceId) || removed.has(t.targetId)) removedTies.add(t.id);

  const remaining = peopleIds.filter((id) => !removed.has(id));
  const afterEdges = [
    ...ties.filter((t) => !removedTies.has(t.id)),
    ...change.addTies.filter((t) => !removed.has(t.sourceId) && !removed.has(t.targetId)),
  ];
  const before = componentsOf(peopleIds, ties);
  const after = componentsOf(remaining, afterEdges);

  const degree = (edges: readonly { sourceId: string; targetId: string }[]) => {
    const d = new Map<string, number>();
    for (const e of edges) {
      if (e.sourceId === e.targetId) continue;
      d.set(e.sourceId, (d.get(e.sourceId) ?? 0) + 1);
      d.set(e.targetId, (d.get(e.targetId) ?? 0) + 1);
    }
    return d;
  };
  const degBefore = degree(ties);
  const degAfter = degree(afterEdges);
  const isolated = remaining.filter((id) => (degBefore.get(id) ?? 0) > 0 && (degAfter.get(id) ?? 0) === 0);

  // In each former part, the piece keeping most of its remaining people is "the rest"; the
  // others' people (with a tie left) are split off. Ties broken by board order (first piece met).
  const splitOff: string[] = [];
  const isolatedSet = new Set(isolated);
  const byFormerPart = new Map<number, string[]>();
  for (const id of remaining) (byFormerPart.get(before.get(id)!) ?? byFormerPart.set(before.get(id)!, []).get(before.get(id)!)!).push(id);
  for (const members of byFormerPart.values()) {
    const count = new Map<number, number>();
    for (const id of members) count.set(after.get(id)!, (count.get(after.get(id)!) ?? 0) + 1);
    if (count.size < 2) continue;
    let main = after.get(members[0]!)!;
    for (const [piece, n] of count) if (n > count.get(main)!) main = piece;
    for (const id of members) if (after.get(id) !== main && !isolatedSet.has(id) && (degBefore.get(id) ?? 0) > 0) splitOff.push(id);
  }
  const order = new Map(peopleIds.map((id, i) => [id, i]));
  splitOff.sort((a, b) => order.get(a)! - order.get(b)!);

  return { removed, removedTies, isolated, splitOff, componentsBefore: countParts(before), componentsAfter: countParts(after) };
}
