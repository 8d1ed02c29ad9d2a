// The legal basis of what the partners share (issue 6), all invented: the families' consents, one
// of them since withdrawn; the information agencies shared about some of the boys, from internal
// notes to §115 information; and the ties and assessments that rest on a consent. Oliver's mother
// withdrew her consent four days ago, so what rested on it is hidden everywhere; Noah's father
// consented to school, social services and the club only, so the police analyst does not see what
// rests on that.
import type { SeedAssessment, SeedConsent, SeedInformation, SeedTie } from '../types.js';

export const consents: SeedConsent[] = [
  {
    key: 'emil_family', person: 'emil', givenBy: 'Mor og far, på netværksmødet', scope: ['TIES', 'FACTORS', 'INFORMATION'],
    agencies: ['social', 'school', 'police', 'club', 'youthschool'], given: -60, recordedBy: 'coordinator',
  },
  {
    key: 'oliver_mother', person: 'oliver', givenBy: 'Mor', scope: ['TIES', 'FACTORS', 'INFORMATION'],
    agencies: ['social', 'school', 'police', 'club'], given: -120, recordedBy: 'coordinator',
    withdrawn: { day: -4, by: 'Mor', recordedBy: 'coordinator' },
  },
  {
    key: 'noah_father', person: 'noah', givenBy: 'Far', scope: ['INFORMATION'],
    agencies: ['social', 'school', 'club'], given: -30, expires: 60, recordedBy: 'member',
  },
];

/** Ties that exist only on a consent (besides per–emil in ties.ts, which rests on Emil's parents' consent). */
export const consentTies: SeedTie[] = [
  { source: 'oliver', target: 'jonas', type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', sourceAgency: 'club', legalBasis: 'CONSENT',
    consent: 'oliver_mother', confidence: 'MEDIUM', from: -100, note: 'Går til fodbold sammen om onsdagen.' },
];

export const consentAssessments: SeedAssessment[] = [
  { person: 'oliver', factor: 'protective.community.trusted_adult', level: 1, on: -28, sourceAgency: 'club', legalBasis: 'CONSENT',
    consent: 'oliver_mother', note: 'Taler med gadeplansmedarbejderen, når han er alene.' },
];

export const information: SeedInformation[] = [
  { key: 'yusuf_police_note', person: 'yusuf', class: 'AGENCY_NOTE', sourceAgency: 'police', by: 'analyst', on: -10,
    text: 'Internt: patruljen har set Yusuf ved Benjis bil to aftener i træk. Følges op i næste uge.' },
  { key: 'yusuf_115', person: 'yusuf', class: 'POLICE_115', sourceAgency: 'police', by: 'analyst', on: -9,
    text: 'Yusuf er sigtet for butikstyveri i bycentret sammen med Jonas; sagen verserer. Delt efter §115 til det forebyggende arbejde.' },
  { key: 'yusuf_social_note', person: 'yusuf', class: 'AGENCY_NOTE', sourceAgency: 'social', by: 'coordinator', on: -8,
    text: 'Internt: mor har ringet og er bekymret for de sene aftener.' },
  { key: 'kevin_statute', person: 'kevin', class: 'STATUTE', statute: 'DK-FVL-28', sourceAgency: 'social', by: 'coordinator', on: -8,
    text: 'Familien har fået tilbudt familiebehandling; Kevin deltager ikke endnu.' },
  { key: 'emil_school_note', person: 'emil', class: 'AGENCY_NOTE', sourceAgency: 'school', by: 'member', on: -6,
    text: 'Internt: Emil har bedt om at sidde væk fra Yusuf i timerne.' },
  { key: 'emil_consent_info', person: 'emil', class: 'CONSENT_GATED', consent: 'emil_family', sourceAgency: 'school', by: 'member', on: -5,
    text: 'Emil har haft fuldt fremmøde de sidste tre uger og er begyndt i lektiecaféen.' },
  { key: 'oliver_consent_info', person: 'oliver', class: 'CONSENT_GATED', consent: 'oliver_mother', sourceAgency: 'school', by: 'member', on: -20,
    text: 'Olivers fravær er steget til 30 % siden efterårsferien.' },
  { key: 'noah_consent_info', person: 'noah', class: 'CONSENT_GATED', consent: 'noah_father', sourceAgency: 'school', by: 'member', on: -3,
    text: 'Noah har fået en mentor gennem skolen.' },
];
