// Progression over the last N weeks: of the factors assessed before the window and assessed
// again within it, the share that moved the right way (a risk factor down, a protective factor
// up). One point per week: point k compares each (person, factor) pair's level at the window's
// start with its latest level at the end of week k, over the pairs re-assessed by then.
//
// Worked example (the integration test's data): window start S, pairs with a baseline on or
// before S and a re-assessment in (S, end]. Risk pairs 3 → 2, 2 → 2, 2 → 3 give improved 1,
// unchanged 1, worsened 1, share 1/3.
import { addDays, latestLevels, type AssessmentPoint, type FactorKind } from '../assessments/levels.js';
import { protectLine, protectSeries, raw, type Published } from './suppress.js';

export interface Share {
  assessed: Published;
  improved: Published;
  unchanged: Published;
  worsened: Published;
  /** improved / assessed, when both are published. */
  share: number | null;
}

export interface ProgressionPoint {
  weekEnding: string;
  risk: Share;
  protective: Share;
}

interface Tally {
  improved: string[];
  unchanged: string[];
  worsened: string[];
}

/** Raw tallies for one kind at one day; each entry is the person behind one pair. */
function tally(points: readonly AssessmentPoint[], kind: FactorKind, start: string, end: string): Tally {
  const mine = points.filter((p) => p.kind === kind);
  const before = latestLevels(mine, start);
  const after = latestLevels(mine, end);
  const reassessed = new Set(mine.filter((p) => p.assessedOn > start && p.assessedOn <= end).map((p) => `${p.personId}\u0000${p.factorId}`));
  const t: Tally = { improved: [], unchanged: [], worsened: [] };
  for (const [personId, levels] of before) {
    for (const [factorId, base] of levels) {
      if (!reassessed.has(`${personId}\u0000${factorId}`)) continue;
      const now = after.get(personId)!.get(factorId)!.level;
      const better = kind === 'RISK' ? now < base.level : now > base.level;
      const worse = kind === 'RISK' ? now > base.level : now < base.level;
      (better ? t.improved : worse ? t.worsened : t.unchanged).push(personId);
    }
  }
  return t;
}

const hiddenShare: Share = {
  assessed: { value: null, suppressed: true },
  improved: { value: null, suppressed: true },
  unchanged: { value: null, suppressed: true },
  worsened: { value: null, suppressed: true },
  share: null,
};

function publish(t: Tally): Share {
  const cells = [raw(t.improved.length, t.improved), raw(t.unchanged.length, t.unchanged), raw(t.worsened.length, t.worsened)];
  const all = [...t.improved, ...t.unchanged, ...t.worsened];
  const line = protectLine(cells, raw(all.length, all));
  const [improved, unchanged, worsened] = line.cells as [Published, Published, Published];
  const share = improved.value !== null && line.total.value ? improved.value / line.total.value : null;
  return { assessed: line.total, improved, unchanged, worsened, share };
}

export function progression(points: readonly AssessmentPoint[], asOf: string, weeks: number): ProgressionPoint[] {
  const start = addDays(asOf, -7 * weeks);
  const ends = Array.from({ length: weeks }, (_, k) => addDays(start, 7 * (k + 1)));
  const series = (kind: FactorKind): Share[] => {
    const tallies = ends.map((end) => tally(points, kind, start, end));
    const ok = protectSeries(tallies.map((t) => new Set([...t.improved, ...t.unchanged, ...t.worsened])));
    return tallies.map((t, k) => (ok[k] ? publish(t) : hiddenShare));
  };
  const risk = series('RISK');
  const protective = series('PROTECTIVE');
  return ends.map((weekEnding, k) => ({ weekEnding, risk: risk[k]!, protective: protective[k]! }));
}
