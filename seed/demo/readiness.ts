// The readiness team (beredskab) of the fictional Bøgely Kommune and the one alert it has closed:
// the Saturday six weeks ago when a container burned by the club and stones hit a patrol car (the
// police's critical report that week). The team met the next day, well inside 24 hours, and closed
// the alert once the area had been calm for weeks. Area levels before and after are recorded too.
// Everything is invented; texts are about places and what was done, never about the boys.
import type { SeedAlert, SeedLevelChange, SeedReadinessMember } from '../types.js';

const mail = (local: string): string => `${local}@boegely.example`;

/** Leaders with a mandate: the SSP coordinator, the police and the head of children and families. */
export const readinessTeam: SeedReadinessMember[] = [
  { user: 'coordinator', email: mail('kasper.holm') },
  { user: 'analyst', email: mail('anders.lund') },
  { user: 'manager', email: mail('birgitte.winther') },
];

export const alerts: SeedAlert[] = [
  {
    key: 'solbakken_fire',
    area: 'solbakken',
    level: 'CRITICAL',
    reason: 'Ild i en container ved Klub Solbakken og sten kastet mod en patruljevogn lørdag aften. Taxaselskabet kører ikke ind i området efter kl. 22.',
    raised: { day: -41, hour: 20 },
    raisedBy: 'analyst',
    convened: {
      at: { day: -40, hour: 13 },
      by: 'coordinator',
      attendees: ['coordinator', 'analyst', 'manager'],
      others: ['Boligselskabet Bøgebo, driftschef', 'Klub Solbakken, klubleder'],
      note: 'Samlet på rådhuset søndag; politiet deltog fra stationen de første 20 minutter.',
    },
    decisions: [
      { text: 'Klubben deler aftenerne op efter alder fra mandag.', by: 'coordinator' },
      { text: 'Politiet har fast patrulje ved klubben og kunstgræsbanen torsdag til lørdag i fire uger.', by: 'analyst' },
      { text: 'Boligselskabet skifter belysningen i stitunnelen og ved blok 4.', by: 'manager' },
    ],
    actions: [
      { what: 'Opdelte klubaftener efter alder', who: 'Klub Solbakken', agency: 'club', due: -38, done: true, by: 'coordinator' },
      { what: 'Forældremøde i beboerhuset om uroen', who: 'SSP-konsulenten', agency: 'social', due: -33, done: true, by: 'coordinator' },
      { what: 'Ny belysning i stitunnelen og ved blok 4', who: 'Boligselskabet Bøgebo', agency: 'housing', due: -16, done: true, by: 'manager' },
      { what: 'Fast patrulje torsdag–lørdag ved klubben og banen', who: 'Nærpolitiet', agency: 'police', due: -13, done: true, by: 'analyst' },
    ],
    closed: {
      at: { day: -14, hour: 10 },
      by: 'coordinator',
      summary: 'Roligt ved klubben i tre uger; belysningen er skiftet, og patruljen trappes ned. Området er tilbage på normalt niveau. Opfølgningen fortsætter på Solbakken-tavlen.',
      levelAfter: 'NORMAL',
    },
  },
];

export const levelChanges: SeedLevelChange[] = [
  {
    area: 'solbakken', at: { day: -48, hour: 9 }, level: 'ELEVATED', by: 'coordinator',
    reason: 'Tre anmeldelser om hærværk ved klubben og hashlugt ved kunstgræsbanen i ugens rapporter.',
  },
  {
    area: 'laerkeparken', at: { day: -34, hour: 9 }, level: 'ELEVATED', by: 'coordinator',
    reason: 'Mistanke om hashsalg fra P-kælderen; yngre unge fra Solbakken ses på torvet om aftenen.',
  },
];
