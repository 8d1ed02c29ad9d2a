import { describe, expect, it } from 'vitest';
import { UndoStack, type Command } from './undo.js';

function counter() {
  const state = { value: 0, log: [] as string[] };
  const add = (n: number, fail = false): Command => ({
    label: `add ${n}`,
    undo: async () => {
      if (fail) throw new Error('stale');
      state.value -= n;
      state.log.push(`-${n}`);
    },
    redo: async () => {
      state.value += n;
      state.log.push(`+${n}`);
    },
  });
  return { state, add };
}

describe('UndoStack', () => {
  it('undoes and redoes in order', async () => {
    const { state, add } = counter();
    const s = new UndoStack();
    state.value = 3; s.push(add(1));
    state.value = 5; s.push(add(2));
    expect(s.canUndo).toBe(true);
    await s.undo();
    expect(state.value).toBe(3);
    await s.undo();
    expect(state.value).toBe(2);
    expect(s.canUndo).toBe(false);
    expect(await s.undo()).toBeNull();
    await s.redo();
    expect(state.value).toBe(3);
    expect(s.canRedo).toBe(true);
  });

  it('a new edit clears what could be redone', async () => {
    const { add } = counter();
    const s = new UndoStack();
    s.push(add(1));
    await s.undo();
    expect(s.canRedo).toBe(true);
    s.push(add(2));
    expect(s.canRedo).toBe(false);
  });

  it('runs one step at a time, in the order asked', async () => {
    const { state, add } = counter();
    const s = new UndoStack();
    s.push(add(1));
    s.push(add(2));
    s.push(add(3));
    await Promise.all([s.undo(), s.undo(), s.redo()]);
    expect(state.log).toEqual(['-3', '-2', '+2']);
  });

  it('drops an edit that cannot be undone and reports the error', async () => {
    const { add } = counter();
    const s = new UndoStack();
    s.push(add(1));
    s.push(add(2, true));
    await expect(s.undo()).rejects.toThrow('stale');
    expect(s.canRedo).toBe(false);
    expect(s.peekUndo()?.label).toBe('add 1');
    expect(s.busy).toBe(false);
  });

  it('keeps at most the limit and notifies listeners', () => {
    const { add } = counter();
    const s = new UndoStack(2);
    let calls = 0;
    s.subscribe(() => calls++);
    s.push(add(1)); s.push(add(2)); s.push(add(3));
    expect(calls).toBe(3);
    expect(s.peekUndo()?.label).toBe('add 3');
    s.clear();
    expect(s.canUndo).toBe(false);
  });
});
