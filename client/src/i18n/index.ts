// The UI speaks Swedish, Danish and English. The language starts from the browser's, can be
// switched at any time (remembered on this device), and goes to the server with every request so
// its error messages come back in the same language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { sv } from './sv.js';
import { da } from './da.js';

export { LANGS, pickLanguage, initialLanguage, type Lang } from './lang.js';
import { LANG_KEY, LANGS, initialLanguage, type Lang } from './lang.js';

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
    localStorage.setItem(LANG_KEY, lang);
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
