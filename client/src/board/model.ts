// The board as the client holds it: plain records keyed by id, built from the Board query and
// kept current by the edit results (the board is not in Apollo's normalised cache: one board can
// hold thousands of ties, and edits, undo and the canvas all work on this one shape).
import type {
  AgencyKind, BoardQuery, Confidence, GroupLinkFieldsFragment, GroupLinkType, LegalBasis, MembershipFieldsFragment,
  MembershipRole, PersonFieldsFragment, PersonKind, TieFieldsFragment, TieType, Valence,
} from '../generated/graphql.js';

export type { AgencyKind, Confidence, GroupLinkType, LegalBasis, MembershipRole, PersonKind, TieType, Valence };

export interface Person {
  id: string;
  kind: PersonKind;
  alias: string;
  initials: string;
  pseudonym: string;
  toneSetter: boolean;
  version: number;
}

export interface Group {
  id: string;
  name: string;
  description: string | null;
  version: number;
}

export interface AgencyRef {
  id: string;
  name: string;
  kind: AgencyKind;
}

export interface Tie {
  id: string;
  sourceId: string;
  targetId: string;
  type: TieType;
  strength: number;
  valence: Valence;
  directed: boolean;
  confidence: Confidence;
  legalBasis: LegalBasis;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  version: number;
  sourceAgency: AgencyRef | null;
  /** Its legal basis lets the viewer pass it on (Tie.exportable): pictures leave it out otherwise. */
  exportable: boolean;
}

export interface Membership {
  id: string;
  personId: string;
  groupId: string;
  role: MembershipRole;
  validFrom: string;
  validTo: string | null;
  version: number;
}

export interface GroupLink {
  id: string;
  sourceId: string;
  targetId: string;
  type: GroupLinkType;
  note: string | null;
  validFrom: string;
  validTo: string | null;
  version: number;
}

export interface Position {
  x: number;
  y: number;
}

export interface BoardData {
  id: string;
  title: string;
  description: string | null;
  people: Person[];
  groups: Group[];
  ties: Tie[];
  memberships: Membership[];
  groupLinks: GroupLink[];
  /** Saved positions by person or group id. */
  positions: Record<string, Position>;
}

export const personFrom = (p: PersonFieldsFragment): Person => ({ ...p, toneSetter: p.toneSetter ?? false });

export const tieFrom = (t: TieFieldsFragment): Tie => ({
  id: t.id, sourceId: t.source.id, targetId: t.target.id, type: t.type, strength: t.strength, valence: t.valence,
  directed: t.directed, confidence: t.confidence, legalBasis: t.legalBasis, validFrom: t.validFrom, validTo: t.validTo,
  note: t.note, version: t.version, sourceAgency: t.sourceAgency, exportable: t.exportable,
});

export const membershipFrom = (m: MembershipFieldsFragment): Membership => ({
  id: m.id, personId: m.person.id, groupId: m.group.id, role: m.role, validFrom: m.validFrom, validTo: m.validTo, version: m.version,
});

export const groupLinkFrom = (l: GroupLinkFieldsFragment): GroupLink => ({
  id: l.id, sourceId: l.source.id, targetId: l.target.id, type: l.type, note: l.note, validFrom: l.validFrom, validTo: l.validTo, version: l.version,
});

export function boardFrom(b: NonNullable<BoardQuery['board']>): BoardData {
  const positions: Record<string, Position> = {};
  for (const p of b.layout) positions[p.nodeId] = { x: p.x, y: p.y };
  return {
    id: b.id,
    title: b.title,
    description: b.description,
    people: b.people.map(personFrom),
    groups: b.groups.map((g) => ({ ...g })),
    ties: b.ties.map(tieFrom),
    memberships: b.memberships.map(membershipFrom),
    groupLinks: b.groupLinks.map(groupLinkFrom),
    positions,
  };
}

/** Today as the server counts it (UTC calendar day), YYYY-MM-DD. */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** In force on a day: valid from on or before it and not yet ended (the server's rule). */
export function inForce(item: { validFrom: string; validTo: string | null }, day: string): boolean {
  return item.validFrom <= day && (item.validTo === null || item.validTo > day);
}
