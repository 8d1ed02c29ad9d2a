import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API, faked: a tiny server holding ties with versions, that refuses stale versions.
const server = vi.hoisted(() => ({ ties: new Map<string, Record<string, unknown>>(), calls: [] as string[], next: 1 }));
vi.mock('../api/client.js', () => ({
  mutate: async (doc: { definitions: { name?: { value: string } }[] }, vars: { input: Record<string, unknown> }) => {
    const name = doc.definitions[0]!.name!.value;
    server.calls.push(name);
    const i = vars.input;
    const out = (t: Record<string, unknown>) => ({ ...t, source: { id: t.sourceId }, target: { id: t.targetId }, sourceAgency: null });
    if (name === 'CreateTie') {
      const t = { id: `t${server.next++}`, sourceId: i.sourceId, targetId: i.targetId, type: i.type, strength: i.strength, valence: i.valence, directed: i.directed, confidence: 'MEDIUM', legalBasis: 'CONSENT', validFrom: i.validFrom ?? '2026-11-22', validTo: null, note: null, version: 1 };
      server.ties.set(t.id, t);
      return { createTie: out(t) };
    }
    const t = server.ties.get(String(i.id))!;
    if (t.version !== i.version) throw new Error('STALE');
    if (name === 'UpdateTie') Object.assign(t, Object.fromEntries(Object.entries(i).filter(([k]) => !['id', 'version'].includes(k))), { version: Number(t.version) + 1 });
    if (name === 'EndTie') Object.assign(t, { validTo: i.validTo, version: Number(t.version) + 1 });
    return { [name === 'UpdateTie' ? 'updateTie' : 'endTie']: out(t) };
  },
}));

import { BoardActions } from './actions.js';
import { BoardStore } from './store.js';
import { UndoStack } from './undo.js';

const today = new Date().toISOString().slice(0, 10);

describe('BoardActions', () => {
  let store: BoardStore, undo: UndoStack, actions: BoardActions;
  beforeEach(() => {
    server.ties.clear();
    server.calls = [];
    store = new BoardStore();
    store.set({ id: 'b', title: 'T', description: null, people: [], groups: [], ties: [], memberships: [], groupLinks: [], positions: {} });
    undo = new UndoStack();
    actions = new BoardActions('b', store, undo);
  });

  it('undoes a new tie by ending it the day it began, and redo draws it again', async () => {
    const id = await actions.createTie('a', 'c', { type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false });
    expect(store.get()!.ties.map((t) => t.id)).toEqual([id]);
    await undo.undo();
    expect(store.get()!.ties).toEqual([]);
    expect(server.ties.get(id)).toMatchObject({ validFrom: today, validTo: today });
    await undo.redo();
    expect(store.get()!.ties).toHaveLength(1);
    expect(store.get()!.ties[0]!.id).not.toBe(id);
  });

  it('after undo and redo of a creation, undoing a later edit finds the tie under its new id', async () => {
    const id = await actions.createTie('a', 'c', { type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false });
    await undo.undo();
    await undo.redo();
    const again = store.get()!.ties[0]!.id;
    await actions.updateTie(again, { strength: 5 });
    await undo.undo();
    expect(store.get()!.ties[0]).toMatchObject({ id: again, strength: 2, version: 3 });
    expect(id).not.toBe(again);
  });

  it('quick steps of strength add up, each with the version the last one left', async () => {
    const id = await actions.createTie('a', 'c', { type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false });
    await Promise.all([actions.adjustStrength(id, 1), actions.adjustStrength(id, 1), actions.adjustStrength(id, 1), actions.adjustStrength(id, 1)]);
    expect(store.get()!.ties[0]).toMatchObject({ strength: 5, version: 4 });
    expect(actions.isBusy()).toBe(false);
  });

  it('undoing an end continues the tie from that day with the same values', async () => {
    const id = await actions.createTie('a', 'c', { type: 'CONFLICT', strength: 4, valence: 'HARMFUL', directed: false });
    await actions.endTie(id, today);
    expect(store.get()!.ties).toEqual([]);
    await undo.undo();
    expect(store.get()!.ties).toEqual([expect.objectContaining({ type: 'CONFLICT', strength: 4, valence: 'HARMFUL', validFrom: today })]);
  });
});
