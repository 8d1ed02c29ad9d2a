// The strings of the person panel's "Legal basis & consent" section, in their own i18next
// namespace ('legal') so they live with the feature. legalStrings.test.ts checks the three
// languages match and that every key the code asks for (tl('…')) exists.
import { i18n } from '../i18n/index.js';

export const NS = 'legal';

export const en = {
  title: 'Legal basis & consent',
  consents: 'Consents',
  information: 'Shared information',
  noConsents: 'No consents recorded.',
  noInformation: 'No shared information you may see.',
  givenBy: 'Given by {{who}}',
  given: 'given {{date}}',
  expires: 'lapses {{date}}',
  covers: 'Covers: {{list}}',
  forAgencies: 'For: {{list}}',
  scope: { TIES: 'ties', FACTORS: 'factor assessments', INFORMATION: 'information' },
  live: 'In force',
  expired: 'Expired',
  withdrawnOn: 'Withdrawn {{date}}',
  withdrawnBy: 'Withdrawn {{date}} by {{who}}',
  withdraw: 'Withdraw…',
  withdrawLabel: 'Withdraw the consent given by {{who}} on {{date}}',
  confirmTitle: 'Withdraw this consent?',
  confirmBody: 'Everything shared on this consent (ties, factor assessments, information) disappears at once, for everyone. The consent stays on record as withdrawn; sharing again needs a new consent.',
  whoWithdrew: 'Who withdrew it (optional, e.g. mother)',
  confirm: 'Withdraw consent',
  withdrawn: 'Consent withdrawn. What rested on it is hidden.',
  kind: { AGENCY_NOTE: 'Internal note', POLICE_115: 'Police, §115', CONSENT_GATED: 'On consent', STATUTE: 'Under statute' },
  preventionOnly: 'Crime prevention only',
  source: '{{agency}}, {{date}}',
  statute: 'Shared under {{label}}',
};

export const sv: typeof en = {
  title: 'Rättslig grund och samtycke',
  consents: 'Samtycken',
  information: 'Delade uppgifter',
  noConsents: 'Inga samtycken registrerade.',
  noInformation: 'Inga delade uppgifter som du får se.',
  givenBy: 'Lämnat av {{who}}',
  given: 'lämnat {{date}}',
  expires: 'upphör {{date}}',
  covers: 'Omfattar: {{list}}',
  forAgencies: 'För: {{list}}',
  scope: { TIES: 'relationer', FACTORS: 'faktorbedömningar', INFORMATION: 'uppgifter' },
  live: 'Gäller',
  expired: 'Har upphört',
  withdrawnOn: 'Återkallat {{date}}',
  withdrawnBy: 'Återkallat {{date}} av {{who}}',
  withdraw: 'Återkalla…',
  withdrawLabel: 'Återkalla samtycket som lämnades av {{who}} {{date}}',
  confirmTitle: 'Återkalla samtycket?',
  confirmBody: 'Allt som delats med stöd av samtycket (relationer, faktorbedömningar, uppgifter) försvinner genast, för alla. Samtycket finns kvar som återkallat; för att dela igen krävs ett nytt samtycke.',
  whoWithdrew: 'Vem återkallade det (frivilligt, t.ex. mamma)',
  confirm: 'Återkalla samtycket',
  withdrawn: 'Samtycket är återkallat. Det som vilade på det är dolt.',
  kind: { AGENCY_NOTE: 'Intern anteckning', POLICE_115: 'Polisen, §115', CONSENT_GATED: 'Med samtycke', STATUTE: 'Enligt lag' },
  preventionOnly: 'Endast brottsförebyggande',
  source: '{{agency}}, {{date}}',
  statute: 'Delat enligt {{label}}',
};

export const da: typeof en = {
  title: 'Retsgrundlag og samtykke',
  consents: 'Samtykker',
  information: 'Delte oplysninger',
  noConsents: 'Ingen samtykker registreret.',
  noInformation: 'Ingen delte oplysninger, du må se.',
  givenBy: 'Givet af {{who}}',
  given: 'givet {{date}}',
  expires: 'udløber {{date}}',
  covers: 'Dækker: {{list}}',
  forAgencies: 'Til: {{list}}',
  scope: { TIES: 'relationer', FACTORS: 'faktorvurderinger', INFORMATION: 'oplysninger' },
  live: 'Gælder',
  expired: 'Udløbet',
  withdrawnOn: 'Trukket tilbage {{date}}',
  withdrawnBy: 'Trukket tilbage {{date}} af {{who}}',
  withdraw: 'Træk tilbage…',
  withdrawLabel: 'Træk samtykket givet af {{who}} den {{date}} tilbage',
  confirmTitle: 'Træk samtykket tilbage?',
  confirmBody: 'Alt, der er delt på samtykket (relationer, faktorvurderinger, oplysninger), forsvinder straks for alle. Samtykket bliver stående som trukket tilbage; deling igen kræver et nyt samtykke.',
  whoWithdrew: 'Hvem trak det tilbage (valgfrit, fx mor)',
  confirm: 'Træk samtykket tilbage',
  withdrawn: 'Samtykket er trukket tilbage. Det, der hvilede på det, er skjult.',
  kind: { AGENCY_NOTE: 'Intern note', POLICE_115: 'Politiet, §115', CONSENT_GATED: 'På samtykke', STATUTE: 'Efter lovhjemmel' },
  preventionOnly: 'Kun kriminalitetsforebyggelse',
  source: '{{agency}}, {{date}}',
  statute: 'Delt efter {{label}}',
};

export function registerLegalStrings(): void {
  const add = () => {
    for (const [lang, res] of Object.entries({ en, sv, da })) if (!i18n.hasResourceBundle(lang, NS)) i18n.addResourceBundle(lang, NS, res);
  };
  if (i18n.isInitialized) add();
  else i18n.on('initialized', add);
}
registerLegalStrings();
