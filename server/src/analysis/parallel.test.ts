import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyse.js';
import { AnalysisWorkerPool, analyseBoardParallel } from './parallel.js';
import { randomGraph } from './randomGraph.js';

describe('analyseBoardParallel', () => {
  const g = randomGraph({ people: 400, ties: 1200, seed: 7, directedShare: 0.4, groups: 3 });

  it.each([{}, { directed: true }, { weighted: true }, { directed: true, weighted: true }])(
    'gives the synchronous result on worker threads (%o)',
    async (filter) => {
      const pool = new AnalysisWorkerPool(2);
      try {
        const par = await analyseBoardParallel(g, filter, { pool, minPeople: 0 });
        const seq = analyseBoard(g, filter);
        const worst = Math.max(
          ...par.people.map((p, i) =>
            Math.max(Math.abs(p.betweenness - seq.people[i]!.betweenness), Math.abs(p.closeness - seq.people[i]!.closeness)),
          ),
        );
        expect(worst).toBeLessThan(1e-12);
        expect(par.graph).toEqual(seq.graph);
        expect(par.people.some((p) => p.betweenness > 0)).toBe(true);
      } finally {
        await pool.close();
      }
    },
    30_000,
  );

  it('a closed pool rejects instead of hanging', async () => {
    const pool = new AnalysisWorkerPool(1);
    await pool.close();
    await expect(analyseBoardParallel(g, {}, { pool, minPeople: 0 })).rejects.toThrow(/not running/);
  });

  it('stays on the calling thread for a small board', async () => {
    const small = randomGraph({ people: 30, ties: 60, seed: 8 });
    expect(await analyseBoardParallel(small)).toEqual(analyseBoard(small));
  });
});
