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
  confidence?: G.Confidence;
  note?: string | null;
}

export type TiePatch = Partial<TieValues>;

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
        note: v.note || null, ...(validFrom ? { validFrom } : {}),
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

  createTie(sourceId: string, targetId: string, values: TieValues): Promise<string> {
    return this.serial(async () => {
      const created = await this.createTieRaw(sourceId, targetId, values);
      const firstId = created.id;
      this.record({
        label: 'undo.createTie',
        // Ended on the day it began: it was never on the board, and "changes" leaves it out.
        undo: async () => {
          const t = this.tie(firstId);
          await this.endTieRaw(firstId, t.validFrom);
        },
        redo: async () => {
          const again = await this.createTieRaw(sourceId, targetId, values);
          this.renamed.set(this.id(firstId), again.id);
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
      const ended = await this.endTieRaw(id, validTo);
      const values: TieValues = {
        type: ended.type, strength: ended.strength, valence: ended.valence, directed: ended.directed, sourceAgencyId: ended.sourceAgency?.id ?? null,
        legalBasis: ended.legalBasis, confidence: ended.confidence, note: ended.note,
      };
      this.record({
        label: 'undo.endTie',
        // The server keeps an ended tie's history, so undo continues it as a new tie from the day
        // it ended: the board on every date reads as before ("changes" folds the pair).
        undo: async () => {
          const again = await this.createTieRaw(ended.sourceId, ended.targetId, values, ended.validTo ?? validTo);
          this.renamed.set(this.id(id), again.id);
        },
        redo: async () => {
          const t = this.tie(id);
          await this.endTieRaw(id, t.validFrom > validTo ? t.validFrom : validTo);
        },
      });
    });
  }

  // Groups

  createGroup(name: string, at: Position, memberIds: string[] = []): Promise<string> {
    return this.serial(async () => {
      const r = await mutate(D.createGroup, { input: { boardId: this.boardId, name } });
      const g = r.createGroup;
      this.store.upsertGroup({ id: g.id, name: g.name, description: g.description, version: g.version });
      await this.savePositions({ [g.id]: at });
      for (const personId of memberIds) {
        const m = await mutate(D.addMember, { input: { groupId: g.id, personId, role: 'CORE' } });
        this.store.upsertMembership(membershipFrom(m.addMember));
      }
      // A group cannot be taken off a board through the API yet, so creating one is not undoable.
      return g.id;
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
          const again = await this.addMemberRaw(personId, groupId, role);
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
          const again = await this.addMemberRaw(ended.personId, ended.groupId, ended.role, ended.validTo ?? todayIso());
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
          const again = await this.linkRaw(sourceId, targetId, type);
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
          const again = await this.linkRaw(l.sourceId, l.targetId, l.type, todayIso());
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
