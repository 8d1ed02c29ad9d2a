// The readiness team's promise is to convene within 24 hours of an alert. The clock is a duration
// on instants (UTC), not a calendar day: across a daylight-saving change the deadline's wall-clock
// time moves by an hour, and the team still has exactly 24 hours.
export const CONVENE_WITHIN_MS = 24 * 60 * 60 * 1000;

export type ClockState = 'RUNNING' | 'OVERDUE' | 'MET' | 'MISSED' | 'CALLED_OFF';

export interface AlertTimes {
  raisedAt: string;
  convenedAt: string | null;
  closedAt: string | null;
}

export interface Clock {
  deadline: string;
  state: ClockState;
  /** Whole seconds to the deadline at `now` while nobody has convened (negative once past); else null. */
  secondsRemaining: number | null;
  /** Minutes from raising to convening, once convened. */
  minutesToConvene: number | null;
}

const ms = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`not an instant: ${iso}`);
  return t;
};

export function deadlineOf(raisedAt: string): string {
  return new Date(ms(raisedAt) + CONVENE_WITHIN_MS).toISOString();
}

/**
 * Convened by the deadline: MET, after it: MISSED. Closed without convening: CALLED_OFF if that
 * was before the deadline (a false alarm), else MISSED. Open and not convened: RUNNING until the
 * deadline (inclusive), OVERDUE after it.
 */
export function clockOf(a: AlertTimes, now: Date): Clock {
  const deadline = ms(a.raisedAt) + CONVENE_WITHIN_MS;
  const base = { deadline: new Date(deadline).toISOString() };
  if (a.convenedAt) {
    const c = ms(a.convenedAt);
    return { ...base, state: c <= deadline ? 'MET' : 'MISSED', secondsRemaining: null, minutesToConvene: (c - ms(a.raisedAt)) / 60_000 };
  }
  if (a.closedAt) return { ...base, state: ms(a.closedAt) <= deadline ? 'CALLED_OFF' : 'MISSED', secondsRemaining: null, minutesToConvene: null };
  const left = deadline - now.getTime();
  return { ...base, state: left >= 0 ? 'RUNNING' : 'OVERDUE', secondsRemaining: Math.trunc(left / 1000), minutesToConvene: null };
}

export interface ConveneStats {
  alerts: number;
  convened: number;
  /** Alerts whose outcome is known: convened, or past the deadline without convening. */
  decided: number;
  withinDeadline: number;
  /** withinDeadline / decided; null when nothing is decided yet. */
  shareWithinDeadline: number | null;
  medianMinutesToConvene: number | null;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Alerts called off before their deadline, and open ones still within it, are not decided: they
 * count among `alerts` but neither for nor against the share convened in time.
 */
export function conveneStats(alerts: AlertTimes[], now: Date): ConveneStats {
  const clocks = alerts.map((a) => clockOf(a, now));
  const decided = clocks.filter((c) => c.state === 'MET' || c.state === 'MISSED' || c.state === 'OVERDUE');
  const within = clocks.filter((c) => c.state === 'MET').length;
  const times = clocks.flatMap((c) => (c.minutesToConvene === null ? [] : [c.minutesToConvene]));
  return {
    alerts: alerts.length,
    convened: times.length,
    decided: decided.length,
    withinDeadline: within,
    shareWithinDeadline: decided.length ? within / decided.length : null,
    medianMinutesToConvene: median(times),
  };
}

/** `YYYY-MM` of an instant, in UTC. */
export const monthOf = (iso: string): string => new Date(ms(iso)).toISOString().slice(0, 7);

/** The `count` months ending with the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
  return out;
}

/** Statistics per month the alert was raised in (UTC), for every month asked, empty ones too. */
export function statsByMonth(alerts: AlertTimes[], months: string[], now: Date): (ConveneStats & { month: string })[] {
  return months.map((month) => ({ month, ...conveneStats(alerts.filter((a) => monthOf(a.raisedAt) === month), now) }));
}
