import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API, faked: a tiny server holding ties with versions, that refuses stale versions.
const server = vi.hoisted(() => ({
  ties: new Map<string, Record<string, unknown>>(),
  groups: new Map<string, Record<string, unknown>>(),
  memberships: new Map<string, Record<string, unknown>>(),
  calls: [] as string[],
  next: 1,
}));
vi.mock('../api/client.js', () => ({
  mutate: async (doc: { definitions: { name?: { value: string } }[] }, vars: { input: Record<string, unknown> }) => {
    const name = doc.definitions[0]!.name!.value;
    server.calls.push(name);
    const i = vars.input;
    const day = new Date().toISOString().slice(0, 10);
    if (name === 'SaveLayout') return { saveLayout: [] };
    if (name === 'CreateGroup') {
      const g = { id: `g${server.next++}`, name: i.name, description: null, version: 1, onBoard: true };
      server.groups.set(g.id, g);
      return { createGroup: g };
    }
    if (name === 'AddMember') {
      const m = { id: `m${server.next++}`, person: { id: i.personId }, group: { id: i.groupId }, role: i.role, validFrom: i.validFrom ?? day, validTo: null, version: 1 };
      server.memberships.set(m.id, m);
      return { addMember: m };
    }
    if (name === 'UpdateMembership') {
      const m = server.memberships.get(String(i.id))!;
      if (m.version !== i.version) throw new Error('STALE');
      Object.assign(m, { role: i.role, version: Number(m.version) + 1 });
      return { updateMembership: m };
    }
    if (name === 'RemoveGroupFromBoard') {
      const g = server.groups.get(String(i.id))!;
      if (g.version !== i.version) throw new Error('STALE');
      Object.assign(g, { onBoard: false, version: Number(g.version) + 1 });
      for (const m of server.memberships.values()) if ((m.group as { id: string }).id === g.id && m.validTo === null) m.validTo = day;
      return { removeGroupFromBoard: { id: g.id, version: g.version } };
    }
    const out = (t: Record<string, unknown>) => ({ ...t, source: { id: t.sourceId }, target: { id: t.targetId }, sourceAgency: null, exportable: true });
    if (name === 'CreateTie') {
      const t = { id: `t${server.next++}`, sourceId: i.sourceId, targetId: i.targetId, type: i.type, strength: i.strength, valence: i.valence, directed: i.directed, confidence: 'MEDIUM', legalBasis: 'CONSENT', validFrom: i.validFrom ?? day, validTo: null, note: null, version: 1 };
      server.ties.set(t.id, t);
      return { createTie: out(t) };
    }
    const t = server.ties.get(String(i.id))!;
    if (t.version !== i.version) throw new Error('STALE');
    if (name === 'UpdateTie') Object.assign(t, Object.fromEntries(Object.entries(i).filter(([k]) => !['id', 'version'].includes(k))), { version: Number(t.version) + 1 });
    if (name === 'EndTie') Object.assign(t, { validTo: i.validTo, version: Number(t.version) + 1 });
    if (name === 'ReopenTie') {
      if (t.validTo === null) throw new Error('NOT_ENDED');
      Object.assign(t, { validTo: null, version: Number(t.version) + 1 });
    }
    return { [name === 'UpdateTie' ? 'updateTie' : name === 'ReopenTie' ? 'reopenTie' : 'endTie']: out(t) };
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
    server.groups.clear();
    server.memberships.clear();
    server.calls = [];
    store = new BoardStore();
    store.set({ id: 'b', title: 'T', description: null, people: [], groups: [], ties: [], memberships: [], groupLinks: [], positions: {} });
    undo = new UndoStack();
    actions = new BoardActions('b', store, undo);
  });

  it('undoes a new tie by ending it the day it began, and redo reopens the same tie', async () => {
    const id = await actions.createTie('a', 'c', { type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false });
    expect(store.get()!.ties.map((t) => t.id)).toEqual([id]);
    await undo.undo();
    expect(store.get()!.ties).toEqual([]);
    expect(server.ties.get(id)).toMatchObject({ validFrom: today, validTo: today });
    await undo.redo();
    expect(store.get()!.ties.map((t) => t.id)).toEqual([id]);
    expect(server.ties.get(id)).toMatchObject({ validTo: null, version: 3 });
    expect(server.ties.size).toBe(1);
  });

  it('after undo and redo of a creation, undoing a later edit finds the same tie', async () => {
    const id = await actions.createTie('a', 'c', { type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false });
    await undo.undo();
    await undo.redo();
    await actions.updateTie(id, { strength: 5 });
    await undo.undo();
    expect(store.get()!.ties).toEqual([expect.objectContaining({ id, strength: 2, version: 5 })]);
  });

  it('quick steps of strength add up, each with the version the last one left', async () => {
    const id = await actions.createTie('a', 'c', { type: 'FRIEND', strength: 2, valence: 'SUPPORTIVE', directed: false });
    await Promise.all([actions.adjustStrength(id, 1), actions.adjustStrength(id, 1), actions.adjustStrength(id, 1), actions.adjustStrength(id, 1)]);
    expect(store.get()!.ties[0]).toMatchObject({ strength: 5, version: 4 });
    expect(actions.isBusy()).toBe(false);
  });

  it('regression: undoing an end reopens the same tie (same id and history), it does not draw a new one', async () => {
    const id = await actions.createTie('a', 'c', { type: 'CONFLICT', strength: 4, valence: 'HARMFUL', directed: false });
    await actions.updateTie(id, { strength: 3 });
    await actions.endTie(id, today);
    expect(store.get()!.ties).toEqual([]);
    await undo.undo();
    expect(store.get()!.ties).toEqual([expect.objectContaining({ id, type: 'CONFLICT', strength: 3, validTo: null, version: 4 })]);
    expect(server.calls.filter((c) => c === 'CreateTie')).toHaveLength(1);
    expect(server.calls.at(-1)).toBe('ReopenTie');
    // Redo ends it again, and the edit before the end is still undoable on the same tie.
    await undo.redo();
    expect(store.get()!.ties).toEqual([]);
    await undo.undo();
    await undo.undo();
    expect(store.get()!.ties).toEqual([expect.objectContaining({ id, strength: 4, version: 7 })]);
    expect(server.ties.size).toBe(1);
  });

  it('regression: creating a group is undoable: off the board with its new memberships, and redo makes it again', async () => {
    store.set({ ...store.get()!, people: [
      { id: 'a', kind: 'YOUNG_PERSON', alias: 'A', initials: 'A.', pseudonym: 'P-A', toneSetter: false, version: 1 },
      { id: 'c', kind: 'YOUNG_PERSON', alias: 'C', initials: 'C.', pseudonym: 'P-C', toneSetter: false, version: 1 },
    ] });
    const gid = await actions.createGroup('Torvet', { x: 10, y: 20 }, ['a', 'c']);
    expect(store.get()!.groups.map((g) => g.id)).toEqual([gid]);
    expect(store.get()!.memberships).toHaveLength(2);
    const firstOfA = store.get()!.memberships.find((m) => m.personId === 'a')!.id;
    expect(undo.peekUndo()).toMatchObject({ label: 'undo.createGroup', labelParams: { name: 'Torvet' } });
    await undo.undo();
    expect(server.calls.at(-1)).toBe('RemoveGroupFromBoard');
    expect(server.groups.get(gid)).toMatchObject({ onBoard: false, version: 2 });
    expect(store.get()!.groups).toEqual([]);
    expect(store.get()!.memberships).toEqual([]);
    expect([...server.memberships.values()].every((m) => m.validTo === m.validFrom)).toBe(true);
    await undo.redo();
    const again = store.get()!.groups;
    expect(again).toHaveLength(1);
    expect(again[0]!.name).toBe('Torvet');
    expect(store.get()!.positions[again[0]!.id]).toEqual({ x: 10, y: 20 });
    expect(store.get()!.memberships.map((m) => m.personId).sort()).toEqual(['a', 'c']);
    expect(store.get()!.memberships.every((m) => m.groupId === again[0]!.id)).toBe(true);
    // An edit through the first membership's id reaches the one made again.
    await actions.setRole(firstOfA, 'LEADER');
    const nowA = store.get()!.memberships.find((m) => m.personId === 'a')!;
    expect(nowA.id).not.toBe(firstOfA);
    expect(nowA).toMatchObject({ role: 'LEADER', groupId: again[0]!.id });
    await undo.undo();
    await undo.undo();
    expect(store.get()!.groups).toEqual([]);
    expect(server.groups.get(again[0]!.id)).toMatchObject({ onBoard: false });
  });
});
