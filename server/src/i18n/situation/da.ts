// Beskeder for områdeniveauer, situationsrapporter, beredskabsalarmer og møder (issue 7), på dansk.
import type { situationEn } from './en.js';

export const situationDa: typeof situationEn = {
  errors: {
    notOnReadinessTeam: 'Kun medlemmer af beredskabsgruppen kan gøre det.',
    alertAlreadyConvened: 'Beredskabsgruppen er allerede samlet om denne alarm.',
    alertNotConvened: 'Registrér først, at gruppen er samlet.',
    alertClosed: 'Alarmen er afsluttet.',
    meetingExists: 'Tavlen har allerede et møde den dato.',
  },
  warnings: {
    IDENTITY_NUMBER: 'Dette er et CPR-nummer eller personnummer. Rapporter handler om steder og hændelser, aldrig om personer: fjern det for at sende rapporten.',
    POSSIBLE_IDENTITY_NUMBER: 'Dette ligner et CPR-nummer. Rapporter handler om steder, ikke personer: fjern det, medmindre det er noget andet.',
    PERSON_NAME: 'Dette ligner en persons navn. Rapporter handler om steder og hændelser: beskriv hvad der skete, ikke hvem.',
    HANDLE: 'Dette ligner et brugernavn eller en e-mailadresse. Rapporter handler om steder og hændelser, ikke personer.',
  },
  eventTypes: {
    LOITERING: 'Grupper der opholder sig',
    NOISE: 'Støj',
    VANDALISM: 'Hærværk',
    FIRE: 'Brand eller ildspåsættelse',
    THEFT: 'Tyveri',
    ROBBERY: 'Røveri',
    THREATS: 'Trusler eller chikane',
    VIOLENCE: 'Vold',
    WEAPONS: 'Våben',
    DRUGS: 'Stoffer',
    RECKLESS_DRIVING: 'Hensynsløs kørsel (knallert, bil)',
    INSECURITY: 'Beboere føler sig utrygge',
  },
  mail: {
    raisedSubject: 'Beredskabsalarm: {{area}} ({{level}})',
    raisedBody:
      'Der er slået beredskabsalarm for {{area}} på {{level}}.\n\nGruppen bør samles senest {{deadline}} (24 timer efter alarmen).\n\nÅbn Tavla for at se årsagen og det, der vides: {{link}}\n\nDenne e-mail indeholder bevidst ingen detaljer.',
    levels: { NORMAL: 'normalt niveau', ELEVATED: 'forhøjet niveau', CRITICAL: 'kritisk niveau' },
  },
  pdf: {
    title: 'Referat',
    meetingOf: 'Ugemøde {{date}}',
    decisions: 'Beslutninger',
    commitments: 'Aftaler',
    what: 'Hvad',
    who: 'Hvem',
    due: 'Senest',
    status: 'Tilstand',
    done: 'Udført',
    open: 'Åben',
    overdue: 'Forsinket',
    intervention: 'Indsats',
    none: 'Intet noteret.',
    generated: 'Dannet i Tavla {{date}}. Indeholder ingen oplysninger om enkeltpersoner, medmindre de er skrevet ind i referatet.',
  },
};
