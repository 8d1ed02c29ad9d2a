// Beskeder om retsgrundlaget for delte oplysninger, samtykker og lovhjemler (issue 6).
import type { legalEn } from './en.js';

export const legalDa: typeof legalEn = {
  consentNeedsConsentBasis: 'Kun oplysninger, der deles med samtykke, kan angive et samtykke.',
  consentRequired: 'Vælg det samtykke, oplysningen deles på.',
  consentNotLive: 'Samtykket er trukket tilbage eller udløbet.',
  consentScope: 'Samtykket dækker ikke denne slags oplysninger.',
  consentAgency: 'Samtykket omfatter ikke denne instans.',
  statuteRequired: 'Vælg den lovhjemmel, oplysningen deles efter.',
  unknownStatute: 'Ikke en af de lovhjemler, Tavla er sat op med. Vælg en fra listen.',
  statuteOnlyForOtherStatute: 'En lovhjemmel kan kun angives, når retsgrundlaget er en anden lov.',
  expiresBeforeGiven: 'Udløbsdatoen skal ligge efter den dag, samtykket blev givet.',
  alreadyWithdrawn: 'Samtykket er allerede trukket tilbage.',
  noAgency: 'Kun brugere, der arbejder i en instans, kan dele oplysninger.',
  policeOnly: 'Kun politiet deler oplysninger efter §115.',
  police115NoExport: 'Billedet ville vise relationer, som politiet har delt efter §115, og de må ikke videregives. Intet blev eksporteret.',
  unexportableNoExport: 'Billedet ville vise relationer, der er delt med samtykke eller efter en anden lov, og dem må du ikke videregive. Intet blev eksporteret.',
};
