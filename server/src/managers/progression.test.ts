import { describe, expect, it } from 'vitest';
import { progression } from './progression.js';
import type { AssessmentPoint } from '../assessments/levels.js';

const at = (personId: string, factorId: string, kind: 'RISK' | 'PROTECTIVE', level: number, assessedOn: string): AssessmentPoint =>
  ({ personId, factorId, kind, level, assessedOn, createdAt: `${assessedOn}T12:00:00Z` });

describe('progression', () => {
  // asOf 2026-03-01, 2 weeks: window start 2026-02-15, weeks ending 02-22 and 03-01.
  const asOf = '2026-03-01';
  const base = '2026-02-10';
  const points: AssessmentPoint[] = [];
  // Six people, one risk factor each, baseline before the window. Re-assessed in week 2 (02-25):
  // p0, p1, p2 down (3 → 1), p3 same (2 → 2), p4 up (1 → 3); p5 never re-assessed (not counted).
  for (let k = 0; k < 6; k++) points.push(at(`p${k}`, 'risk', 'RISK', [3, 3, 3, 2, 1, 2][k]!, base));
  points.push(at('p0', 'risk', 'RISK', 1, '2026-02-25'), at('p1', 'risk', 'RISK', 1, '2026-02-25'), at('p2', 'risk', 'RISK', 1, '2026-02-25'));
  points.push(at('p3', 'risk', 'RISK', 2, '2026-02-25'), at('p4', 'risk', 'RISK', 3, '2026-02-25'));
  // An assessment with no baseline before the window is not a change.
  points.push(at('p9', 'risk', 'RISK', 0, '2026-02-20'));

  it('week by week: nobody re-assessed in week 1 (shown as 0), then 5 pairs: 3 improved, 1 unchanged, 1 worsened', () => {
    const [w1, w2] = progression(points, asOf, 2);
    expect(w1!.weekEnding).toBe('2026-02-22');
    expect(w1!.risk.assessed).toEqual({ value: 0, suppressed: false });
    expect(w2!.weekEnding).toBe('2026-03-01');
    expect(w2!.risk.assessed.value).toBe(5);
    // Improved is 3 people (<5) and so hidden; the unchanged and worsened cells (1 person each) too.
    expect([w2!.risk.improved, w2!.risk.unchanged, w2!.risk.worsened].map((c) => c.suppressed)).toEqual([true, true, true]);
    expect(w2!.risk.share).toBeNull();
  });

  it('with enough people the share is improved / assessed', () => {
    const many: AssessmentPoint[] = [];
    // 10 people down, 5 unchanged, 5 up: share 10 / 20 = 0.5.
    for (let k = 0; k < 20; k++) {
      many.push(at(`q${k}`, 'f', 'PROTECTIVE', 1, base));
      many.push(at(`q${k}`, 'f', 'PROTECTIVE', k < 10 ? 2 : k < 15 ? 1 : 0, '2026-02-18'));
    }
    const [w1] = progression(many, asOf, 2);
    expect(w1!.protective).toMatchObject({ assessed: { value: 20 }, improved: { value: 10 }, unchanged: { value: 5 }, worsened: { value: 5 }, share: 0.5 });
  });
});
