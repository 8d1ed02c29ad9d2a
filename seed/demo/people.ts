// The people of the demo case (all invented), their groups and the other communities they take
// part in. Birth years are absolute: the nine boys are 14–17 in 2026.
//
// The story the data tells: nine boys from Solbakken with two tone-setters (Yusuf, Mikkel); an
// older man (Benji) outside every group who recruits some of them; an older group at Lærketorvet
// the boys were in conflict with and are now allied to. Over the last weeks Emil drifts out
// (football), Oliver, the youngest, is pulled further in, and Kevin starts hanging out with the
// older group.
import type { SeedGroup, SeedGroupLink, SeedMembership, SeedParticipation, SeedPerson } from '../types.js';

export const MAIN_GROUP = 'solbakke_boys';
export const OTHER_GROUP = 'torvet_group';

export const people: SeedPerson[] = [
  // The nine boys.
  { key: 'yusuf', kind: 'YOUNG_PERSON', alias: 'Yusuf', name: 'Yusuf Karimi', birthYear: 2009 },
  { key: 'mikkel', kind: 'YOUNG_PERSON', alias: 'Mikke', name: 'Mikkel Thorsen', birthYear: 2010 },
  { key: 'jonas', kind: 'YOUNG_PERSON', alias: 'Jonne', name: 'Jonas Vestergaard', birthYear: 2010 },
  { key: 'bilal', kind: 'YOUNG_PERSON', alias: 'Bilal', name: 'Bilal Haddad', birthYear: 2010 },
  { key: 'kevin', kind: 'YOUNG_PERSON', alias: 'Kev', name: 'Kevin Madsen', birthYear: 2009 },
  { key: 'ahmad', kind: 'YOUNG_PERSON', alias: 'Ahmad', name: 'Ahmad Rahimi', birthYear: 2011 },
  { key: 'emil', kind: 'YOUNG_PERSON', alias: 'Emil', name: 'Emil Brandt', birthYear: 2011 },
  { key: 'noah', kind: 'YOUNG_PERSON', alias: 'Noah', name: 'Noah Vestergaard Hansen', birthYear: 2011 },
  { key: 'oliver', kind: 'YOUNG_PERSON', alias: 'Olle', name: 'Oliver Skov', birthYear: 2012 },
  // The older group at Lærketorvet.
  { key: 'dennis', kind: 'YOUNG_PERSON', alias: 'Dennis', name: 'Dennis Lindholm', birthYear: 2006 },
  { key: 'sami', kind: 'YOUNG_PERSON', alias: 'Sami', name: 'Sami Nasser', birthYear: 2007 },
  { key: 'tobias', kind: 'YOUNG_PERSON', alias: 'Tobbe', name: 'Tobias Krogh', birthYear: 2008 },
  { key: 'patrick', kind: 'YOUNG_PERSON', alias: 'Patrick', name: 'Patrick Skov', birthYear: 2007 },
  // Figures with pull on the boys, harmful and protective. PersonKind has no "adult" kind, and a
  // coach or an older sister is exactly "a person with pull on a group, outside it".
  { key: 'benji', kind: 'INFLUENTIAL_FIGURE', alias: 'Benji', name: 'Benjamin Qvist', birthYear: 2003 },
  { key: 'per', kind: 'INFLUENTIAL_FIGURE', alias: 'Per (træner)', name: 'Per Rasmussen', birthYear: 1979 },
  { key: 'hamid', kind: 'INFLUENTIAL_FIGURE', alias: 'Hamid (boksetræner)', name: 'Hamid Aziz', birthYear: 1988 },
  { key: 'amira', kind: 'INFLUENTIAL_FIGURE', alias: 'Amira', name: 'Amira Karimi', birthYear: 2004 },
];

export const groups: SeedGroup[] = [
  {
    key: MAIN_GROUP, name: 'Drengene fra Solbakken', area: 'solbakken',
    description: 'Ni drenge på 14–17 år, der skaber uro i og omkring Klub Solbakken og i boligområdet. Flere ryger hash og begår småkriminalitet.',
  },
  {
    key: OTHER_GROUP, name: 'Gruppen på Lærketorvet', area: 'laerkeparken',
    description: 'Ældre unge på 18–20 år, der samles på Lærketorvet og i P-kælderen under blok C. Mistanke om hashsalg.',
  },
];

export const memberships: SeedMembership[] = [
  { person: 'yusuf', group: MAIN_GROUP, role: 'LEADER', from: -420 },
  { person: 'mikkel', group: MAIN_GROUP, role: 'CORE', from: -420 },
  { person: 'jonas', group: MAIN_GROUP, role: 'CORE', from: -400 },
  { person: 'bilal', group: MAIN_GROUP, role: 'CORE', from: -350 },
  { person: 'kevin', group: MAIN_GROUP, role: 'CORE', from: -420 },
  { person: 'ahmad', group: MAIN_GROUP, role: 'CORE', from: -300 },
  // Emil steps back since he started training regularly again.
  { person: 'emil', group: MAIN_GROUP, role: 'CORE', from: -400, to: -10 },
  { person: 'emil', group: MAIN_GROUP, role: 'PERIPHERAL', from: -10 },
  { person: 'noah', group: MAIN_GROUP, role: 'PERIPHERAL', from: -250 },
  // Oliver, the youngest, moves into the core after leaving the scouts.
  { person: 'oliver', group: MAIN_GROUP, role: 'PERIPHERAL', from: -200, to: -14 },
  { person: 'oliver', group: MAIN_GROUP, role: 'CORE', from: -14 },

  { person: 'dennis', group: OTHER_GROUP, role: 'LEADER', from: -1100 },
  { person: 'sami', group: OTHER_GROUP, role: 'CORE', from: -1100 },
  { person: 'tobias', group: OTHER_GROUP, role: 'CORE', from: -700 },
  { person: 'patrick', group: OTHER_GROUP, role: 'CORE', from: -600 },
  // Kevin is the overlap between the two groups, new in the last three weeks.
  { person: 'kevin', group: OTHER_GROUP, role: 'PERIPHERAL', from: -20 },
];

export const groupLinks: SeedGroupLink[] = [
  { source: MAIN_GROUP, target: OTHER_GROUP, type: 'CONFLICT', from: -400, to: -42,
    note: 'Slåskamp ved stationen i foråret; grupperne holdt sig derefter fra hinanden.' },
  { source: MAIN_GROUP, target: OTHER_GROUP, type: 'ALLIANCE', from: -42,
    note: 'De ældre lader de yngre komme på torvet; mistanke om, at de forsyner dem med hash og bruger dem som bude.' },
  { source: MAIN_GROUP, target: OTHER_GROUP, type: 'OVERLAP', from: -20,
    note: 'Kevin kommer nu fast i gruppen på torvet.' },
];

export const participations: SeedParticipation[] = [
  { person: 'emil', community: 'football', strength: 4, from: -1500 },
  { person: 'noah', community: 'football', strength: 2, from: -13 },
  { person: 'jonas', community: 'football', strength: 2, from: -1500, to: -150 },
  { person: 'ahmad', community: 'boxing', strength: 3, from: -30 },
  { person: 'bilal', community: 'boxing', strength: 1, from: -12 },
  { person: 'oliver', community: 'scouts', strength: 2, from: -1300, to: -50 },
  { person: 'mikkel', community: 'workshop', strength: 3, from: -21 },
  { person: 'jonas', community: 'workshop', strength: 2, from: -21 },
  { person: 'yusuf', community: 'workshop', strength: 1, from: -14 },
  { person: 'ahmad', community: 'homework', strength: 2, from: -28 },
  { person: 'noah', community: 'homework', strength: 2, from: -60 },
];
