import { describe, expect, it, vi } from 'vitest';

// load.ts imports the Apollo client for loadMetrics; runJob only needs the port it is given.
vi.mock('../../api/client.js', () => ({ query: vi.fn(), mutate: vi.fn() }));
vi.mock('../../api/documents.js', () => ({ op: (name: string) => name }));

const { runJob, AnalysisFailed } = await import('./load.js');

const metrics = { personCount: 2 } as never;

function port(states: { state: string; step?: string | null; error?: string | null }[]) {
  const polls: string[] = [];
  const sleeps: number[] = [];
  let i = 0;
  return {
    polls,
    sleeps,
    p: {
      start: async () => ({ id: 'job_1' }),
      poll: async (id: string) => {
        polls.push(id);
        const s = states[Math.min(i++, states.length - 1)]!;
        return { state: s.state, step: (s.step ?? null) as never, error: s.error ?? null, analysis: s.state === 'DONE' ? metrics : null };
      },
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
    },
  };
}

describe('runJob', () => {
  it('reports each step, backs off between polls and returns the analysis when done', async () => {
    const { p, polls, sleeps } = port([{ state: 'RUNNING', step: 'LOADING' }, { state: 'QUEUED' }, { state: 'RUNNING', step: 'PATHS' }, { state: 'DONE' }]);
    const seen: string[] = [];
    expect(await runJob(p, (x) => seen.push(x), () => false)).toBe(metrics);
    expect(seen).toEqual(['LOADING', 'QUEUED', 'PATHS']);
    expect(polls).toEqual(['job_1', 'job_1', 'job_1', 'job_1']);
    // 150, then × 1.5 each time: 225, 338 (rounded).
    expect(sleeps).toEqual([150, 225, 338]);
  });

  it('throws the server’s message when the job fails', async () => {
    const { p } = port([{ state: 'RUNNING', step: 'PATHS' }, { state: 'FAILED', error: 'Something went wrong.' }]);
    await expect(runJob(p, () => undefined, () => false)).rejects.toThrow(new AnalysisFailed('Something went wrong.'));
  });

  it('stops polling once cancelled', async () => {
    const { p, polls } = port([{ state: 'RUNNING', step: 'PATHS' }]);
    // Cancelled while the second poll is answered: its answer is dropped and nothing more is asked.
    expect(await runJob(p, () => undefined, () => polls.length >= 2)).toBeNull();
    expect(polls.length).toBe(2);
  });
});
