import { describe, expect, it } from 'vitest';
import type { BoardAnalysis } from '../analysis/index.js';
import { JobRegistry, viewOf } from './jobs.js';
import { Computation } from './runner.js';

describe('viewOf', () => {
  it('counts LOADING, then the computation’s steps, as steps done of three', () => {
    const jobs = new JobRegistry();
    const job = jobs.create('usr_a', 'brd_a');
    expect(viewOf(job)).toEqual({ state: 'RUNNING', step: 'LOADING', stepsDone: 0, stepsTotal: 3, progress: 0 });
    const c = new Computation<BoardAnalysis>(['PATHS', 'STRUCTURE']);
    job.computation = c;
    job.loading = false;
    expect(viewOf(job)).toMatchObject({ state: 'QUEUED', step: null, stepsDone: 1 });
    c.enter('PATHS');
    expect(viewOf(job)).toMatchObject({ state: 'RUNNING', step: 'PATHS', stepsDone: 1 });
    c.enter('STRUCTURE');
    expect(viewOf(job)).toMatchObject({ state: 'RUNNING', step: 'STRUCTURE', stepsDone: 2, progress: 2 / 3 });
    c.finish({} as BoardAnalysis);
    expect(viewOf(job)).toEqual({ state: 'DONE', step: null, stepsDone: 3, stepsTotal: 3, progress: 1 });
  });

  it('reports a failure while loading or computing as FAILED', () => {
    const jobs = new JobRegistry();
    const job = jobs.create('usr_a', 'brd_a');
    job.loading = false;
    job.error = 'errors.notFound';
    expect(viewOf(job)).toMatchObject({ state: 'FAILED', stepsDone: 0 });
  });
});

describe('JobRegistry', () => {
  it('shows a job only to the user who started it', () => {
    const jobs = new JobRegistry();
    const job = jobs.create('usr_a', 'brd_a');
    expect(jobs.get(job.id, 'usr_a')).toBe(job);
    expect(jobs.get(job.id, 'usr_b')).toBeNull();
  });

  it('forgets the oldest jobs once their networks together grow too large', () => {
    const jobs = new JobRegistry();
    const big = { nodes: Array.from({ length: 250_000 }, (_, i) => ({ id: `p${i}` })), edges: [] };
    const made = [0, 1, 2].map(() => {
      const j = jobs.create('usr_a', 'brd_a');
      j.network = { graph: big } as never;
      return j;
    });
    // 3 × 250,000 is over the 600,000 bound: the next job pushes out the oldest.
    jobs.create('usr_a', 'brd_a');
    expect(made.map((j) => jobs.get(j.id, 'usr_a') !== null)).toEqual([false, true, true]);
  });
});
