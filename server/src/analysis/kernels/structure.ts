/**
 * Structural kernels over an undirected CSR: connected components, k-cores and bridges.
 * All iterative (no recursion), so a 5,000-person chain cannot overflow the stack.
 */

export interface Components {
  /** Component number per node, numbered in order of each component's lowest node index. */
  label: Int32Array;
  sizes: number[];
}

export function components(n: number, offsets: Int32Array, targets: Int32Array): Components {
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    const c = sizes.length;
    label[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
        const w = targets[j]!;
        if (label[w] === -1) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { label, sizes };
}

/**
 * Core numbers by Batagelj & Zaversnik (2003): bucket nodes by degree, peel the lowest,
 * O(n + m). Matches networkx core_number on a graph without self-loops.
 */
export function coreNumbers(n: number, offsets: Int32Array, targets: Int32Array): Int32Array {
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    if (deg[v]! > maxDeg) maxDeg = deg[v]!;
  }
  const binStart = new Int32Array(maxDeg + 1);
  for (let v = 0; v < n; v++) binStart[deg[v]!]!++;
  let start = 0;
  for (let d = 0; d <= maxDeg; d++) {
    const count = binStart[d]!;
    binStart[d] = start;
    start += count;
  }
  const pos = new Int32Array(n);
  const vert = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = binStart[deg[v]!]!++;
    vert[pos[v]!] = v;
  }
  for (let d = maxDeg; d > 0; d--) binStart[d] = binStart[d - 1]!;
  binStart[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
      const u = targets[j]!;
      const du = deg[u]!;
      if (du > deg[v]!) {
        // Move u to the front of its bin, then shrink the bin: u's degree drops by one.
        const pu = pos[u]!;
        const pw = binStart[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        binStart[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return deg;
}

export interface BridgePair {
  a: number;
  b: number;
  /** People left on a's side and on b's side once the pair's connection is cut. */
  sizeA: number;
  sizeB: number;
}

/**
 * Bridges by Tarjan's low-link in an iterative DFS. The CSR must be simple (one arc per pair),
 * so "skip the arc back to the parent" is exact.
 */
export function bridges(n: number, offsets: Int32Array, targets: Int32Array, compSizes: Components): BridgePair[] {
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const subtree = new Int32Array(n);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const found: BridgePair[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    subtree[root] = 1;
    while (top >= 0) {
      const v = stack[top]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = targets[cursor[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          subtree[w] = 1;
          stack[++top] = w;
        } else if (w !== parent[v] && disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
      } else {
        top--;
        const p = parent[v]!;
        if (p !== -1) {
          subtree[p]! += subtree[v]!;
          if (low[v]! < low[p]!) low[p] = low[v]!;
          if (low[v]! > disc[p]!) {
            const size = compSizes.sizes[compSizes.label[v]!]!;
            found.push({ a: p, b: v, sizeA: size - subtree[v]!, sizeB: subtree[v]! });
          }
        }
      }
    }
  }
  return found;
}
