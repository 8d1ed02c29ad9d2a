// What every edit shares: the mutations, one-at-a-time saving, the undo record, and the map
// from an undone-and-redone thing's first id to its current one.
import { op } from '../api/documents.js';
import type * as G from '../generated/graphql.js';
import type { Tie } from './model.js';
import type { BoardStore } from './store.js';
import type { Command, UndoStack } from './undo.js';

export const D = {
  createPerson: op<G.CreatePersonMutation, G.CreatePersonMutationVariables>('CreatePerson'),
  updatePerson: op<G.UpdatePersonMutation, G.UpdatePersonMutationVariables>('UpdatePerson'),
  removePerson: op<G.RemovePersonFromBoardMutation, G.RemovePersonFromBoardMutationVariables>('RemovePersonFromBoard'),
  toneSetter: op<G.SetToneSetterMutation, G.SetToneSetterMutationVariables>('SetToneSetter'),
  createTie: op<G.CreateTieMutation, G.CreateTieMutationVariables>('CreateTie'),
  updateTie: op<G.UpdateTieMutation, G.UpdateTieMutationVariables>('UpdateTie'),
  endTie: op<G.EndTieMutation, G.EndTieMutationVariables>('EndTie'),
  reopenTie: op<G.ReopenTieMutation, G.ReopenTieMutationVariables>('ReopenTie'),
  saveLayout: op<G.SaveLayoutMutation, G.SaveLayoutMutationVariables>('SaveLayout'),
  createGroup: op<G.CreateGroupMutation, G.CreateGroupMutationVariables>('CreateGroup'),
  removeGroup: op<G.RemoveGroupFromBoardMutation, G.RemoveGroupFromBoardMutationVariables>('RemoveGroupFromBoard'),
  addMember: op<G.AddMemberMutation, G.AddMemberMutationVariables>('AddMember'),
  updateMembership: op<G.UpdateMembershipMutation, G.UpdateMembershipMutationVariables>('UpdateMembership'),
  endMembership: op<G.EndMembershipMutation, G.EndMembershipMutationVariables>('EndMembership'),
  createGroupLink: op<G.CreateGroupLinkMutation, G.CreateGroupLinkMutationVariables>('CreateGroupLink'),
  endGroupLink: op<G.EndGroupLinkMutation, G.EndGroupLinkMutationVariables>('EndGroupLink'),
};

export class ActionBase {
  /**
   * Undo of creating a person, membership, group link or group ends it (takes the group off the
   * board), and redo creates it again under a new id: later commands still hold the first id, so
   * they look it up here. Ties keep their id: their undo and redo end and reopen the same tie.
   */
  protected readonly renamed = new Map<string, string>();
  /** Edits run one after another: each needs the version the previous one left. */
  private chain: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private listeners = new Set<() => void>();

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  isBusy = (): boolean => this.pending > 0;

  protected serial<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    this.emit();
    const next = this.chain.then(work).finally(() => {
      this.pending--;
      this.emit();
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  constructor(
    protected readonly boardId: string,
    protected readonly store: BoardStore,
    protected readonly undo: UndoStack,
  ) {}

  protected id(id: string): string {
    let cur = id;
    for (let i = 0; i < 100 && this.renamed.has(cur); i++) cur = this.renamed.get(cur)!;
    return cur;
  }

  protected board() {
    const b = this.store.get();
    if (!b) throw new Error('Board not loaded');
    return b;
  }

  protected tie(id: string): Tie {
    const t = this.board().ties.find((x) => x.id === this.id(id));
    if (!t) throw new Error('Tie not on the board');
    return t;
  }

  protected record(cmd: Command): void {
    this.undo.push(cmd);
  }
}
