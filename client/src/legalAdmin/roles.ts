// Which roles the UI offers each legal and retention action to. The server's policy
// (server/src/policy/policy.json) decides; these sets mirror it so nobody is offered a button the
// server would refuse, and roles.test.ts checks them against the policy itself.

export type InformationClass = 'AGENCY_NOTE' | 'POLICE_115' | 'CONSENT_GATED' | 'STATUTE';
export const informationClasses: readonly InformationClass[] = ['AGENCY_NOTE', 'POLICE_115', 'CONSENT_GATED', 'STATUTE'];

/** recordConsent (rule case-team-consents). */
export const CONSENT_RECORDERS: ReadonlySet<string> = new Set(['COORDINATOR', 'MEMBER']);

/**
 * Who may rest a new tie or assessment on a consent (consent-gated data, rule case-team); analysts
 * see such data but do not hang data on consents.
 */
export const CONSENT_DATA_RECORDERS: ReadonlySet<string> = new Set(['COORDINATOR', 'MEMBER']);

/** The classes each role may share (shareInformation): §115 only the police (police-115-source). */
export const SHARE_CLASSES: Readonly<Record<string, readonly InformationClass[]>> = {
  COORDINATOR: ['AGENCY_NOTE', 'CONSENT_GATED', 'STATUTE'],
  MEMBER: ['AGENCY_NOTE', 'CONSENT_GATED', 'STATUTE'],
  ANALYST: ['AGENCY_NOTE', 'POLICE_115', 'STATUTE'],
};

export function shareClassesFor(role: string | undefined): readonly InformationClass[] {
  return (role && SHARE_CLASSES[role]) || [];
}

/** setBoardClosed is an update of the board: the roles that edit a board they are on. */
export const BOARD_CLOSERS: ReadonlySet<string> = new Set(['COORDINATOR', 'MEMBER', 'ANALYST']);

/** erasePerson (rule coordinator-leads). */
export const ERASERS: ReadonlySet<string> = new Set(['COORDINATOR']);

/** recordExport, the board's pictures: export of people, ties and groups (rule coordinator-leads). */
export const PICTURE_EXPORTERS: ReadonlySet<string> = new Set(['COORDINATOR']);

/**
 * Who may record police information under §115 (rule police-115-source): analysts, as their own
 * police agency's. Anyone else may record §115 data only as a non-police agency's.
 */
export const POLICE_115_RECORDERS: ReadonlySet<string> = new Set(['ANALYST']);
