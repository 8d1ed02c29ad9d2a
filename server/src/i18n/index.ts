// Server-side translation with i18next (the same library as the client).
import i18next, { type TFunction } from 'i18next';
import { da } from './da.js';
import { en } from './en.js';
import { sv } from './sv.js';

export const languages = ['sv', 'da', 'en'] as const;
export type Lang = (typeof languages)[number];

const instance = i18next.createInstance();
void instance.init({
  resources: { sv: { translation: sv }, da: { translation: da }, en: { translation: en } },
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function t(lang: Lang, key: string, params?: Record<string, unknown>): string {
  return (instance.getFixedT(lang) as TFunction)(key, params ?? {});
}

export function hasKey(key: string): boolean {
  return instance.exists(key, { lng: 'en' });
}

/** Picks the language from an explicit choice, else the browser's Accept-Language. */
export function pickLang(explicit: string | undefined, acceptLanguage: string | undefined): Lang {
  if (explicit && (languages as readonly string[]).includes(explicit)) return explicit as Lang;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { base } of ranked) {
    if (base === 'nb' || base === 'no' || base === 'nn') continue;
    if ((languages as readonly string[]).includes(base)) return base as Lang;
  }
  return 'en';
}
