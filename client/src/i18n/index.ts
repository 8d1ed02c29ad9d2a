// The UI speaks Swedish, Danish and English. The language starts from the browser's, can be
// switched at any time (remembered on this device), and goes to the server with every request so
// its error messages come back in the same language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { sv } from './sv.js';
import { da } from './da.js';

export const LANGS = ['sv', 'da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const STORAGE_KEY = 'tavla.lang';

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

function initialLanguage(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && (LANGS as readonly string[]).includes(saved)) return saved as Lang;
  } catch {
    // Storage can be off (private mode); the browser's languages still apply.
  }
  return pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

export const i18n = i18next.createInstance();

export function initI18n(lang: Lang = initialLanguage()): Promise<unknown> {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, sv: { translation: sv }, da: { translation: da } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export async function setLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; still switched for this page.
  }
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

export function currentLang(): Lang {
  const l = i18n.language;
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}
