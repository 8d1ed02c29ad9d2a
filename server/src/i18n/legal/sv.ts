// Meddelanden om den rättsliga grunden för delade uppgifter, samtycken och lagrum (issue 6).
import type { legalEn } from './en.js';

export const legalSv: typeof legalEn = {
  consentNeedsConsentBasis: 'Bara uppgifter som delas med samtycke kan ange ett samtycke.',
  consentRequired: 'Välj det samtycke uppgiften delas med stöd av.',
  consentNotLive: 'Samtycket har återkallats eller har gått ut.',
  consentScope: 'Samtycket omfattar inte den här sortens uppgifter.',
  consentAgency: 'Samtycket gäller inte den här verksamheten.',
  statuteRequired: 'Välj det lagrum uppgiften delas med stöd av.',
  unknownStatute: 'Inte ett av de lagrum Tavla är inställd med. Välj ett i listan.',
  statuteOnlyForOtherStatute: 'Ett lagrum kan bara anges när den rättsliga grunden är en annan lag.',
  expiresBeforeGiven: 'Slutdatumet måste vara efter dagen då samtycket gavs.',
  alreadyWithdrawn: 'Samtycket är redan återkallat.',
  noAgency: 'Bara användare som arbetar i en verksamhet kan dela uppgifter.',
  policeOnly: 'Bara polisen delar uppgifter enligt §115.',
  police115NoExport: 'Bilden skulle visa relationer som polisen delat enligt §115, och de får inte lämnas vidare. Inget exporterades.',
  unexportableNoExport: 'Bilden skulle visa relationer som delats med samtycke eller enligt en annan lag, och dem får du inte lämna vidare. Inget exporterades.',
};
