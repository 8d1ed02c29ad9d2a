// The coordinated interventions from the SSP proposal, across the prevention triangle, with their
// weekly follow-ups. The team meets weekly; the last meeting was two days ago and the next is in
// five days. Costs are plausible DKK figures so a manager's cost view has something to compare,
// including one expensive late measure (a placement) still at the planning stage.
import type { RelDay, SeedIntervention } from '../types.js';
import { MAIN_BOARD, OTHER_BOARD } from './boards.js';
import { MAIN_GROUP, OTHER_GROUP } from './people.js';

/** The weekly meetings of the last six weeks, oldest first. */
export const MEETING_DAYS: RelDay[] = [-44, -37, -30, -23, -16, -9, -2];
const NEXT_MEETING: RelDay = 5;

const NINE = ['yusuf', 'mikkel', 'jonas', 'bilal', 'kevin', 'ahmad', 'emil', 'noah', 'oliver'];

const general: SeedIntervention[] = [
  {
    key: 'police_presence', board: MAIN_BOARD, level: 'GENERAL', status: 'ACTIVE', start: -49,
    title: 'Prioriteret politi- og gadeplansnærvær ved Klub Solbakken',
    description: 'Fast patrulje torsdag til lørdag kl. 18–23 ved klubben og kunstgræsbanen sammen med gadeplansteamet; restriktiv håndhævelse af lov om euforiserende stoffer.',
    responsibleAgency: 'police', responsibleContact: 'sara',
    targetPeople: [], targetGroups: [MAIN_GROUP],
    strengthens: ['protective.community.adult_presence'],
    reduces: ['risk.community.drug_availability', 'risk.community.disorder', 'risk.community.norms_favouring_crime'],
    cost: { amount: 9600, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -44, progress: 'ON_TRACK', note: 'Patruljen er i gang.' },
      { on: -37, progress: 'ON_TRACK', note: 'Container-branden efterforskes; fortsat fast patrulje.' },
      { on: -30, progress: 'ON_TRACK' },
      { on: -23, progress: 'DELAYED', note: 'Patruljen blev trukket til andre opgaver to aftener.' },
      { on: -16, progress: 'ON_TRACK' },
      { on: -9, progress: 'ON_TRACK', note: 'Færre anmeldelser; uroen flytter mod Lærketorvet.' },
      { on: -2, progress: 'ON_TRACK' },
    ],
  },
  {
    key: 'lighting', board: MAIN_BOARD, level: 'GENERAL', status: 'COMPLETED', start: -40, end: -20,
    title: 'Ny belysning og tryghedsvandring i Solbakken',
    description: 'Boligselskabet udskifter belysningen i stitunnelen og ved blok 4 efter en tryghedsvandring med beboere, politi og klub.',
    responsibleAgency: 'housing', responsibleContact: 'hanne',
    targetPeople: [], targetGroups: [],
    strengthens: ['protective.community.adult_presence'],
    reduces: ['risk.community.disorder'],
    cost: { amount: 85000, unit: 'ONE_OFF', currency: 'DKK' },
    followUps: [
      { on: -37, progress: 'ON_TRACK', note: 'Tryghedsvandring holdt med 14 beboere.' },
      { on: -30, progress: 'ON_TRACK' },
      { on: -23, progress: 'DONE', note: 'Belysningen er sat op.' },
    ],
  },
];

const specific: SeedIntervention[] = [
  {
    key: 'split_group', board: MAIN_BOARD, level: 'SPECIFIC', status: 'ACTIVE', start: -42,
    title: 'Opsplitning af gruppen: aldersopdelte klubaftener',
    description: 'Klubben deler aftenerne, så de yngste drenge har egne aktiviteter uden de toneangivende, med faste voksne på hver aften.',
    responsibleAgency: 'club', responsibleContact: 'ali',
    targetPeople: ['oliver', 'noah', 'emil'], targetGroups: [MAIN_GROUP],
    strengthens: ['protective.peers.prosocial_friends', 'protective.community.trusted_adult'],
    reduces: ['risk.peers.delinquent_friends', 'risk.peers.peer_rewards_antisocial'],
    cost: { amount: 3400, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -37, progress: 'ON_TRACK', note: 'Første aldersopdelte aften gennemført.' },
      { on: -30, progress: 'ON_TRACK' },
      { on: -23, progress: 'ON_TRACK' },
      { on: -16, progress: 'DELAYED', note: 'Oliver søger fortsat de ældste og kommer ikke på sine aftener.' },
      { on: -9, progress: 'DELAYED' },
      { on: -2, progress: 'ON_TRACK', note: 'Emil og Noah kommer fast; Oliver drøftes særskilt.' },
    ],
  },
  {
    key: 'youth_school_team', board: MAIN_BOARD, level: 'SPECIFIC', status: 'ACTIVE', start: -21,
    title: 'Inkluderende ungdomsskolehold: knallertværksted',
    description: 'Ungdomsskolen har fundet de unges interesser gennem den koordinerende leder og oprettet et værkstedshold to aftener om ugen.',
    responsibleAgency: 'youthschool', responsibleContact: 'nikolaj',
    targetPeople: ['mikkel', 'jonas', 'yusuf', 'ahmad'], targetGroups: [],
    strengthens: ['protective.community.organised_leisure', 'protective.community.recognition', 'protective.school.opportunities'],
    reduces: ['risk.school.low_commitment'],
    cost: { amount: 4200, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -16, progress: 'ON_TRACK', note: 'Mikkel og Jonas kommer fast.' },
      { on: -9, progress: 'ON_TRACK', note: 'Yusuf har været der én gang.' },
      { on: -2, progress: 'ON_TRACK' },
    ],
  },
  {
    key: 'police_dialogue', board: MAIN_BOARD, level: 'SPECIFIC', status: 'ACTIVE', start: -35,
    title: 'Dialogsamtaler med politiet for hver af de ni',
    description: 'Politiet taler systematisk med hver ung, med forældrene til stede, efter hver hændelse: tydelige konsekvenser og en vej ud.',
    responsibleAgency: 'police', responsibleContact: 'anders',
    targetPeople: [], targetGroups: [MAIN_GROUP],
    strengthens: [],
    reduces: ['risk.individual.attitudes_favouring_crime', 'risk.peers.peer_rewards_antisocial'],
    cost: { amount: 2000, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -30, progress: 'ON_TRACK' },
      { on: -23, progress: 'ON_TRACK', note: 'Seks af ni samtaler holdt.' },
      { on: -16, progress: 'DELAYED', note: 'Kevins familie er ikke mødt op.' },
      { on: -9, progress: 'ON_TRACK' },
      { on: -2, progress: 'ON_TRACK' },
    ],
  },
  {
    key: 'torvet_outreach', board: OTHER_BOARD, level: 'SPECIFIC', status: 'ACTIVE', start: -14,
    title: 'Opsøgende gadeplansarbejde på Lærketorvet',
    description: 'Gadeplansteamet er på torvet tre aftener om ugen for at få kontakt med de unge og de yngre, der kommer dertil fra Solbakken.',
    responsibleAgency: 'club', responsibleContact: 'freja',
    targetPeople: [], targetGroups: [OTHER_GROUP],
    strengthens: ['protective.community.adult_presence', 'protective.community.trusted_adult'],
    reduces: ['risk.community.drug_availability'],
    cost: { amount: 2800, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -9, progress: 'ON_TRACK', note: 'Kontakt etableret til de fleste på torvet.' },
      { on: -2, progress: 'DELAYED', note: 'Røveriet på torvet har gjort de unge mere afvisende.' },
    ],
  },
];

const individual: SeedIntervention[] = [
  {
    key: 'signs_of_safety', board: MAIN_BOARD, level: 'INDIVIDUAL', status: 'ACTIVE', start: -49,
    title: 'Signs of Safety-netværksmøder med hver ung og familie',
    description: 'Netværksmøder med den unge, familien og netværket: hvad går godt, hvad bekymrer, hvad skal der ske. Her afdækkes også, hvilke andre fællesskaber den unge er med i.',
    responsibleAgency: 'social', responsibleContact: 'line',
    targetPeople: NINE, targetGroups: [],
    strengthens: ['protective.family.bonding', 'protective.family.clear_rules', 'protective.family.network_adult'],
    reduces: ['risk.family.poor_supervision', 'risk.family.conflict'],
    cost: { amount: 6000, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -44, progress: 'ON_TRACK', note: 'Mødeplan lagt for alle ni familier.' },
      { on: -37, progress: 'ON_TRACK' },
      { on: -30, progress: 'ON_TRACK', note: 'Syv af ni første møder holdt.' },
      { on: -23, progress: 'DELAYED', note: 'Kevins og Bilals familier har aflyst.' },
      { on: -16, progress: 'ON_TRACK' },
      { on: -9, progress: 'ON_TRACK', note: 'Yusufs storesøster deltager fast.' },
      { on: -2, progress: 'ON_TRACK' },
    ],
  },
  {
    key: 'mentor_bilal', board: MAIN_BOARD, level: 'INDIVIDUAL', status: 'ACTIVE', start: -35,
    title: 'Mentor til Bilal',
    description: 'En mentor fra Ungeteamet ser Bilal to gange om ugen med fokus på at bryde kontakten til Benji og finde en fritidsaktivitet.',
    responsibleAgency: 'social', responsibleContact: 'line',
    targetPeople: ['bilal'], targetGroups: [],
    strengthens: ['protective.community.trusted_adult', 'protective.individual.future_orientation'],
    reduces: ['risk.peers.older_criminal_contacts', 'risk.peers.gang_involvement'],
    cost: { amount: 3900, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -30, progress: 'DELAYED', note: 'Bilal udeblev fra de to første aftaler.' },
      { on: -23, progress: 'ON_TRACK' },
      { on: -16, progress: 'ON_TRACK', note: 'Prøvetræning i bokseklubben aftalt.' },
      { on: -9, progress: 'DELAYED', note: 'Ny kontakt til Benji ifølge politiet.' },
      { on: -2, progress: 'DELAYED' },
    ],
  },
  {
    key: 'plan_yusuf', board: MAIN_BOARD, level: 'INDIVIDUAL', status: 'ACTIVE', start: -28,
    title: 'Koordineret handleplan for Yusuf',
    description: 'Én fælles plan på tværs af skole, socialforvaltning, politi og Ungerådgivningen, inspireret af de svenske sociale indsatsgrupper (SIG).',
    responsibleAgency: 'social', responsibleContact: 'line',
    targetPeople: ['yusuf'], targetGroups: [],
    strengthens: ['protective.family.network_adult', 'protective.individual.future_orientation'],
    reduces: ['risk.peers.older_criminal_contacts', 'risk.individual.substance_use', 'risk.school.truancy'],
    cost: { amount: 5500, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -23, progress: 'ON_TRACK', note: 'Planen underskrevet af Yusuf og forældrene.' },
      { on: -16, progress: 'ON_TRACK' },
      { on: -9, progress: 'DELAYED', note: 'Set med Benji på torvet; planen skærpes.' },
      { on: -2, progress: 'ON_TRACK' },
    ],
  },
  {
    key: 'substance_treatment', board: MAIN_BOARD, level: 'INDIVIDUAL', status: 'ACTIVE', start: -28,
    title: 'Ambulant rusmiddelbehandling i Ungerådgivningen',
    description: 'Samtaleforløb om hash for Jonas, Kevin og Yusuf, med forældrene inddraget.',
    responsibleAgency: 'counselling', responsibleContact: 'thomas',
    targetPeople: ['jonas', 'kevin', 'yusuf'], targetGroups: [],
    strengthens: ['protective.individual.self_control'],
    reduces: ['risk.individual.substance_use'],
    cost: { amount: 4500, unit: 'PER_WEEK', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -23, progress: 'ON_TRACK' },
      { on: -16, progress: 'DELAYED', note: 'Kevin er ikke mødt op.' },
      { on: -9, progress: 'ON_TRACK' },
      { on: -2, progress: 'DELAYED', note: 'Kevin udebliver fortsat; Jonas og Yusuf kommer.' },
    ],
  },
  {
    key: 'leisure_bridge', board: MAIN_BOARD, level: 'INDIVIDUAL', status: 'ACTIVE', start: -35,
    title: 'Brobygning til fodbold og boksning',
    description: 'Klubben følger de unge til de første træninger og betaler kontingent og udstyr, så fællesskaber uden for gruppen kan trække mere.',
    responsibleAgency: 'club', responsibleContact: 'ali',
    targetPeople: ['emil', 'noah', 'ahmad', 'bilal'], targetGroups: [],
    strengthens: ['protective.community.organised_leisure', 'protective.community.trusted_adult', 'protective.peers.prosocial_friends'],
    reduces: [],
    cost: { amount: 6400, unit: 'ONE_OFF', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -30, progress: 'ON_TRACK', note: 'Ahmad er startet til boksning.' },
      { on: -16, progress: 'ON_TRACK', note: 'Noah er startet til fodbold.' },
      { on: -2, progress: 'ON_TRACK', note: 'Bilal har været til prøvetræning.' },
    ],
  },
  {
    key: 'placement_kevin', board: MAIN_BOARD, level: 'INDIVIDUAL', status: 'PLANNED', start: 14,
    title: 'Vurdering af anbringelse uden for hjemmet (Kevin)',
    description: 'Hvis de øvrige indsatser ikke virker, vurderes en anbringelse på et opholdssted. Den dyreste og seneste indsats i planen.',
    responsibleAgency: 'social', responsibleContact: 'line',
    targetPeople: ['kevin'], targetGroups: [],
    strengthens: [],
    reduces: ['risk.peers.gang_involvement', 'risk.family.poor_supervision'],
    cost: { amount: 5200, unit: 'PER_DAY', currency: 'DKK' }, nextFollowUp: NEXT_MEETING,
    followUps: [
      { on: -2, progress: 'ON_TRACK', note: 'Børnefaglig undersøgelse sat i gang; forelægges visitationen om to uger.' },
    ],
  },
];

export const interventions: SeedIntervention[] = [...general, ...specific, ...individual];
