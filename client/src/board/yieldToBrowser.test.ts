import { describe, expect, it } from 'vitest';
import { yieldToBrowser } from './yieldToBrowser.js';

describe('yieldToBrowser', () => {
  it('resolves in a later task, after what was already waiting, in order', async () => {
    const seen: string[] = [];
    const a = yieldToBrowser().then(() => seen.push('a'));
    const b = yieldToBrowser().then(() => seen.push('b'));
    void Promise.resolve().then(() => seen.push('microtask'));
    // Nothing resolves in the same turn.
    expect(seen).toEqual([]);
    await Promise.all([a, b]);
    expect(seen).toEqual(['microtask', 'a', 'b']);
  });
});
