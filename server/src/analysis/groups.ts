import type { Csr } from './csr.js';
import type { AnalysisNode } from './graph.js';

export interface GroupMetrics {
  groupId: string;
  /** Members present on the board. */
  size: number;
  /** Pairs of members tied to each other / all pairs of members (0 below two members). */
  density: number;
  /** Tied pairs with both people in the group. */
  tiesInside: number;
  /** Tied pairs with exactly one person in the group. */
  tiesOutside: number;
  /** Highest betweenness on the whole board; ties broken by ties inside the group, then PageRank. */
  mostCentral: string | null;
}

export interface Broker {
  personId: string;
  /** Own groups plus groups of anyone tied to the person, sorted. */
  groupsReached: string[];
  ownGroups: string[];
  /** For each group reached, how many of its members the person is tied to. */
  tiesByGroup: { groupId: string; people: number }[];
  betweenness: number;
}

export function groupsOf(nodes: readonly AnalysisNode[]): Map<string, number[]> {
  const members = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    for (const g of new Set(node.groupIds ?? [])) {
      let list = members.get(g);
      if (!list) members.set(g, (list = []));
      list.push(i);
    }
  });
  return members;
}

export function groupMetrics(
  nodes: readonly AnalysisNode[],
  und: Csr,
  bc: Float64Array,
  pr: Float64Array,
): GroupMetrics[] {
  const out: GroupMetrics[] = [];
  const inGroup = new Uint8Array(und.n);
  for (const [groupId, members] of [...groupsOf(nodes)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const i of members) inGroup[i] = 1;
    let inside2 = 0;
    let outside = 0;
    let best = -1;
    let bestKey: [number, number, number] = [-1, -1, -1];
    for (const i of members) {
      let internal = 0;
      for (let j = und.offsets[i]!; j < und.offsets[i + 1]!; j++) {
        if (inGroup[und.targets[j]!] === 1) internal++;
        else outside++;
      }
      inside2 += internal;
      const key: [number, number, number] = [bc[i]!, internal, pr[i]!];
      if (best === -1 || key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
        best = i;
        bestKey = key;
      }
    }
    for (const i of members) inGroup[i] = 0;
    const size = members.length;
    const tiesInside = inside2 / 2;
    out.push({
      groupId,
      size,
      density: size < 2 ? 0 : tiesInside / ((size * (size - 1)) / 2),
      tiesInside,
      tiesOutside: outside,
      mostCentral: best === -1 ? null : und.ids[best]!,
    });
  }
  return out;
}

/**
 * People whose ties reach two or more groups (counting their own memberships), ranked by how many
 * groups they link, then by betweenness. People in no group and tied to no group are not brokers.
 */
export function brokers(nodes: readonly AnalysisNode[], und: Csr, bc: Float64Array): Broker[] {
  const out: Broker[] = [];
  for (let i = 0; i < und.n; i++) {
    const own = [...new Set(nodes[i]!.groupIds ?? [])].sort();
    const counts = new Map<string, number>();
    for (let j = und.offsets[i]!; j < und.offsets[i + 1]!; j++) {
      for (const g of new Set(nodes[und.targets[j]!]!.groupIds ?? [])) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    const reached = [...new Set([...own, ...counts.keys()])].sort();
    if (reached.length < 2) continue;
    out.push({
      personId: und.ids[i]!,
      groupsReached: reached,
      ownGroups: own,
      tiesByGroup: reached.filter((g) => counts.has(g)).map((g) => ({ groupId: g, people: counts.get(g)! })),
      betweenness: bc[i]!,
    });
  }
  // Stable sort keeps board order among equals.
  return out.sort((a, b) => b.groupsReached.length - a.groupsReached.length || b.betweenness - a.betweenness);
}
