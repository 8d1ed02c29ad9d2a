/**
 * A binary min-heap of (distance, node) in typed arrays, for Dijkstra with lazy deletion: a node
 * may be pushed once per improving arc, so capacity is arcs + 1. No objects per entry, no GC.
 */
export class DistHeap {
  private readonly keys: Float64Array;
  private readonly vals: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.vals = new Int32Array(Math.max(1, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, val: number): void {
    const keys = this.keys;
    const vals = this.vals;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      vals[i] = vals[parent]!;
      i = parent;
    }
    keys[i] = key;
    vals[i] = val;
  }

  /** Key of the top; only valid when size > 0. */
  topKey(): number {
    return this.keys[0]!;
  }

  /** Removes the top and returns its node. */
  pop(): number {
    const keys = this.keys;
    const vals = this.vals;
    const top = vals[0]!;
    const last = --this.size;
    if (last === 0) return top;
    const key = keys[last]!;
    const val = vals[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      vals[i] = vals[child]!;
      i = child;
    }
    keys[i] = key;
    vals[i] = val;
    return top;
  }
}
