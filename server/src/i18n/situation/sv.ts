// Meddelanden för områdesnivåer, lägesrapporter, beredskapslarm och möten (issue 7), på svenska.
import type { situationEn } from './en.js';

export const situationSv: typeof situationEn = {
  errors: {
    notOnReadinessTeam: 'Bara medlemmar i beredskapsgruppen kan göra det.',
    alertAlreadyConvened: 'Beredskapsgruppen har redan samlats för det här larmet.',
    alertNotConvened: 'Registrera först att gruppen har samlats.',
    alertClosed: 'Larmet är avslutat.',
    meetingExists: 'Tavlan har redan ett möte det datumet.',
  },
  warnings: {
    IDENTITY_NUMBER: 'Det här är ett personnummer. Rapporter handlar om platser och händelser, aldrig om personer: ta bort det för att kunna skicka rapporten.',
    POSSIBLE_IDENTITY_NUMBER: 'Det här liknar ett personnummer. Rapporter handlar om platser, inte personer: ta bort det om det inte är något annat.',
    PERSON_NAME: 'Det här liknar ett namn på en person. Rapporter handlar om platser och händelser: beskriv vad som hände, inte vem.',
    HANDLE: 'Det här liknar ett användarnamn eller en e-postadress. Rapporter handlar om platser och händelser, inte personer.',
  },
  eventTypes: {
    LOITERING: 'Grupper som uppehåller sig',
    NOISE: 'Störande ljud',
    VANDALISM: 'Skadegörelse',
    FIRE: 'Brand eller anlagd brand',
    THEFT: 'Stöld',
    ROBBERY: 'Rån',
    THREATS: 'Hot eller trakasserier',
    VIOLENCE: 'Våld',
    WEAPONS: 'Vapen',
    DRUGS: 'Narkotika',
    RECKLESS_DRIVING: 'Vårdslös körning (moped, bil)',
    INSECURITY: 'Boende känner sig otrygga',
  },
  mail: {
    raisedSubject: 'Beredskapslarm: {{area}} ({{level}})',
    raisedBody:
      'Ett beredskapslarm har utlösts för {{area}} på {{level}}.\n\nGruppen bör samlas senast {{deadline}} (24 timmar efter larmet).\n\nÖppna Tavla för att se orsaken och det som är känt: {{link}}\n\nDet här mejlet innehåller medvetet inga detaljer.',
    levels: { NORMAL: 'normal nivå', ELEVATED: 'förhöjd nivå', CRITICAL: 'kritisk nivå' },
  },
  pdf: {
    title: 'Protokoll',
    meetingOf: 'Veckomöte {{date}}',
    decisions: 'Beslut',
    commitments: 'Åtaganden',
    what: 'Vad',
    who: 'Vem',
    due: 'Senast',
    status: 'Läge',
    done: 'Klart',
    open: 'Öppet',
    overdue: 'Försenat',
    intervention: 'Insats',
    none: 'Inget antecknat.',
    generated: 'Skapat i Tavla {{date}}. Innehåller inga uppgifter om enskilda om de inte skrivits in i protokollet.',
  },
};
