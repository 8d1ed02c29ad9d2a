// Every edit on the board: saved at once through the API, applied to the store from the
// server's answer (never optimistically: the server's version numbers are what keep a stale
// edit from overwriting someone else's), and pushed to the undo stack with its reverse.
import { mutate } from '../api/client.js';
import type * as G from '../generated/graphql.js';
import {
  groupLinkFrom, membershipFrom, personFrom, tieFrom, todayIso,
  type GroupLinkType, type MembershipRole, type PersonKind, type Position, type Tie, type TieType, type Valence,
} from './model.js';
import { ActionBase, D } from './actionBase.js';

export interface NewPerson {
  kind: PersonKind;
  alias: string;
  name?: string | null;
}

export interface TieValues {
  type: TieType;
  strength: number;
  valence: Valence;
  directed: boolean;
  sourceAgencyId?: string | null;
  legalBasis?: G.LegalBasis;
  /** With OTHER_STATUTE: the configured statute it is shared under (Query.legalStatutes). */
  statuteCode?: string | null;
  confidence?: G.Confidence;
  note?: string | null;
  /** With CONSENT, at creation only: the consent it rests on (updateTie cannot attach one). */
  consentId?: string | null;
}

export type TiePatch = Partial<Omit<TieValues, 'consentId'>>;

export interface Move {
  id: string;
  from: Position;
  to: Position;
}

export class BoardActions extends ActionBase {
  // People

  addPerson(input: NewPerson, at: Position): Promise<string> {
    return this.serial(async () => {
      const r = await mutate(D.createPerson, { input: { boardId: this.boardId, kind: input.kind, alias: input.alias, name: input.name || null } });
      const person = personFrom(r.createPerson);
      this.store.upsertPerson(person);
      await this.savePositions({ [person.id]: at });
      this.record({
        label: 'undo.addPerson',
        labelParams: { name: person.alias },
        undo: async () => {
          await mutate(D.removePerson, { boardId: this.boardId, personId: person.id });
          this.store.removePerson(person.id);
        },
        redo: async () => {
          const again = await mutate(D.createPerson, { input: { boardId: this.boardId, kind: person.kind, alias: person.alias, existingPersonId: person.id } });
          this.store.upsertPerson(personFrom(again.createPerson));
          await this.savePositions({ [person.id]: at });
        },
      });
      return person.id;
    });
  }

  updatePerson(id: string, patch: { alias?: string; kind?: PersonKind }): Promise<void> {
    return this.serial(async () => {
      const before = this.board().people.find((p) => p.id === id);
      if (!before) return;
      const apply = async (values: { alias?: string; kind?: PersonKind }) => {
        const cur = this.board().people.find((p) => p.id === id)!;
        const r = await mutate(D.updatePerson, { input: { id, version: cur.version, ...values } });
        this.store.upsertPerson({ ...personFrom(r.updatePerson), toneSetter: cur.toneSetter });
      };
      await apply(patch);
      const old = { ...(patch.alias !== undefined ? { alias: before.alias } : {}), ...(patch.kind !== undefined ? { kind: before.kind } : {}) };
      this.record({ label: 'undo.updatePerson', labelParams: { name: before.alias }, undo: () => apply(old), redo: () => apply(patch) });
    });
  }

  setToneSetter(personId: string, toneSetter: boolean): Promise<void> {
    return this.serial(async () => {
      const apply = async (value: boolean) => {
        const r = await mutate(D.toneSetter, { input: { boardId: this.boardId, personId, toneSetter: value } });
        this.store.upsertPerson({ ...personFrom(r.setToneSetter), toneSetter: value });
      };
      await apply(toneSetter);
      const name = this.board().people.find((p) => p.id === personId)?.alias ?? '';
      this.record({ label: toneSetter ? 'undo.markToneSetter' : 'undo.unmarkToneSetter', labelParams: { name }, undo: () => apply(!toneSetter), redo: () => apply(toneSetter) });
    });
  }

  // Ties

  private async createTieRaw(sourceId: string, targetId: string, v: TieValues, validFrom?: string): Promise<Tie> {
    const r = await mutate(D.createTie, {
      input: {
        boardId: this.boardId, sourceId, targetId, type: v.type, strength: v.strength, valence: v.valence, directed: v.directed,
        sourceAgencyId: v.sourceAgencyId ?? null, legalBasis: v.legalBasis ?? 'CONSENT', confidence: v.confidence ?? 'MEDIUM',
        note: v.note || null, statuteCode: v.statuteCode || null, consentId: v.consentId || null, ...(validFrom ? { validFrom } : {}),
      },
    });
    const tie = tieFrom(r.createTie);
    this.store.upsertTie(tie);
    return tie;
  }

  private async endTieRaw(id: string, validTo?: string): Promise<Tie> {
    const t = this.tie(id);
    const r = await mutate(D.endTie, { input: { id: t.id, version: t.version, ...(validTo ? { validTo } : {}) } });
    const ended = tieFrom(r.endTie);
    this.store.upsertTie(ended);
    return ended;
  }

  /** Reopens the ended tie `id` at the version the store, or else `known` (its ended state), has. */
  private async reopenTieRaw(id: string, known?: Tie): Promise<Tie> {
    const cur = this.board().ties.find((x) => x.id === this.id(id)) ?? known;
    if (!cur) throw new Error('Tie not known');
    const r = await mutate(D.reopenTie, { input: { id: cur.id, version: cur.version } });
    const tie = tieFrom(r.reopenTie);
    this.store.upsertTie(tie);
    return tie;
  }

  createTie(sourceId: string, targetId: string, values: TieValues): Promise<string> {
    return this.serial(async () => {
      const created = await this.createTieRaw(sourceId, targetId, values);
      let ended: Tie | undefined;
      this.record({
        label: 'undo.createTie',
        // Ended on the day it began: it was never on the board, and "changes" leaves it out.
        // Redo reopens the same tie (same id, same history).
        undo: async () => {
          const t = this.tie(created.id);
          ended = await this.endTieRaw(created.id, t.validFrom);
        },
        redo: async () => {
          await this.reopenTieRaw(created.id, ended);
        },
      });
      return created.id;
    });
  }

  updateTie(id: string, patch: TiePatch): Promise<void> {
    return this.serial(() => this.updateTieNow(id, patch));
  }

  /** One step stronger or weaker, counted from the tie as it is when the step runs (quick clicks add up). */
  adjustStrength(id: string, delta: number): Promise<void> {
    return this.serial(async () => {
      const t = this.tie(id);
      const strength = Math.min(5, Math.max(1, t.strength + delta));
      if (strength !== t.strength) await this.updateTieNow(id, { strength });
    });
  }

  private async updateTieNow(id: string, patch: TiePatch): Promise<void> {
    const before = this.tie(id);
    const old: TiePatch = {};
    for (const k of Object.keys(patch) as (keyof TiePatch)[]) {
      if (k === 'sourceAgencyId') old.sourceAgencyId = before.sourceAgency?.id ?? null;
      // The board does not hold a tie's statute: undo goes back to the basis (the server keeps or drops the statute with it).
      else if (k === 'statuteCode') old.statuteCode = null;
      else (old as Record<string, unknown>)[k] = before[k] ?? '';
    }
    const apply = async (values: TiePatch) => {
      const t = this.tie(id);
      const r = await mutate(D.updateTie, { input: { id: t.id, version: t.version, ...values } });
      this.store.upsertTie(tieFrom(r.updateTie));
    };
    await apply(patch);
    this.record({ label: 'undo.updateTie', undo: () => apply(old), redo: () => apply(patch) });
  }

  endTie(id: string, validTo = todayIso()): Promise<void> {
    return this.serial(async () => {
      let ended = await this.endTieRaw(id, validTo);
      this.record({
        label: 'undo.endTie',
        // Undo takes the end back: the same tie, its id and its history (reopenTie), not a new one.
        undo: async () => {
          await this.reopenTieRaw(id, ended);
        },
        redo: async () => {
          const t = this.tie(id);
          ended = await this.endTieRaw(id, t.validFrom > validTo ? t.validFrom : validTo);
        },
      });
    });
  }

  // Groups

  private async createGroupRaw(name: string, at: Position, memberIds: readonly string[]) {
    const r = await mutate(D.createGroup, { input: { boardId: this.boardId, name } });
    const g = r.createGroup;
    this.store.upsertGroup({ id: g.id, name: g.name, description: g.description, version: g.version });
    await this.savePositions({ [g.id]: at });
    const memberships = new Map<string, string>();
    for (const personId of memberIds) {
      const m = await mutate(D.addMember, { input: { groupId: g.id, personId, role: 'CORE' } });
      this.store.upsertMembership(membershipFrom(m.addMember));
      memberships.set(personId, m.addMember.id);
    }
    return { id: g.id, memberships };
  }

  createGroup(name: string, at: Position, memberIds: string[] = []): Promise<string> {
    return this.serial(async () => {
      const first = await this.createGroupRaw(name, at, memberIds);
      this.record({
        label: 'undo.createGroup',
        labelParams: { name },
        // Off the board again; the server ends the memberships made with it on the day they
        // began, so the group was never on any date's board. Redo makes it again (new ids).
        undo: async () => {
          const g = this.board().groups.find((x) => x.id === this.id(first.id));
          if (!g) throw new Error('Group not on the board');
          await mutate(D.removeGroup, { input: { boardId: this.boardId, id: g.id, version: g.version } });
          this.store.removeGroup(g.id);
        },
        redo: async () => {
          const again = await this.createGroupRaw(name, this.board().positions[this.id(first.id)] ?? at, memberIds);
          this.renamed.set(this.id(first.id), again.id);
          for (const [personId, mid] of first.memberships) {
            const next = again.memberships.get(personId);
            if (next) this.renamed.set(this.id(mid), next);
          }
        },
      });
      return first.id;
    });
  }

  private async addMemberRaw(personId: string, groupId: string, role: MembershipRole, validFrom?: string) {
    const r = await mutate(D.addMember, { input: { groupId, personId, role, ...(validFrom ? { validFrom } : {}) } });
    const m = membershipFrom(r.addMember);
    this.store.upsertMembership(m);
    return m;
  }

  private membership(id: string) {
    const m = this.board().memberships.find((x) => x.id === this.id(id));
    if (!m) throw new Error('Membership not on the board');
    return m;
  }

  private async endMemberRaw(id: string, validTo?: string) {
    const m = this.membership(id);
    const r = await mutate(D.endMembership, { input: { id: m.id, version: m.version, ...(validTo ? { validTo } : {}) } });
    const ended = membershipFrom(r.endMembership);
    this.store.upsertMembership(ended);
    return ended;
  }

  addMember(personId: string, groupId: string, role: MembershipRole): Promise<void> {
    return this.serial(async () => {
      const m = await this.addMemberRaw(personId, groupId, role);
      this.record({
        label: 'undo.addMember',
        undo: async () => {
          await this.endMemberRaw(m.id, this.membership(m.id).validFrom);
        },
        redo: async () => {
          const again = await this.addMemberRaw(personId, this.id(groupId), role);
          this.renamed.set(this.id(m.id), again.id);
        },
      });
    });
  }

  endMember(id: string): Promise<void> {
    return this.serial(async () => {
      const ended = await this.endMemberRaw(id, todayIso());
      this.record({
        label: 'undo.endMember',
        undo: async () => {
          const again = await this.addMemberRaw(ended.personId, this.id(ended.groupId), ended.role, ended.validTo ?? todayIso());
          this.renamed.set(this.id(id), again.id);
        },
        redo: async () => {
          await this.endMemberRaw(id, this.membership(id).validFrom);
        },
      });
    });
  }

  setRole(id: string, role: MembershipRole): Promise<void> {
    return this.serial(async () => {
      const before = this.membership(id).role;
      const apply = async (value: MembershipRole) => {
        const m = this.membership(id);
        const r = await mutate(D.updateMembership, { input: { id: m.id, version: m.version, role: value } });
        this.store.upsertMembership(membershipFrom(r.updateMembership));
      };
      await apply(role);
      this.record({ label: 'undo.setRole', undo: () => apply(before), redo: () => apply(role) });
    });
  }

  private async linkRaw(sourceId: string, targetId: string, type: GroupLinkType, validFrom?: string) {
    const r = await mutate(D.createGroupLink, { input: { boardId: this.boardId, sourceId, targetId, type, ...(validFrom ? { validFrom } : {}) } });
    const l = groupLinkFrom(r.createGroupLink);
    this.store.upsertGroupLink(l);
    return l;
  }

  private link(id: string) {
    const l = this.board().groupLinks.find((x) => x.id === this.id(id));
    if (!l) throw new Error('Group link not on the board');
    return l;
  }

  private async endLinkRaw(id: string, validTo?: string) {
    const l = this.link(id);
    const r = await mutate(D.endGroupLink, { input: { id: l.id, version: l.version, ...(validTo ? { validTo } : {}) } });
    this.store.upsertGroupLink(groupLinkFrom(r.endGroupLink));
  }

  createGroupLink(sourceId: string, targetId: string, type: GroupLinkType): Promise<void> {
    return this.serial(async () => {
      const l = await this.linkRaw(sourceId, targetId, type);
      this.record({
        label: 'undo.createGroupLink',
        undo: () => this.endLinkRaw(l.id, this.link(l.id).validFrom),
        redo: async () => {
          const again = await this.linkRaw(this.id(sourceId), this.id(targetId), type);
          this.renamed.set(this.id(l.id), again.id);
        },
      });
    });
  }

  endGroupLink(id: string): Promise<void> {
    return this.serial(async () => {
      const l = this.link(id);
      await this.endLinkRaw(id, todayIso());
      this.record({
        label: 'undo.endGroupLink',
        undo: async () => {
          const again = await this.linkRaw(this.id(l.sourceId), this.id(l.targetId), l.type, todayIso());
          this.renamed.set(this.id(id), again.id);
        },
        redo: () => this.endLinkRaw(id, this.link(id).validFrom),
      });
    });
  }

  // Layout

  async savePositions(positions: Record<string, Position>): Promise<void> {
    this.store.setPositions(positions);
    const list = Object.entries(positions).map(([nodeId, p]) => ({ nodeId, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }));
    if (list.length) await mutate(D.saveLayout, { boardId: this.boardId, positions: list });
  }

  /** Nodes the user dragged (or a layout moved): saved at once, undoable as one step. */
  moveNodes(moves: Move[], label = 'undo.move'): Promise<void> {
    return this.serial(async () => {
      if (!moves.length) return;
      const to = Object.fromEntries(moves.map((m) => [m.id, m.to]));
      const from = Object.fromEntries(moves.map((m) => [m.id, m.from]));
      await this.savePositions(to);
      this.record({ label, undo: () => this.savePositions(from), redo: () => this.savePositions(to) });
    });
  }
}
