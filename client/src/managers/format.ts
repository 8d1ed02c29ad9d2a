// Numbers, money and shares as the managers' view writes them, and the colour scale of its
// heat-map (text colour chosen for contrast against the cell, WCAG 2.1 AA).
import { currentLang } from '../i18n/index.js';

const locales = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' } as const;

export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locales[currentLang()], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

export function percent(share: number | null): string {
  return share === null ? '–' : new Intl.NumberFormat(locales[currentLang()], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

type Rgb = [number, number, number];
const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const ch = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
}

/** Contrast ratio of two colours (WCAG). */
export function contrast(a: Rgb, b: Rgb): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

export const SCALES = { blue: [29, 78, 216] as Rgb, red: [179, 38, 30] as Rgb };
const WHITE: Rgb = [255, 255, 255];
// Pure black: with white, it keeps at least 4.58:1 against any background (#111 dips below 4.5 mid-scale).
const INK: Rgb = [0, 0, 0];

/** A cell's background for value/max on a white-to-colour scale, and the text colour that reads on it. */
export function shade(value: number, max: number, scale: Rgb): { background: string; color: string } {
  const f = max > 0 ? Math.min(1, value / max) * 0.85 : 0;
  const bg: Rgb = [0, 1, 2].map((k) => WHITE[k]! + (scale[k]! - WHITE[k]!) * f) as Rgb;
  return { background: hex(bg), color: contrast(bg, INK) >= contrast(bg, WHITE) ? hex(INK) : '#ffffff' };
}
