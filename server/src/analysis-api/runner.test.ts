import { afterEach, describe, expect, it } from 'vitest';
import { analyseBoard } from '../analysis/index.js';
import { randomGraph } from '../analysis/randomGraph.js';
import { AnalysisRunner } from './runner.js';
import type { Step } from './work.js';

let runner: AnalysisRunner | null = null;
afterEach(async () => {
  await runner?.close();
  runner = null;
});

// A path a-b-c-d: betweenness of b and c is 2 of the 3 pairs of others, 2/3 (worked by hand).
const path = {
  nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
  edges: [
    { id: 't1', source: 'a', target: 'b', type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' as const, directed: false },
    { id: 't2', source: 'b', target: 'c', type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' as const, directed: false },
    { id: 't3', source: 'c', target: 'd', type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' as const, directed: false },
  ],
};

describe('AnalysisRunner', () => {
  it('computes a small network on the calling thread', async () => {
    runner = new AnalysisRunner();
    const c = runner.run('k1', { kind: 'analyse', graph: path, filter: {} });
    const r = await c.promise;
    expect(r.people.map((p) => p.betweenness)).toEqual([0, 2 / 3, 2 / 3, 0]);
    expect(runner.counters).toEqual({ computed: 1, fromCache: 0, onWorker: 0 });
    expect(c.state).toBe('DONE');
    expect(c.cached).toBe(false);
  });

  it('serves the same key from the cache and computes a new key', async () => {
    runner = new AnalysisRunner();
    await runner.run('k1', { kind: 'analyse', graph: path, filter: {} }).promise;
    const again = runner.run('k1', { kind: 'analyse', graph: path, filter: {} });
    expect(again.cached).toBe(true);
    expect(again.state).toBe('DONE');
    expect((await again.promise).people[1]!.betweenness).toBe(2 / 3);
    await runner.run('k2', { kind: 'analyse', graph: path, filter: { minStrength: 4 } }).promise;
    expect(runner.counters).toMatchObject({ computed: 2, fromCache: 1 });
  });

  it('runs large work on the analysis thread (and its pool) with the same result as analyseBoard', async () => {
    // Forced onto the thread with a tiny inline limit; the pool is used from 1,000 people.
    runner = new AnalysisRunner({ inlineMaxSize: 10 });
    const graph = randomGraph({ people: 1200, ties: 3000, seed: 7, groups: 4 });
    const c = runner.run('big', { kind: 'analyse', graph, filter: {} });
    expect(c).toMatchObject({ state: 'QUEUED', stepsDone: 0, stepsTotal: 2 });
    const result = await c.promise;
    expect(runner.counters.onWorker).toBe(1);
    expect(c).toMatchObject({ state: 'DONE', stepsDone: 2, stepsTotal: 2, step: null });
    const direct = analyseBoard(graph);
    expect(result.graph).toEqual(direct.graph);
    for (let i = 0; i < direct.people.length; i++) {
      expect(result.people[i]!.betweenness).toBeCloseTo(direct.people[i]!.betweenness, 12);
      expect(result.people[i]!.closeness).toBeCloseTo(direct.people[i]!.closeness, 12);
    }
    expect(result.groups).toEqual(direct.groups);
  }, 60_000);

  it('reports each step it enters, in order', async () => {
    runner = new AnalysisRunner({ inlineMaxSize: 10 });
    const graph = randomGraph({ people: 300, ties: 900, seed: 3 });
    const c = runner.run(null, { kind: 'analyse', graph, filter: {} });
    const steps: (Step | null)[] = [];
    const enter = c.enter.bind(c);
    c.enter = (s) => {
      steps.push(s);
      enter(s);
    };
    await c.promise;
    expect(steps).toEqual(['PATHS', 'STRUCTURE']);
  }, 30_000);

  it('queues work behind the running piece and shares identical requests', async () => {
    runner = new AnalysisRunner({ inlineMaxSize: 10 });
    const graph = randomGraph({ people: 400, ties: 1200, seed: 5 });
    const first = runner.run('a', { kind: 'analyse', graph, filter: {} });
    const second = runner.run('b', { kind: 'analyse', graph, filter: { weighted: true } });
    const same = runner.run('a', { kind: 'analyse', graph, filter: {} });
    expect(same).toBe(first);
    expect(second.state).toBe('QUEUED');
    await Promise.all([first.promise, second.promise]);
    expect(runner.counters).toMatchObject({ computed: 2, onWorker: 2 });
  }, 30_000);

  it('passes input errors back as input errors', async () => {
    runner = new AnalysisRunner({ inlineMaxSize: 1 });
    const c = runner.run(null, { kind: 'ego', graph: path, filter: {}, personId: 'nobody', steps: 1 });
    await expect(c.promise).rejects.toMatchObject({ name: 'AnalysisInputError', code: 'UNKNOWN_PERSON' });
    expect(c.state).toBe('FAILED');
  }, 30_000);

  it('fails queued work when closed', async () => {
    runner = new AnalysisRunner({ inlineMaxSize: 10 });
    const graph = randomGraph({ people: 500, ties: 2000, seed: 9 });
    const a = runner.run(null, { kind: 'analyse', graph, filter: {} });
    const b = runner.run(null, { kind: 'analyse', graph, filter: { directed: true } });
    await runner.close();
    await expect(a.promise).rejects.toThrow(/closed/);
    await expect(b.promise).rejects.toThrow(/closed/);
    expect(() => runner!.run(null, { kind: 'analyse', graph: path, filter: {} })).toThrow(/closed/);
  }, 30_000);
});
