// Colours of the analysis layer and the WCAG contrast arithmetic that keeps them readable. Every
// colour here is a graphical object on the white board, so each meets 3:1 against white (WCAG
// 1.4.11); the metric ramp also gets darker step by step, so it reads in greyscale and on a
// washed-out projector (more ink = more of the measure).

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: string, b: string): number {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Five steps, lowest first: light enough to tell apart, each at least 3:1 against white. */
export const METRIC_RAMP: readonly string[] = ['#7b93c4', '#5a72b0', '#3f5299', '#2c357a', '#1b1b50'];

/**
 * Communities found by Louvain: eight hues, none a group's hull colour. Hue is not the only
 * channel: each person's label carries the community's letter (see communityLetter).
 */
export const COMMUNITY_FILLS: readonly string[] = ['#c2410c', '#0e7490', '#7e22ce', '#4d7c0f', '#be185d', '#1d4ed8', '#92400e', '#475569'];

export const communityFill = (community: number): string => COMMUNITY_FILLS[((community % COMMUNITY_FILLS.length) + COMMUNITY_FILLS.length) % COMMUNITY_FILLS.length]!;

/** A, B, … Z, AA, AB, …: community 0 is A. */
export function communityLetter(community: number): string {
  let n = Math.max(0, Math.floor(community));
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** The marks the analysis draws on people and ties. */
export const MARKS = {
  broker: '#a21caf',
  bridge: '#a21caf',
  path: '#0f766e',
  isolated: '#b91c1c',
  splitOff: '#c2410c',
  removed: '#6b7280',
  planned: '#15803d',
} as const;
