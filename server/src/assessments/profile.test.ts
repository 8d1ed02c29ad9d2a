import { describe, expect, it } from 'vitest';
import { groupProfile } from './profile.js';
import { latestLevels, type AssessmentPoint } from './levels.js';

const p = (personId: string, factorId: string, level: number, assessedOn: string, kind: 'RISK' | 'PROTECTIVE' = 'RISK', createdAt = '2026-01-01T00:00:00Z'): AssessmentPoint =>
  ({ personId, factorId, kind, level, assessedOn, createdAt });

describe('levels over time', () => {
  it('takes the latest assessment on or before the day; on the same date the one recorded last', () => {
    const points = [p('a', 'f', 1, '2026-01-01'), p('a', 'f', 3, '2026-02-01'), p('a', 'f', 2, '2026-02-01', 'RISK', '2026-02-01T09:00:00Z')];
    expect(latestLevels(points, '2026-01-31').get('a')!.get('f')!.level).toBe(1);
    expect(latestLevels(points, '2026-02-01').get('a')!.get('f')!.level).toBe(2);
    expect(latestLevels(points, '2025-12-31').size).toBe(0);
  });
});

describe('group profile', () => {
  it('counts members carrying each factor (level ≥ 2) on both days, over the members on the later day', () => {
    const points = [
      p('a', 'drugs', 3, '2026-01-05'), p('a', 'drugs', 1, '2026-02-20'),
      p('b', 'drugs', 2, '2026-01-05'),
      p('c', 'drugs', 1, '2026-01-05'), p('c', 'drugs', 2, '2026-02-10'),
      p('a', 'club', 0, '2026-01-05', 'PROTECTIVE'), p('a', 'club', 2, '2026-02-10', 'PROTECTIVE'),
      // Not a member on the later day: left out on both days.
      p('x', 'drugs', 3, '2026-01-05'),
    ];
    const rows = groupProfile(['a', 'b', 'c'], points, '2026-01-31', '2026-02-28');
    const by = Object.fromEntries(rows.map((r) => [r.factorId, [r.countFrom, r.countTo, r.change, r.assessedTo]]));
    // drugs: on 31 Jan a(3) b(2) carry it: 2; on 28 Feb b(2) c(2): 2; three members assessed.
    // club: 0 then 1.
    expect(by).toEqual({ drugs: [2, 2, 0, 3], club: [0, 1, 1, 1] });
  });
});
