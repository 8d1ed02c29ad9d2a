// Shape of Tavla's seed data: the factor catalogue (reference data, loaded in every environment)
// and the fictional demo case. Entries refer to each other by short keys; the loader turns keys
// into stable prefixed ids (see docs/data-model.md) so reloading the seed never duplicates.
// Dates are whole days relative to the day the seed is loaded (RelDay: -7 = a week ago), so the
// demo's "changed over the last weeks" stays true whenever it is loaded.

export type Key = string;
export type RelDay = number;
export type Lang3<T = string> = { sv: T; da: T; en: T };

export type AgencyKind = 'SCHOOL' | 'SOCIAL_SERVICES' | 'POLICE' | 'LEISURE' | 'YOUTH_SCHOOL' | 'HEALTH' | 'HOUSING' | 'ASSOCIATION' | 'OTHER';
export type PersonKind = 'YOUNG_PERSON' | 'INFLUENTIAL_FIGURE';
export type MembershipRole = 'LEADER' | 'CORE' | 'PERIPHERAL';
export type TieType = 'FRIEND' | 'FAMILY' | 'PARTNER' | 'CLASSMATE' | 'CONFLICT' | 'CO_OFFENDING' | 'LOOKS_UP_TO' | 'RECRUITS' | 'PROTECTIVE_ADULT' | 'OTHER';
export type Valence = 'SUPPORTIVE' | 'HARMFUL' | 'AMBIVALENT';
export type LegalBasis = 'CONSENT' | 'SSP_115' | 'OTHER_STATUTE';
export type Confidence = 'LOW' | 'MEDIUM' | 'HIGH';
export type GroupLinkType = 'ALLIANCE' | 'CONFLICT' | 'OVERLAP';
export type CommunityKind = 'CLUB' | 'SPORT' | 'ASSOCIATION' | 'OTHER';
export type PlaceKind = 'HOUSING_AREA' | 'SPORTS_FIELD' | 'YOUTH_CLUB' | 'SCHOOL' | 'SQUARE' | 'OTHER';
export type AreaLevel = 'NORMAL' | 'ELEVATED' | 'CRITICAL';
export type FactorKind = 'PROTECTIVE' | 'RISK';
export type FactorDomain = 'INDIVIDUAL' | 'PEERS' | 'FAMILY' | 'SCHOOL' | 'COMMUNITY';
export type PreventionLevel = 'GENERAL' | 'SPECIFIC' | 'INDIVIDUAL';
export type InterventionStatus = 'PLANNED' | 'ACTIVE' | 'PAUSED' | 'COMPLETED' | 'CANCELLED';
export type CostUnit = 'PER_DAY' | 'PER_WEEK' | 'ONE_OFF';
export type Progress = 'ON_TRACK' | 'DELAYED' | 'STOPPED' | 'DONE';
export type Role = 'COORDINATOR' | 'MEMBER' | 'ANALYST' | 'MANAGER' | 'ADMIN' | 'REPORTER' | 'AUDITOR';

export interface SeedFactor {
  key: Key;
  kind: FactorKind;
  domain: FactorDomain;
  name: Lang3;
  description: Lang3;
  /** Where the factor comes from, e.g. 'Communities That Care'. */
  source: string;
}

export interface SeedAgency { key: Key; name: string; kind: AgencyKind; municipality: string }
export interface SeedContact {
  key: Key; agency: Key; name: string; title: string; phone?: string; email?: string;
  /** Person keys this contact is responsible for. */
  responsibleFor: Key[];
}
export interface SeedArea {
  key: Key; name: string; municipality: string;
  places: { key: Key; name: string; kind: PlaceKind }[];
}
export interface SeedReport {
  area: Key; weeksAgo: number; level: AreaLevel; eventTypes: string[]; text: string;
  reporterName: string; organisation: string;
  /** The user (an outside reporter) who filed it, when it came in through Tavla. */
  filedBy?: Key;
}
export interface SeedPerson { key: Key; kind: PersonKind; alias: string; name: string; birthYear: number }
export interface SeedGroup { key: Key; name: string; description: string; area?: Key }
export interface SeedMembership { person: Key; group: Key; role: MembershipRole; from: RelDay; to?: RelDay }
export interface SeedTieRevision {
  /** The values the tie had until `until` (the tie's current values are on the tie). */
  until: RelDay; type: TieType; strength: number; valence: Valence;
}
export interface SeedTie {
  source: Key; target: Key; type: TieType; strength: number; valence: Valence; directed?: boolean;
  sourceAgency?: Key; legalBasis: LegalBasis; confidence: Confidence; from: RelDay; to?: RelDay; note?: string;
  /** The consent (SeedConsent key) it was shared on: shown only while that consent is live. */
  consent?: Key;
  /** Earlier values, oldest first, so the demo shows ties that changed. */
  revisions?: SeedTieRevision[];
}
export interface SeedGroupLink { source: Key; target: Key; type: GroupLinkType; note?: string; from: RelDay; to?: RelDay }
export interface SeedCommunity { key: Key; name: string; kind: CommunityKind; area?: Key }
export interface SeedParticipation { person: Key; community: Key; strength: number; from: RelDay; to?: RelDay }
export interface SeedAssessment {
  person: Key; factor: Key; level: 0 | 1 | 2 | 3; on: RelDay; sourceAgency: Key; legalBasis: LegalBasis; note?: string;
  /** The consent (SeedConsent key) it was shared on. */
  consent?: Key;
}
export interface SeedIntervention {
  key: Key; board: Key; title: string; description: string; level: PreventionLevel; status: InterventionStatus;
  start: RelDay; end?: RelDay; responsibleAgency: Key; responsibleContact?: Key;
  targetPeople: Key[]; targetGroups: Key[]; strengthens: Key[]; reduces: Key[];
  cost?: { amount: number; unit: CostUnit; currency: string };
  nextFollowUp?: RelDay;
  followUps: { on: RelDay; progress: Progress; note?: string }[];
}
export interface SeedBoard {
  key: Key; title: string; description: string; area?: Key;
  people: { person: Key; toneSetter?: boolean }[];
  groups: Key[];
  /** User keys on the board's team. */
  team: Key[];
}
export interface SeedUser { key: Key; username: string; displayName: string; role: Role; agency?: Key }

/** A moment: a day relative to the load day and the hour (UTC, may be fractional) on it. */
export interface SeedMoment { day: RelDay; hour: number }
export interface SeedReadinessMember { user: Key; email?: string }
/** A change of an area's level not made by an alert (alerts' own changes are derived from them). */
export interface SeedLevelChange { area: Key; at: SeedMoment; level: AreaLevel; reason: string; by: Key }
export interface SeedAlert {
  key: Key; area: Key; level: 'ELEVATED' | 'CRITICAL'; reason: string; raised: SeedMoment; raisedBy: Key;
  convened?: { at: SeedMoment; by: Key; attendees: Key[]; others: string[]; note?: string };
  decisions: { text: string; by: Key }[];
  actions: { what: string; who: string; agency?: Key; due: RelDay; done: boolean; by: Key }[];
  closed?: { at: SeedMoment; by: Key; summary: string; levelAfter: AreaLevel };
}

export interface SeedData {
  agencies: SeedAgency[];
  contacts: SeedContact[];
  areas: SeedArea[];
  reports: SeedReport[];
  people: SeedPerson[];
  groups: SeedGroup[];
  memberships: SeedMembership[];
  ties: SeedTie[];
  groupLinks: SeedGroupLink[];
  communities: SeedCommunity[];
  participations: SeedParticipation[];
  assessments: SeedAssessment[];
  interventions: SeedIntervention[];
  boards: SeedBoard[];
  users: SeedUser[];
  /** Issue 7 (optional, so a seed without them stays valid). */
  readinessTeam?: SeedReadinessMember[];
  alerts?: SeedAlert[];
  levelChanges?: SeedLevelChange[];
  /** Issue 6 (optional too): consents and the information shared about people. */
  consents?: SeedConsent[];
  information?: SeedInformation[];
}

export type ConsentScope = 'TIES' | 'FACTORS' | 'INFORMATION';
export type InformationClass = 'AGENCY_NOTE' | 'POLICE_115' | 'CONSENT_GATED' | 'STATUTE';
export interface SeedConsent {
  key: Key; person: Key;
  /** Who gave it, in words ('mor'): never needs to be a name. */
  givenBy: string;
  scope: ConsentScope[]; agencies: Key[]; given: RelDay;
  /** The first day it no longer holds. */
  expires?: RelDay;
  recordedBy: Key;
  withdrawn?: { day: RelDay; by?: string; recordedBy: Key };
}
export interface SeedInformation {
  key: Key; person: Key; class: InformationClass; text: string; sourceAgency: Key; by: Key; on: RelDay;
  /** CONSENT_GATED: the consent it rests on. */
  consent?: Key;
  /** STATUTE: a statute code of the server's LEGAL_STATUTES (the defaults hold DK-FVL-28 and SE-OSL-10-18A). */
  statute?: string;
}
