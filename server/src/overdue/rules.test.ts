import { describe, expect, it } from 'vitest';
import { commitmentOverdue, followUpOverdue } from './rules.js';

const today = '2026-03-10';

describe('overdue', () => {
  it('a follow-up is overdue when its date has passed with no follow-up on or after it', () => {
    const i = (over: Record<string, unknown>) => ({ status: 'ACTIVE', nextFollowUp: '2026-03-09', followUps: [], ...over });
    expect(followUpOverdue(i({}), today)).toBe(true);
    expect(followUpOverdue(i({ nextFollowUp: today }), today)).toBe(false);
    expect(followUpOverdue(i({ nextFollowUp: null }), today)).toBe(false);
    expect(followUpOverdue(i({ followUps: [{ date: '2026-03-09' }] }), today)).toBe(false);
    // An early follow-up does not settle the one that was due.
    expect(followUpOverdue(i({ followUps: [{ date: '2026-03-02' }] }), today)).toBe(true);
    for (const status of ['PLANNED', 'PAUSED']) expect(followUpOverdue(i({ status }), today)).toBe(true);
    for (const status of ['COMPLETED', 'CANCELLED']) expect(followUpOverdue(i({ status }), today)).toBe(false);
  });

  it('a commitment is overdue when not done and its due date has passed', () => {
    expect(commitmentOverdue({ done: false, dueDate: '2026-03-09' }, today)).toBe(true);
    expect(commitmentOverdue({ done: false, dueDate: today }, today)).toBe(false);
    expect(commitmentOverdue({ done: true, dueDate: '2026-01-01' }, today)).toBe(false);
  });
});
