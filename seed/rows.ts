// The prepared seed: one array of Neo4j-parameter-friendly rows per Cypher file in cypher/seed/.
// Rows hold only strings, numbers, booleans, null and arrays; absent optional values are null, never
// undefined, so every `row.x` a Cypher file reads exists. Dates are `YYYY-MM-DD` (Cypher `date()`),
// instants `YYYY-MM-DDT00:00:00Z` (Cypher `datetime()`). Integers travel as JS numbers, which the
// driver sends as floats, so the Cypher files wrap them in toInteger().
import type {
  AgencyKind, AreaLevel, CommunityKind, Confidence, CostUnit, FactorDomain, FactorKind, GroupLinkType,
  InterventionStatus, LegalBasis, MembershipRole, PersonKind, PlaceKind, PreventionLevel, Progress, Role,
  TieType, Valence,
} from './types.js';

export interface FactorRow {
  id: string; key: string; kind: FactorKind; domain: FactorDomain;
  nameSv: string; nameDa: string; nameEn: string;
  descriptionSv: string; descriptionDa: string; descriptionEn: string;
  source: string;
}
export interface AgencyRow { id: string; name: string; kind: AgencyKind; municipality: string }
export interface ContactRow {
  id: string; agencyId: string; name: string; title: string; phone: string | null; email: string | null;
}
/** level: the area's level after its last level change (NORMAL without any). */
export interface AreaRow { id: string; name: string; municipality: string; level: AreaLevel }
export interface PlaceRow { id: string; areaId: string; name: string; kind: PlaceKind }
export interface ReportRow {
  id: string; areaId: string; week: string; level: AreaLevel; eventTypes: string[]; text: string;
  reporterName: string; organisation: string;
}
export interface CommunityRow { id: string; name: string; kind: CommunityKind; areaId: string | null }
export interface PersonRow { id: string; kind: PersonKind; alias: string; name: string; birthYear: number }
export interface GroupRow { id: string; name: string; description: string; areaId: string | null }
export interface MembershipRow {
  id: string; personId: string; groupId: string; role: MembershipRole; validFrom: string; validTo: string | null;
}
export interface GroupLinkRow {
  id: string; sourceId: string; targetId: string; type: GroupLinkType; note: string | null;
  validFrom: string; validTo: string | null;
}
export interface TieRow {
  id: string; sourceId: string; targetId: string; type: TieType; strength: number; valence: Valence;
  directed: boolean; sourceAgencyId: string | null; legalBasis: LegalBasis; confidence: Confidence;
  validFrom: string; validTo: string | null; note: string | null;
  /** 1 + the number of revisions: each revision stands for one edit of the tie. */
  version: number;
  consentId: string | null;
}
export interface TieRevisionRow {
  id: string; tieId: string; type: TieType; strength: number; valence: Valence; directed: boolean;
  confidence: Confidence; note: string | null; supersededAt: string;
}
export interface ParticipationRow {
  id: string; personId: string; communityId: string; strength: number; validFrom: string; validTo: string | null;
}
export interface ResponsibilityRow { contactId: string; personId: string; since: string }
export interface AssessmentRow {
  id: string; personId: string; factorId: string; level: number; assessedOn: string;
  sourceAgencyId: string; legalBasis: LegalBasis; note: string | null; consentId: string | null;
}
export interface BoardRow { id: string; title: string; description: string; areaId: string | null }
export interface BoardPersonRow {
  boardId: string; personId: string; toneSetter: boolean; x: number | null; y: number | null; addedAt: string;
}
export interface BoardGroupRow { boardId: string; groupId: string; x: number | null; y: number | null; addedAt: string }
export interface InterventionRow {
  id: string; boardId: string; title: string; description: string; level: PreventionLevel;
  status: InterventionStatus; startDate: string; endDate: string | null;
  responsibleAgencyId: string; responsibleContactId: string | null;
  costAmount: number | null; costUnit: CostUnit | null; costCurrency: string | null;
  nextFollowUp: string | null;
}
export interface InterventionPersonRow { interventionId: string; personId: string }
export interface InterventionGroupRow { interventionId: string; groupId: string }
export interface InterventionFactorRow { interventionId: string; factorId: string }
export interface FollowUpRow { id: string; interventionId: string; date: string; progress: Progress; note: string | null }
/** The server adds `passwordHash` (and `demo`) to each row before running 90_users.cypher. */
export interface UserRow { id: string; username: string; displayName: string; role: Role; agencyId: string | null }
export interface TeamRow { userId: string; boardId: string; since: string }
export interface ReadinessMemberRow { userId: string; email: string | null; since: string }
export interface AlertRow {
  id: string; areaId: string; level: AreaLevel; reason: string; raisedAt: string; raisedById: string; raisedBy: string;
  convenedAt: string | null; convenedById: string | null; convenedBy: string | null; attendeeIds: string[];
  otherAttendees: string[]; convenedNote: string | null;
  closedAt: string | null; closedById: string | null; closedBy: string | null; summary: string | null;
  status: 'RAISED' | 'CONVENED' | 'CLOSED';
}
export interface DecisionRow { id: string; alertId: string; text: string; recordedById: string; recordedBy: string; recordedAt: string }
export interface ActionRow {
  id: string; alertId: string; what: string; who: string; agencyId: string | null; due: string; done: boolean;
  doneAt: string | null; recordedById: string; recordedBy: string; recordedAt: string;
}
export interface LevelChangeRow {
  id: string; areaId: string; level: AreaLevel; previous: AreaLevel; reason: string; changedAt: string;
  changedById: string; changedBy: string; alertId: string | null;
}
export interface ReportFilerRow { reportId: string; userId: string }
export interface ConsentRow {
  id: string; personId: string; givenBy: string; scope: string[]; agencyIds: string[]; givenOn: string; expiresOn: string | null;
  recordedById: string; recordedBy: string; version: number;
  withdrawnAt: string | null; withdrawnBy: string | null; withdrawalRecordedById: string | null; withdrawalRecordedBy: string | null;
}
export interface InformationRow {
  id: string; personId: string; class: string; text: string; sourceAgencyId: string; legalBasis: LegalBasis | null;
  consentId: string | null; statuteCode: string | null; purposeRestriction: string | null;
  recordedById: string; recordedBy: string; sharedOn: string;
}

export interface PreparedSeed {
  factors: FactorRow[];
  agencies: AgencyRow[];
  contacts: ContactRow[];
  areas: AreaRow[];
  places: PlaceRow[];
  reports: ReportRow[];
  communities: CommunityRow[];
  people: PersonRow[];
  groups: GroupRow[];
  memberships: MembershipRow[];
  groupLinks: GroupLinkRow[];
  ties: TieRow[];
  tieRevisions: TieRevisionRow[];
  participations: ParticipationRow[];
  responsibilities: ResponsibilityRow[];
  assessments: AssessmentRow[];
  boards: BoardRow[];
  boardPeople: BoardPersonRow[];
  boardGroups: BoardGroupRow[];
  interventions: InterventionRow[];
  interventionPeople: InterventionPersonRow[];
  interventionGroups: InterventionGroupRow[];
  interventionStrengthens: InterventionFactorRow[];
  interventionReduces: InterventionFactorRow[];
  followUps: FollowUpRow[];
  users: UserRow[];
  teams: TeamRow[];
  readinessTeam: ReadinessMemberRow[];
  alerts: AlertRow[];
  alertDecisions: DecisionRow[];
  alertActions: ActionRow[];
  levelChanges: LevelChangeRow[];
  reportFilers: ReportFilerRow[];
  consents: ConsentRow[];
  information: InformationRow[];
}

/**
 * The Cypher files in cypher/seed/, in load order, and the rows each takes as `$rows`.
 * 00_factors is reference data for every environment; the rest is the demo case.
 */
export const seedFiles: { file: string; rows: keyof PreparedSeed }[] = [
  { file: '00_factors.cypher', rows: 'factors' },
  { file: '01_agencies.cypher', rows: 'agencies' },
  { file: '02_contacts.cypher', rows: 'contacts' },
  { file: '03_areas.cypher', rows: 'areas' },
  { file: '04_places.cypher', rows: 'places' },
  { file: '05_reports.cypher', rows: 'reports' },
  { file: '06_communities.cypher', rows: 'communities' },
  { file: '10_people.cypher', rows: 'people' },
  { file: '11_groups.cypher', rows: 'groups' },
  { file: '12_memberships.cypher', rows: 'memberships' },
  { file: '13_group_links.cypher', rows: 'groupLinks' },
  { file: '14_ties.cypher', rows: 'ties' },
  { file: '15_tie_revisions.cypher', rows: 'tieRevisions' },
  { file: '16_participations.cypher', rows: 'participations' },
  { file: '17_responsibilities.cypher', rows: 'responsibilities' },
  { file: '18_consents.cypher', rows: 'consents' },
  { file: '20_assessments.cypher', rows: 'assessments' },
  { file: '21_information.cypher', rows: 'information' },
  { file: '30_boards.cypher', rows: 'boards' },
  { file: '31_board_people.cypher', rows: 'boardPeople' },
  { file: '32_board_groups.cypher', rows: 'boardGroups' },
  { file: '40_interventions.cypher', rows: 'interventions' },
  { file: '41_intervention_people.cypher', rows: 'interventionPeople' },
  { file: '42_intervention_groups.cypher', rows: 'interventionGroups' },
  { file: '43_intervention_strengthens.cypher', rows: 'interventionStrengthens' },
  { file: '44_intervention_reduces.cypher', rows: 'interventionReduces' },
  { file: '45_follow_ups.cypher', rows: 'followUps' },
  { file: '90_users.cypher', rows: 'users' },
  { file: '91_teams.cypher', rows: 'teams' },
  { file: '92_readiness_team.cypher', rows: 'readinessTeam' },
  { file: '93_alerts.cypher', rows: 'alerts' },
  { file: '94_alert_decisions.cypher', rows: 'alertDecisions' },
  { file: '95_alert_actions.cypher', rows: 'alertActions' },
  { file: '96_level_changes.cypher', rows: 'levelChanges' },
  { file: '97_report_filers.cypher', rows: 'reportFilers' },
];
