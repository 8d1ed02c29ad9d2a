import { afterEach, describe, expect, it, vi } from 'vitest';

async function load(pathname: string) {
  vi.resetModules();
  vi.stubGlobal('window', { location: { pathname }, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) });
  return import('./settled.js');
}

async function isResolved(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('settled', () => {
  it('is settled at once away from a board', async () => {
    const m = await load('/boards');
    expect(await isResolved(m.settled())).toBe(true);
  });

  it('on a board, waits until the board is drawn', async () => {
    const m = await load('/boards/brd_1');
    expect(await isResolved(m.settled())).toBe(false);
    m.markSettled();
    expect(await isResolved(m.settled())).toBe(true);
  });

  it('on a board that never draws, settles after 3 s', async () => {
    vi.useFakeTimers();
    const m = await load('/boards/brd_2/');
    vi.advanceTimersByTime(2999);
    expect(await isResolved(m.settled())).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await isResolved(m.settled())).toBe(true);
  });
});
