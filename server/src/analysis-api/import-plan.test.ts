import { describe, expect, it } from 'vitest';
import { badAlias, matchPeople, planTies } from './import-plan.js';

const ids = ['new-0', 'new-1', 'new-2', 'new-3'];

describe('matchPeople', () => {
  it('matches board people by alias ignoring case and creates the rest', () => {
    const plan = matchPeople(
      [{ key: 'n1', alias: 'ÅSA' }, { key: 'n2', alias: 'Bo' }],
      [{ id: 'per-a', alias: 'åsa' }],
      ids,
      false,
    );
    expect('code' in plan).toBe(false);
    if ('code' in plan) return;
    expect([...plan.idOf]).toEqual([['n1', 'per-a'], ['n2', 'new-1']]);
    expect(plan.create).toEqual([{ id: 'new-1', alias: 'Bo' }]);
    expect(plan.matched.map((p) => p.id)).toEqual(['per-a']);
  });

  it('refuses a name two board people share', () => {
    expect(matchPeople([{ key: 'x', alias: 'Kim' }], [{ id: '1', alias: 'Kim' }, { id: '2', alias: 'kim' }], ids, true)).toEqual({ code: 'AMBIGUOUS_ALIAS', alias: 'Kim' });
  });

  it('takes CSV names differing in case as one person, but refuses two GraphML nodes so named', () => {
    const csv = matchPeople([{ key: 'Kim', alias: 'Kim' }, { key: 'KIM', alias: 'KIM' }], [], ids, true);
    expect('code' in csv ? csv : [...csv.idOf]).toEqual([['Kim', 'new-0'], ['KIM', 'new-0']]);
    expect('code' in csv ? null : csv.create).toEqual([{ id: 'new-0', alias: 'Kim' }]);
    expect(matchPeople([{ key: 'n1', alias: 'Kim' }, { key: 'n2', alias: 'KIM' }], [], ids, false)).toEqual({ code: 'SAME_PERSON', alias: 'Kim', other: 'KIM' });
  });

  it('refuses names the board would not accept', () => {
    expect(badAlias([{ key: 'a', alias: 'x'.repeat(61) }])).toMatchObject({ code: 'BAD_ALIAS' });
    expect(badAlias([{ key: 'a', alias: 'ok\u0007' }])).toMatchObject({ code: 'BAD_ALIAS' });
    expect(badAlias([{ key: 'a', alias: 'Åsa Öberg' }])).toBeNull();
  });
});

describe('planTies', () => {
  const idOf = new Map([['a', 'A'], ['b', 'B'], ['c', 'C']]);

  it('skips ties already in force and repeats in the file; undirected either way round, directed not', () => {
    const plan = planTies(
      [
        { source: 'a', target: 'b', type: 'FRIEND', strength: 3 },
        { source: 'b', target: 'a', type: 'FRIEND', strength: 5 },
        { source: 'b', target: 'c', type: 'LOOKS_UP_TO', strength: 2 },
        { source: 'c', target: 'b', type: 'LOOKS_UP_TO', strength: 2 },
        { source: 'a', target: 'c', type: 'CONFLICT', strength: 4 },
      ],
      idOf,
      [{ source: 'C', target: 'A', type: 'CONFLICT', directed: false }],
      ['t0', 't1', 't2', 't3', 't4'],
    );
    if ('code' in plan) throw new Error('refused');
    const { rows, skipped } = plan;
    expect(rows.map((r) => [r.id, r.sourceId, r.targetId, r.type, r.directed])).toEqual([
      ['t0', 'A', 'B', 'FRIEND', false],
      ['t2', 'B', 'C', 'LOOKS_UP_TO', true],
      ['t3', 'C', 'B', 'LOOKS_UP_TO', true],
    ]);
    expect(skipped).toBe(2);
  });

  it('takes the valence from the type where the type says it, else AMBIVALENT', () => {
    const plan = planTies(
      [
        { source: 'a', target: 'b', type: 'RECRUITS', strength: 3 },
        { source: 'a', target: 'c', type: 'PROTECTIVE_ADULT', strength: 3 },
        { source: 'b', target: 'c', type: 'FRIEND', strength: 3 },
      ],
      idOf, [], ['t0', 't1', 't2'],
    );
    if ('code' in plan) throw new Error('refused');
    expect(plan.rows.map((r) => r.valence)).toEqual(['HARMFUL', 'SUPPORTIVE', 'AMBIVALENT']);
  });

  it('refuses a tie between two names that are one person on the board', () => {
    const same = new Map([['Kim', 'K'], ['KIM', 'K']]);
    expect(planTies([{ source: 'Kim', target: 'KIM', type: 'FRIEND', strength: 3 }], same, [], ['t0'])).toEqual({ code: 'SAME_PERSON', alias: 'Kim', other: 'KIM' });
  });
});
