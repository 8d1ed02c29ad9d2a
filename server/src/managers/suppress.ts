// Small-count suppression for the managers' view, so nobody can be singled out (docs/managers.md).
//
// The unit protected is the young person. Every number carries the set of young people behind it
// (its contributors): the people counted, or the people the counted interventions reach.
// - Primary: a number behind which stand 1 to 4 young people is suppressed (value null, "<5").
//   A number with nobody behind it (0 people, or interventions that reach no young person) tells
//   nothing about anyone and is shown.
// - Complementary: numbers are published in lines whose total is published too (or equals a total
//   published elsewhere: every line is treated as if its total were known). A line with exactly one
//   suppressed cell would give it away by subtraction, so the smallest other non-zero cell of the
//   line is suppressed as well (any other cell if none is non-zero). Subtraction then yields only the
//   sum of two or more suppressed cells, never one of them.
// - Series over time: a point of a series whose population differs from the last published point's
//   by 1 to 4 people is suppressed whole (see protectSeries), so differencing two points cannot
//   isolate a few people either.
export const MIN_PEOPLE = 5;

export interface Raw {
  value: number;
  contributors: ReadonlySet<string>;
}

export interface Published {
  value: number | null;
  suppressed: boolean;
}

export const raw = (value: number, contributors: Iterable<string>): Raw => ({ value, contributors: new Set(contributors) });

/** Sums cells into their total, with the union of their contributors. */
export function totalOf(cells: readonly Raw[]): Raw {
  const people = new Set<string>();
  for (const c of cells) for (const p of c.contributors) people.add(p);
  return { value: cells.reduce((s, c) => s + c.value, 0), contributors: people };
}

export const isSmall = (c: Raw): boolean => c.contributors.size > 0 && c.contributors.size < MIN_PEOPLE;

const shown = (c: Raw): Published => ({ value: c.value, suppressed: false });
const hidden: Published = { value: null, suppressed: true };

/**
 * Which cells of one line must be suppressed: the small ones, plus complements so that no line
 * has exactly one. Returns the indices to suppress.
 */
export function suppressedCells(cells: readonly Raw[]): Set<number> {
  const out = new Set<number>();
  cells.forEach((c, i) => {
    if (isSmall(c)) out.add(i);
  });
  if (out.size === 1 && cells.length > 1) {
    const candidates = cells.map((c, i) => ({ c, i })).filter(({ i }) => !out.has(i));
    const nonZero = candidates.filter(({ c }) => c.value > 0).sort((a, b) => a.c.value - b.c.value || a.i - b.i);
    out.add((nonZero[0] ?? candidates[0]!).i);
  }
  return out;
}

/** One line: its cells and its total, protected together. */
export function protectLine(cells: readonly Raw[], total: Raw = totalOf(cells)): { cells: Published[]; total: Published } {
  const hide = suppressedCells(cells);
  return { cells: cells.map((c, i) => (hide.has(i) ? hidden : shown(c))), total: isSmall(total) ? hidden : shown(total) };
}

/**
 * A series of points over time, each with the population it was computed over. A point is
 * published only when its population differs from the last published point's by none or by at
 * least MIN_PEOPLE people; the first point needs MIN_PEOPLE people (or none). Returns, per point,
 * whether it may be published.
 */
export function protectSeries(populations: readonly ReadonlySet<string>[]): boolean[] {
  let last: ReadonlySet<string> = new Set();
  return populations.map((pop) => {
    let diff = 0;
    for (const p of pop) if (!last.has(p)) diff++;
    for (const p of last) if (!pop.has(p)) diff++;
    const ok = diff === 0 || diff >= MIN_PEOPLE;
    if (ok) last = pop;
    return ok;
  });
}
