// Factor assessments for each of the nine boys at three meetings: when the case opened (day -56),
// four weeks later (-28) and last week (-7). Levels run 0 (absent) to 3 (strong) and move the way
// the interventions would make them: family and leisure factors improve for most, while the boys
// closest to Benji and the older group get worse.
import type { Key, SeedAssessment } from '../types.js';
import { sharedBy } from './sources.js';

export const ASSESSMENT_DAYS = [-56, -28, -7] as const;

type Levels = readonly [0 | 1 | 2 | 3, 0 | 1 | 2 | 3, 0 | 1 | 2 | 3];
type Line = [factor: Key, levels: Levels, agency: Key, note?: string];

// One line per factor: its level at each of ASSESSMENT_DAYS and the agency that assessed it. The
// note, if any, explains the latest level.
const lines: Record<Key, Line[]> = {
  yusuf: [
    ['risk.peers.older_criminal_contacts', [2, 3, 3], 'police', 'Ses ofte med Benji på torvet.'],
    ['risk.individual.attitudes_favouring_crime', [3, 3, 3], 'police'],
    ['risk.individual.substance_use', [3, 3, 2], 'counselling', 'Møder op i Ungerådgivningen hver anden uge.'],
    ['risk.school.truancy', [3, 2, 2], 'school'],
    ['protective.family.network_adult', [1, 2, 3], 'social', 'Storesøsteren er blevet fast del af netværket.'],
  ],
  mikkel: [
    ['risk.peers.delinquent_friends', [3, 3, 2], 'police'],
    ['risk.individual.impulsivity', [2, 2, 2], 'school'],
    ['risk.school.low_commitment', [3, 2, 1], 'school', 'Mere motiveret efter værkstedsholdet.'],
    ['protective.community.organised_leisure', [0, 0, 2], 'youthschool', 'Kommer fast på værkstedsholdet.'],
    ['protective.school.opportunities', [0, 1, 2], 'youthschool'],
  ],
  jonas: [
    ['risk.individual.substance_use', [3, 3, 2], 'counselling'],
    ['risk.peers.delinquent_friends', [3, 3, 3], 'police'],
    ['risk.family.poor_supervision', [3, 2, 2], 'social'],
    ['protective.family.clear_rules', [0, 1, 2], 'social', 'Forældrene har aftalt hjemkomsttider med ham på netværksmødet.'],
    ['protective.community.organised_leisure', [0, 1, 2], 'youthschool'],
  ],
  bilal: [
    ['risk.peers.older_criminal_contacts', [2, 3, 3], 'police', 'Fortsat kontakt med Benji trods mentorforløbet.'],
    ['risk.peers.gang_involvement', [1, 2, 2], 'police'],
    ['risk.family.conflict', [2, 2, 1], 'social'],
    ['protective.community.trusted_adult', [0, 1, 1], 'social'],
    ['protective.individual.future_orientation', [0, 1, 1], 'social', 'Taler om at blive mekaniker.'],
  ],
  kevin: [
    ['risk.peers.gang_involvement', [1, 2, 3], 'police', 'Kommer nu fast i gruppen på Lærketorvet.'],
    ['risk.peers.older_criminal_contacts', [2, 2, 3], 'police'],
    ['risk.individual.substance_use', [2, 3, 3], 'counselling', 'Udebliver fra aftalerne.'],
    ['risk.school.truancy', [3, 3, 3], 'school'],
    ['protective.family.bonding', [1, 1, 0], 'social'],
  ],
  ahmad: [
    ['risk.peers.delinquent_friends', [2, 2, 2], 'police'],
    ['risk.school.low_achievement', [2, 2, 2], 'school'],
    ['protective.community.organised_leisure', [0, 1, 2], 'club', 'Træner boksning tre gange om ugen.'],
    ['protective.community.trusted_adult', [0, 1, 2], 'club'],
    ['protective.school.recognition', [1, 1, 2], 'school'],
  ],
  emil: [
    ['risk.peers.delinquent_friends', [3, 2, 1], 'police'],
    ['risk.individual.attitudes_favouring_crime', [1, 1, 1], 'police'],
    ['protective.community.organised_leisure', [2, 3, 3], 'club'],
    ['protective.community.trusted_adult', [1, 2, 3], 'club', 'Træneren er blevet hans faste voksne.'],
    ['protective.peers.prosocial_friends', [1, 2, 2], 'school'],
  ],
  noah: [
    ['risk.peers.delinquent_friends', [2, 2, 1], 'police'],
    ['risk.individual.substance_use', [1, 1, 1], 'counselling'],
    ['protective.family.bonding', [2, 2, 3], 'social'],
    ['protective.school.bonding', [2, 2, 2], 'school'],
    ['protective.community.organised_leisure', [0, 0, 2], 'club', 'Startet til fodbold.'],
  ],
  oliver: [
    ['risk.peers.delinquent_friends', [1, 2, 3], 'police'],
    ['risk.peers.peer_rewards_antisocial', [1, 2, 3], 'club', 'Søger anerkendelse hos de ældste i gruppen.'],
    ['risk.family.history_of_problem_behaviour', [2, 2, 2], 'social'],
    ['risk.school.truancy', [0, 1, 2], 'school'],
    ['protective.community.organised_leisure', [2, 1, 0], 'club', 'Er stoppet til spejder.'],
  ],
};

export const assessments: SeedAssessment[] = Object.entries(lines).flatMap(([person, factorLines]) =>
  factorLines.flatMap(([factor, levels, agency, note]) =>
    ASSESSMENT_DAYS.map((on, i): SeedAssessment => ({
      person, factor, level: levels[i]!, on, ...sharedBy(agency),
      ...(i === ASSESSMENT_DAYS.length - 1 && note !== undefined ? { note } : {}),
    })),
  ),
);
