// The SSP partners around the fictional estate Solbakken in the fictional Bøgely Kommune, the
// professionals who hold each boy's case, and one demo login per role. All names are invented;
// e-mail addresses use the reserved .example domain so nothing can reach a real inbox.
import type { SeedAgency, SeedContact, SeedUser } from '../types.js';

export const MUNICIPALITY = 'Bøgely Kommune';

export const agencies: SeedAgency[] = [
  { key: 'school', name: 'Solbakkeskolen', kind: 'SCHOOL', municipality: MUNICIPALITY },
  { key: 'social', name: 'Børn og Familie, Bøgely Kommune', kind: 'SOCIAL_SERVICES', municipality: MUNICIPALITY },
  { key: 'police', name: 'Midtkyst Politi, Kriminalpræventiv Sektion', kind: 'POLICE', municipality: MUNICIPALITY },
  { key: 'club', name: 'Klub Solbakken (fritids- og ungdomsklub)', kind: 'LEISURE', municipality: MUNICIPALITY },
  { key: 'youthschool', name: 'Bøgely Ungdomsskole', kind: 'YOUTH_SCHOOL', municipality: MUNICIPALITY },
  { key: 'housing', name: 'Boligselskabet Bøgebo, boligsocial helhedsplan', kind: 'HOUSING', municipality: MUNICIPALITY },
  { key: 'counselling', name: 'Ungerådgivningen Bøgely (rusmiddelbehandling)', kind: 'HEALTH', municipality: MUNICIPALITY },
];

const mail = (local: string): string => `${local}@boegely.example`;

export const contacts: SeedContact[] = [
  {
    key: 'kasper', agency: 'social', name: 'Kasper Holm', title: 'SSP-konsulent (koordinerende leder)',
    email: mail('kasper.holm'), responsibleFor: [],
  },
  {
    key: 'line', agency: 'social', name: 'Line Østergaard', title: 'Socialrådgiver, Ungeteamet',
    email: mail('line.oestergaard'), responsibleFor: ['yusuf', 'bilal', 'kevin', 'oliver'],
  },
  {
    key: 'nadia', agency: 'social', name: 'Nadia Bækgaard', title: 'Socialrådgiver, Ungeteamet',
    email: mail('nadia.baekgaard'), responsibleFor: ['mikkel', 'jonas', 'ahmad', 'emil', 'noah'],
  },
  {
    key: 'mette', agency: 'school', name: 'Mette Kragh', title: 'AKT-vejleder og SSP-kontaktlærer',
    email: mail('mette.kragh'), responsibleFor: ['mikkel', 'jonas', 'ahmad', 'emil', 'noah', 'oliver', 'bilal'],
  },
  {
    key: 'anders', agency: 'police', name: 'Anders Lund', title: 'Kriminalpræventiv medarbejder',
    email: mail('anders.lund'), responsibleFor: ['yusuf', 'bilal', 'kevin', 'benji', 'dennis', 'sami', 'tobias', 'patrick'],
  },
  {
    key: 'sara', agency: 'police', name: 'Sara Nygaard', title: 'Lokalbetjent, Solbakken',
    email: mail('sara.nygaard'), responsibleFor: ['mikkel', 'jonas', 'ahmad', 'emil', 'oliver', 'noah'],
  },
  {
    key: 'ali', agency: 'club', name: 'Ali Demir', title: 'Klubleder',
    email: mail('ali.demir'), responsibleFor: ['yusuf', 'mikkel', 'emil', 'oliver', 'noah'],
  },
  {
    key: 'freja', agency: 'club', name: 'Freja Mikkelsen', title: 'Gadeplansmedarbejder',
    email: mail('freja.mikkelsen'), responsibleFor: ['kevin', 'dennis', 'sami', 'tobias', 'patrick'],
  },
  {
    key: 'nikolaj', agency: 'youthschool', name: 'Nikolaj Bech', title: 'Ungdomsskolekonsulent',
    email: mail('nikolaj.bech'), responsibleFor: ['mikkel', 'jonas', 'yusuf', 'ahmad'],
  },
  {
    key: 'hanne', agency: 'housing', name: 'Hanne Dahl', title: 'Boligsocial medarbejder',
    email: mail('hanne.dahl'), responsibleFor: [],
  },
  {
    key: 'thomas', agency: 'counselling', name: 'Thomas Riis', title: 'Rusmiddelkonsulent',
    email: mail('thomas.riis'), responsibleFor: ['jonas', 'kevin', 'yusuf'],
  },
];

// Usernames are fixed: the server's tests and the demo instructions log in with them.
export const users: SeedUser[] = [
  { key: 'coordinator', username: 'coordinator', displayName: 'Kasper Holm', role: 'COORDINATOR', agency: 'social' },
  { key: 'member', username: 'member', displayName: 'Mette Kragh', role: 'MEMBER', agency: 'school' },
  { key: 'analyst', username: 'analyst', displayName: 'Anders Lund', role: 'ANALYST', agency: 'police' },
  { key: 'manager', username: 'manager', displayName: 'Birgitte Winther', role: 'MANAGER', agency: 'social' },
  { key: 'admin', username: 'admin', displayName: 'Systemadministrator', role: 'ADMIN' },
  // An outside reporter: the taxi firm's dispatcher, who files reports about places and sees nothing else.
  { key: 'reporter', username: 'reporter', displayName: 'Kim Andersen', role: 'REPORTER' },
  // The municipality's data-protection officer: reviews the access log, sees no case data.
  { key: 'auditor', username: 'auditor', displayName: 'Dorthe Vestergaard', role: 'AUDITOR' },
];
