// Which language the UI starts in, without i18next: the board's first drawing (predraw/) needs
// it before the app, and i18next with it, is even fetched.
export const LANGS = ['sv', 'da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Where a language chosen with the switcher is remembered on this device. */
export const LANG_KEY = 'tavla.lang';

/** The best of our languages for a browser's preference list (Norwegian reads Danish best). */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]!;
    if (base === 'sv') return 'sv';
    if (base === 'da' || base === 'nb' || base === 'nn' || base === 'no') return 'da';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** The language chosen with the switcher on this device, as stored (null: none, or no storage). */
export function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    // Storage can be off (private mode); the browser's languages still apply.
    return null;
  }
}

export function initialLanguage(): Lang {
  const saved = savedLanguage();
  if (saved && (LANGS as readonly string[]).includes(saved)) return saved as Lang;
  return pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}
