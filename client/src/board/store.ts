// The board the page shows, as an external store (useSyncExternalStore): the canvas, the list
// view and the panels all read the same snapshot, so they cannot drift apart.
import { inForce, todayIso, type BoardData, type Group, type GroupLink, type Membership, type Person, type Position, type Tie } from './model.js';

type Listener = () => void;

function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) return [...list, item];
  const next = [...list];
  next[i] = item;
  return next;
}

/** Keep a dated item only while it is in force today (an ended tie leaves today's board). */
function upsertDated<T extends { id: string; validFrom: string; validTo: string | null }>(list: readonly T[], item: T, day: string): T[] {
  return inForce(item, day) ? upsert(list, item) : list.filter((x) => x.id !== item.id);
}

export class BoardStore {
  private data: BoardData | null = null;
  private listeners = new Set<Listener>();

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  get = (): BoardData | null => this.data;

  set(data: BoardData | null): void {
    this.data = data;
    for (const l of this.listeners) l();
  }

  private update(fn: (d: BoardData) => BoardData): void {
    if (this.data) this.set(fn(this.data));
  }

  upsertPerson(p: Person): void {
    this.update((d) => ({ ...d, people: upsert(d.people, p) }));
  }

  removePerson(id: string): void {
    this.update((d) => ({
      ...d,
      people: d.people.filter((p) => p.id !== id),
      ties: d.ties.filter((t) => t.sourceId !== id && t.targetId !== id),
      memberships: d.memberships.filter((m) => m.personId !== id),
    }));
  }

  upsertTie(t: Tie, day = todayIso()): void {
    this.update((d) => ({ ...d, ties: upsertDated(d.ties, t, day) }));
  }

  upsertGroup(g: Group): void {
    this.update((d) => ({ ...d, groups: upsert(d.groups, g) }));
  }

  /** A group taken off the board: its memberships and links go with it. */
  removeGroup(id: string): void {
    this.update((d) => ({
      ...d,
      groups: d.groups.filter((g) => g.id !== id),
      memberships: d.memberships.filter((m) => m.groupId !== id),
      groupLinks: d.groupLinks.filter((l) => l.sourceId !== id && l.targetId !== id),
    }));
  }

  upsertMembership(m: Membership, day = todayIso()): void {
    this.update((d) => ({ ...d, memberships: upsertDated(d.memberships, m, day) }));
  }

  upsertGroupLink(l: GroupLink, day = todayIso()): void {
    this.update((d) => ({ ...d, groupLinks: upsertDated(d.groupLinks, l, day) }));
  }

  setPositions(positions: Record<string, Position>): void {
    this.update((d) => ({ ...d, positions: { ...d.positions, ...positions } }));
  }
}
