// Small, deliberately naive graph computations for checking what the board shows against the
// demo ties: written from the definitions (docs/analysis.md), sharing no code with the server's
// analysis module or the client, and slow in ways that do not matter for fifteen people.

export type Adjacency = Map<string, Set<string>>;

/** Undirected, a pair counted once however many ties it has, no self-ties. */
export function adjacency(people: readonly string[], ties: readonly { source: string; target: string }[]): Adjacency {
  const adj: Adjacency = new Map(people.map((p) => [p, new Set<string>()]));
  for (const t of ties) {
    if (t.source === t.target || !adj.has(t.source) || !adj.has(t.target)) continue;
    adj.get(t.source)!.add(t.target);
    adj.get(t.target)!.add(t.source);
  }
  return adj;
}

/** Distances and numbers of shortest paths from s. */
function bfs(adj: Adjacency, s: string): { dist: Map<string, number>; paths: Map<string, number> } {
  const dist = new Map([[s, 0]]);
  const paths = new Map([[s, 1]]);
  const queue = [s];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i]!;
    for (const w of adj.get(u)!) {
      if (!dist.has(w)) {
        dist.set(w, dist.get(u)! + 1);
        paths.set(w, 0);
        queue.push(w);
      }
      if (dist.get(w) === dist.get(u)! + 1) paths.set(w, paths.get(w)! + paths.get(u)!);
    }
  }
  return { dist, paths };
}

/**
 * Normalised betweenness of an undirected graph: for every unordered pair s, t and every other v
 * with d(s,v) + d(v,t) = d(s,t), add σ_sv·σ_vt / σ_st; divide by (n−1)(n−2)/2.
 */
export function betweenness(adj: Adjacency): Map<string, number> {
  const ids = [...adj.keys()];
  const from = new Map(ids.map((id) => [id, bfs(adj, id)]));
  const out = new Map(ids.map((id) => [id, 0]));
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const s = from.get(ids[i]!)!;
      const t = from.get(ids[j]!)!;
      const d = s.dist.get(ids[j]!);
      if (d === undefined) continue;
      for (const v of ids) {
        if (v === ids[i] || v === ids[j] || !s.dist.has(v)) continue;
        if (s.dist.get(v)! + t.dist.get(v)! === d) out.set(v, out.get(v)! + (s.paths.get(v)! * t.paths.get(v)!) / s.paths.get(ids[j]!)!);
      }
    }
  }
  const n = ids.length;
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  for (const id of ids) out.set(id, out.get(id)! * scale);
  return out;
}

export function components(adj: Adjacency): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const id of adj.keys()) {
    if (seen.has(id)) continue;
    const part = [...bfs(adj, id).dist.keys()];
    part.forEach((p) => seen.add(p));
    out.push(part);
  }
  return out;
}

export function without(adj: Adjacency, people: readonly string[]): Adjacency {
  const gone = new Set(people);
  const out: Adjacency = new Map();
  for (const [id, ns] of adj) if (!gone.has(id)) out.set(id, new Set([...ns].filter((n) => !gone.has(n))));
  return out;
}

/** Pairs whose connection, cut, leaves the two unable to reach each other (tried one by one). */
export function bridges(adj: Adjacency): [string, string][] {
  const out: [string, string][] = [];
  for (const [a, ns] of adj) {
    for (const b of ns) {
      if (a >= b) continue;
      const cut: Adjacency = new Map([...adj].map(([id, s]) => [id, new Set(s)]));
      cut.get(a)!.delete(b);
      cut.get(b)!.delete(a);
      if (!bfs(cut, a).dist.has(b)) out.push([a, b]);
    }
  }
  return out;
}

/** Every shortest path from a to b, as lists of people. */
export function allShortestPaths(adj: Adjacency, a: string, b: string): string[][] {
  const fromB = bfs(adj, b).dist;
  if (!fromB.has(a)) return [];
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const u = path[path.length - 1]!;
    if (u === b) return void out.push(path);
    for (const w of adj.get(u)!) if (fromB.get(w) === fromB.get(u)! - 1) walk([...path, w]);
  };
  walk([a]);
  return out;
}
