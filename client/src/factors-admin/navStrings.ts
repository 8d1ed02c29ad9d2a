// The header's link to the factor catalogue (admins): its own small namespace, so the header does
// not load the catalogue page's strings.
import { registerNamespace } from '../i18n/namespace.js';

export const NS = 'factorsNav';

export const en = { link: 'Factor catalogue', label: 'Administration' };
export const sv: typeof en = { link: 'Faktorkatalog', label: 'Systemadministration' };
export const da: typeof en = { link: 'Faktorkatalog', label: 'Systemadministration' };

registerNamespace(NS, { en, sv, da });
