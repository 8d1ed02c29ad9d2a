// A feature's own string namespace, added to the app's i18next once it is initialised (main.tsx
// initialises it): feature catalogues stay beside their feature and load with its chunk.
import { i18n } from './index.js';

export function registerNamespace(ns: string, catalogues: Record<'en' | 'sv' | 'da', object>): void {
  const add = () => {
    for (const [lang, res] of Object.entries(catalogues)) if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, res);
  };
  if (i18n.isInitialized) add();
  else i18n.on('initialized', add);
}
