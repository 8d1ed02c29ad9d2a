// Clock and statistics with times chosen so the expected values can be checked by hand.
import { describe, expect, it } from 'vitest';
import { clockOf, conveneStats, deadlineOf, lastMonths, median, monthOf, statsByMonth, type AlertTimes } from './clock.js';

const H = 3_600_000;
const at = (base: string, hours: number) => new Date(Date.parse(base) + hours * H).toISOString();
const RAISED = '2026-03-28T10:00:00.000Z';

describe('the 24-hour clock', () => {
  it('is 24 hours of real time, also across the night Europe moves to summer time', () => {
    // EU summer time starts 2026-03-29 at 01:00 UTC: the deadline is 11:00 in Stockholm, not 10:00.
    expect(deadlineOf(RAISED)).toBe('2026-03-29T10:00:00.000Z');
    expect(deadlineOf('2026-12-31T23:30:00Z')).toBe('2027-01-01T23:30:00.000Z');
  });

  it('runs down to zero at the deadline and goes negative after it', () => {
    const open = { raisedAt: RAISED, convenedAt: null, closedAt: null };
    expect(clockOf(open, new Date(Date.parse(RAISED) + 24 * H - 1000))).toMatchObject({ state: 'RUNNING', secondsRemaining: 1 });
    expect(clockOf(open, new Date(at(RAISED, 1)))).toMatchObject({ state: 'RUNNING', secondsRemaining: 23 * 3600 });
    expect(clockOf(open, new Date(at(RAISED, 24)))).toMatchObject({ state: 'RUNNING', secondsRemaining: 0 });
    expect(clockOf(open, new Date(at(RAISED, 25)))).toMatchObject({ state: 'OVERDUE', secondsRemaining: -3600, minutesToConvene: null });
  });

  it('stops when the team convenes: met up to the deadline itself, missed after it', () => {
    const now = new Date(at(RAISED, 100));
    expect(clockOf({ raisedAt: RAISED, convenedAt: at(RAISED, 1.5), closedAt: null }, now)).toEqual({
      deadline: '2026-03-29T10:00:00.000Z', state: 'MET', secondsRemaining: null, minutesToConvene: 90,
    });
    expect(clockOf({ raisedAt: RAISED, convenedAt: at(RAISED, 24), closedAt: null }, now)).toMatchObject({ state: 'MET', minutesToConvene: 1440 });
    expect(clockOf({ raisedAt: RAISED, convenedAt: '2026-03-29T10:00:01.000Z', closedAt: null }, now)).toMatchObject({ state: 'MISSED' });
  });

  it('treats an alert closed without convening as called off before the deadline, missed after it', () => {
    const now = new Date(at(RAISED, 100));
    expect(clockOf({ raisedAt: RAISED, convenedAt: null, closedAt: at(RAISED, 2) }, now).state).toBe('CALLED_OFF');
    expect(clockOf({ raisedAt: RAISED, convenedAt: null, closedAt: at(RAISED, 30) }, now).state).toBe('MISSED');
  });
});

describe('time to convene', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const base = '2026-03-01T08:00:00Z';
  const alerts: AlertTimes[] = [
    { raisedAt: base, convenedAt: at(base, 1.5), closedAt: at(base, 48) }, //   90 min, met
    { raisedAt: base, convenedAt: at(base, 30), closedAt: null }, //          1800 min, missed
    { raisedAt: base, convenedAt: at(base, 20), closedAt: null }, //          1200 min, met
    { raisedAt: base, convenedAt: null, closedAt: at(base, 2) }, //          called off: not decided
    { raisedAt: at(now.toISOString(), -30), convenedAt: null, closedAt: null }, // overdue: decided, missed
    { raisedAt: at(now.toISOString(), -1), convenedAt: null, closedAt: null }, //  running: not decided
  ];

  it('takes the median over convened alerts and the share met over decided ones', () => {
    // Times 90, 1200, 1800 → median 1200. Decided: 90, 1800, 1200 and the overdue one = 4; met 2.
    expect(conveneStats(alerts, now)).toEqual({
      alerts: 6, convened: 3, decided: 4, withinDeadline: 2, shareWithinDeadline: 0.5, medianMinutesToConvene: 1200,
    });
    // One more, convened after an hour: 60, 90, 1200, 1800 → (90 + 1200) / 2 = 645; met 3 of 5.
    const more = [...alerts, { raisedAt: base, convenedAt: at(base, 1), closedAt: null }];
    expect(conveneStats(more, now)).toMatchObject({ medianMinutesToConvene: 645, decided: 5, withinDeadline: 3, shareWithinDeadline: 0.6 });
    expect(conveneStats([], now)).toEqual({ alerts: 0, convened: 0, decided: 0, withinDeadline: 0, shareWithinDeadline: null, medianMinutesToConvene: null });
  });

  it('groups by the UTC month an alert was raised in, empty months included', () => {
    expect(lastMonths(new Date('2026-01-10T00:00:00Z'), 3)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(monthOf('2026-02-28T23:30:00Z')).toBe('2026-02');
    const rows = statsByMonth(alerts, lastMonths(now, 2), now);
    expect(rows.map((r) => [r.month, r.alerts, r.convened])).toEqual([['2026-02', 0, 0], ['2026-03', 6, 3]]);
  });

  it('median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
