// Turning a metric into what the board draws: a node size whose area is proportional to the value
// (so a person with twice the betweenness has twice the ink, not four times), or one of the
// ramp's five equal-width bins. Pure, so the legend, the canvas and the tests agree.
import { METRIC_RAMP } from './colour.js';

export const METRICS = ['degree', 'betweenness', 'closeness', 'pageRank'] as const;
export type Metric = (typeof METRICS)[number];

export const isMetric = (v: unknown): v is Metric => (METRICS as readonly unknown[]).includes(v);

/** Node diameters at zoom 1 (model px), before meeting mode's enlargement. */
export const SIZE_RANGE = { min: 24, max: 88 } as const;

export interface SizeScale {
  /** The largest value (drawn at SIZE_RANGE.max). 0: everyone gets the smallest size. */
  max: number;
  diameter(value: number): number;
}

/**
 * Area ∝ value from zero: d = max(dMin, dMax·√(v / vMax)). Below the value whose circle would be
 * smaller than dMin everyone gets dMin, so nobody disappears (a betweenness of 0 is common).
 */
export function sizeScale(values: readonly number[], range: { min: number; max: number } = SIZE_RANGE): SizeScale {
  const max = values.reduce((m, v) => (Number.isFinite(v) && v > m ? v : m), 0);
  return {
    max,
    diameter(value: number) {
      if (!(max > 0) || !(value > 0)) return range.min;
      return Math.max(range.min, range.max * Math.sqrt(Math.min(value, max) / max));
    },
  };
}

export interface Bin {
  /** Inclusive lower edge. */
  from: number;
  /** Upper edge (inclusive for the last bin). */
  to: number;
  colour: string;
}

export interface ColourScale {
  bins: Bin[];
  binOf(value: number): number;
  colour(value: number): string;
}

/**
 * Equal-width bins between the smallest and largest value, one per ramp colour. When everyone has
 * the same value there is one bin (the middle colour): nothing to tell apart.
 */
export function colourScale(values: readonly number[], ramp: readonly string[] = METRIC_RAMP): ColourScale {
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 0;
  if (!(hi > lo)) {
    const only = ramp[Math.floor(ramp.length / 2)]!;
    return { bins: [{ from: lo, to: hi, colour: only }], binOf: () => 0, colour: () => only };
  }
  const n = ramp.length;
  const width = (hi - lo) / n;
  const bins = ramp.map((colour, i) => ({ from: lo + i * width, to: i === n - 1 ? hi : lo + (i + 1) * width, colour }));
  const binOf = (v: number) => Math.min(n - 1, Math.max(0, Math.floor((v - lo) / width)));
  return { bins, binOf, colour: (v) => ramp[binOf(v)]! };
}

/** Digits each metric is shown with: degree is a count; PageRank values are small shares. */
export const METRIC_DIGITS: Record<Metric, number> = { degree: 0, betweenness: 2, closeness: 2, pageRank: 3 };

const LOCALES = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' } as const;

export function formatMetric(metric: Metric, value: number, lang: keyof typeof LOCALES = 'en'): string {
  const digits = METRIC_DIGITS[metric];
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
