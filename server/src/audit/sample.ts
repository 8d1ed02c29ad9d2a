// Which rows a random sample of the access log takes: `size` distinct positions out of
// `population`, drawn uniformly (every subset of that size equally likely, Floyd's algorithm)
// from a PRNG seeded by the caller's text. The same seed, population and size draw the same
// positions, so an auditor can redo a sample, or show someone else how it was drawn.
import { createHash } from 'node:crypto';

/** sfc32, seeded from SHA-256 of the text: 128 bits of state, so unrelated seeds do not collide. */
export function seededRandom(seed: string): () => number {
  const h = createHash('sha256').update(seed, 'utf8').digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // The first outputs still carry the seed's structure: warm up as sfc32's author advises.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Positions (0-based, ascending) of a uniform sample of min(size, population) rows. */
export function samplePositions(population: number, size: number, seed: string): number[] {
  const k = Math.max(0, Math.min(size, population));
  const random = seededRandom(seed);
  const chosen = new Set<number>();
  // Floyd: for j from n-k to n-1, take a random t in [0, j]; if t is taken already, take j.
  for (let j = population - k; j < population; j++) {
    const t = Math.floor(random() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].sort((x, y) => x - y);
}
