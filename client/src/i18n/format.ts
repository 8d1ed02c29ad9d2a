// Dates as people in each language write them.
import { currentLang } from './index.js';

const locales = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' } as const;

export function formatDate(iso: string, lang = currentLang()): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function formatDateTime(iso: string, lang = currentLang()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
