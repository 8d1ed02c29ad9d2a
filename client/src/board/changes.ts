// "Changes since the last meeting", from Board.changes, in the shape the board and the list
// show: an end and a start of the same membership on one day is a role change; an end and a
// restart of the same tie on one day (an undone "end") is no change at all, or a change of values.
import type { BoardChangesQuery, MembershipRole, TieType, Valence } from '../generated/graphql.js';
import { groupLinkFrom, membershipFrom, tieFrom, type GroupLink, type Membership, type Tie } from './model.js';

export interface TieBefore {
  type: TieType;
  strength: number;
  valence: Valence;
  directed: boolean;
}

export interface ChangedTie {
  tie: Tie;
  before: TieBefore;
  lastChangedAt: string;
}

export type MembershipChange =
  | { kind: 'joined'; membership: Membership }
  | { kind: 'left'; membership: Membership }
  | { kind: 'roleChanged'; membership: Membership; previousRole: MembershipRole };

export interface ChangeSet {
  since: string;
  newTies: Tie[];
  endedTies: Tie[];
  changedTies: ChangedTie[];
  memberships: MembershipChange[];
  newGroupLinks: GroupLink[];
  endedGroupLinks: GroupLink[];
}

type Raw = NonNullable<BoardChangesQuery['board']>['changes'];

const sameValues = (a: TieBefore, b: TieBefore) => a.type === b.type && a.strength === b.strength && a.valence === b.valence && a.directed === b.directed;

export function changeSetFrom(raw: Raw): ChangeSet {
  let newTies = raw.newTies.map(tieFrom);
  let endedTies = raw.endedTies.map(tieFrom);
  const changedTies: ChangedTie[] = raw.changedTies.map((c) => ({ tie: tieFrom(c.tie), before: c.before, lastChangedAt: c.lastChangedAt }));

  // A tie ended and started again between the same people on the same day is one tie going on.
  const continued = new Set<string>();
  for (const ended of endedTies) {
    const again = newTies.find((n) => !continued.has(n.id) && n.sourceId === ended.sourceId && n.targetId === ended.targetId && n.type === ended.type && n.validFrom === ended.validTo);
    if (!again) continue;
    continued.add(again.id).add(ended.id);
    if (!sameValues(again, ended)) changedTies.push({ tie: again, before: ended, lastChangedAt: `${again.validFrom}T00:00:00.000Z` });
  }
  newTies = newTies.filter((t) => !continued.has(t.id));
  endedTies = endedTies.filter((t) => !continued.has(t.id));

  const started = raw.newMemberships.map(membershipFrom);
  const ended = raw.endedMemberships.map(membershipFrom);
  const memberships: MembershipChange[] = [];
  const paired = new Set<string>();
  for (const m of started) {
    const before = ended.find((e) => !paired.has(e.id) && e.personId === m.personId && e.groupId === m.groupId && e.validTo === m.validFrom);
    if (before) {
      paired.add(before.id);
      if (before.role !== m.role) memberships.push({ kind: 'roleChanged', membership: m, previousRole: before.role });
    } else {
      memberships.push({ kind: 'joined', membership: m });
    }
  }
  for (const e of ended) if (!paired.has(e.id)) memberships.push({ kind: 'left', membership: e });

  return {
    since: raw.since,
    newTies,
    endedTies,
    changedTies,
    memberships,
    newGroupLinks: raw.newGroupLinks.map(groupLinkFrom),
    endedGroupLinks: raw.endedGroupLinks.map(groupLinkFrom),
  };
}

export function changeCount(c: ChangeSet): number {
  return c.newTies.length + c.endedTies.length + c.changedTies.length + c.memberships.length + c.newGroupLinks.length + c.endedGroupLinks.length;
}

/** People whose group membership changed: marked on the board. */
export function peopleWithMembershipChanges(c: ChangeSet): Set<string> {
  return new Set(c.memberships.map((m) => m.membership.personId));
}
