// Rows for the readiness team, the demo's alerts (with their decisions and actions) and the areas'
// level history. An alert's own level changes (raised: its level; closed: the level after) are
// derived here, so the history and the alerts cannot disagree; `previous` is worked out from the
// changes in time order, starting from NORMAL.
import { isoDate, isoInstant } from './dates.js';
import { seedId } from './ids.js';
import type { AlertRow, ActionRow, DecisionRow, LevelChangeRow, ReadinessMemberRow, ReportFilerRow } from './rows.js';
import type { AreaLevel, SeedData, SeedMoment } from './types.js';
import { reportKey } from './validate.js';

export interface ReadinessRows {
  readinessTeam: ReadinessMemberRow[];
  alerts: AlertRow[];
  alertDecisions: DecisionRow[];
  alertActions: ActionRow[];
  levelChanges: LevelChangeRow[];
  reportFilers: ReportFilerRow[];
  /** Each area's level after its last change. */
  areaLevels: Map<string, AreaLevel>;
}

const HOUR_MS = 3_600_000;

export function momentOf(today: Date, m: SeedMoment): string {
  return new Date(Date.parse(isoInstant(today, m.day)) + m.hour * HOUR_MS).toISOString();
}

/** The Cypher MATCHes by id, so a dangling key would silently drop a row: refuse it here. */
export function validateReadiness(data: SeedData): void {
  const has = (list: { key: string }[], key: string) => list.some((x) => x.key === key);
  const bad = (where: string, problem: string): never => {
    throw new Error(`Seed ${where}: ${problem}`);
  };
  const user = (where: string, key: string) => {
    const u = data.users.find((x) => x.key === key);
    if (!u) bad(where, `unknown user "${key}"`);
    if (u!.role === 'REPORTER' || u!.role === 'ADMIN') bad(where, `user "${key}" (${u!.role}) cannot be on the readiness team's work`);
  };
  (data.readinessTeam ?? []).forEach((m, i) => user(`readinessTeam[${i}]`, m.user));
  (data.levelChanges ?? []).forEach((c, i) => {
    if (!has(data.areas, c.area)) bad(`levelChanges[${i}]`, `unknown area "${c.area}"`);
    user(`levelChanges[${i}]`, c.by);
  });
  (data.alerts ?? []).forEach((a, i) => {
    const where = `alerts[${i}] (${a.key})`;
    if (!has(data.areas, a.area)) bad(where, `unknown area "${a.area}"`);
    [a.raisedBy, a.convened?.by, a.closed?.by, ...(a.convened?.attendees ?? []), ...a.decisions.map((d) => d.by), ...a.actions.map((x) => x.by)]
      .forEach((u) => u !== undefined && user(where, u));
    a.actions.forEach((x) => x.agency !== undefined && !has(data.agencies, x.agency) && bad(where, `unknown agency "${x.agency}"`));
    const t = (m: SeedMoment) => m.day * 24 + m.hour;
    if (a.convened && t(a.convened.at) < t(a.raised)) bad(where, 'convened before it was raised');
    if (a.closed && t(a.closed.at) < t(a.convened?.at ?? a.raised)) bad(where, 'closed before it was raised or convened');
    if ((a.decisions.length || a.actions.length) && !a.convened) bad(where, 'decisions and actions need the team to have convened');
  });
  data.reports.forEach((r, i) => r.filedBy !== undefined && !data.users.some((u) => u.key === r.filedBy) && bad(`reports[${i}]`, `unknown user "${r.filedBy}"`));
}

export function prepareReadiness(data: SeedData, today: Date, since: string): ReadinessRows {
  validateReadiness(data);
  const at = (m: SeedMoment) => momentOf(today, m);
  const user = (key: string) => seedId('user', key);
  const displayName = (key: string) => data.users.find((u) => u.key === key)!.displayName;
  const alerts = data.alerts ?? [];

  type Change = Omit<LevelChangeRow, 'id' | 'previous'> & { key: string };
  const changes: Change[] = [
    ...(data.levelChanges ?? []).map((c) => ({
      key: `${c.area}|${c.at.day}|${c.at.hour}`, areaId: seedId('area', c.area), level: c.level, reason: c.reason,
      changedAt: at(c.at), changedById: user(c.by), changedBy: displayName(c.by), alertId: null,
    })),
    ...alerts.flatMap((a) => [
      {
        key: `${a.key}|raised`, areaId: seedId('area', a.area), level: a.level, reason: a.reason, changedAt: at(a.raised),
        changedById: user(a.raisedBy), changedBy: displayName(a.raisedBy), alertId: seedId('alert', a.key),
      },
      ...(a.closed ? [{
        key: `${a.key}|closed`, areaId: seedId('area', a.area), level: a.closed.levelAfter, reason: a.closed.summary,
        changedAt: at(a.closed.at), changedById: user(a.closed.by), changedBy: displayName(a.closed.by), alertId: seedId('alert', a.key),
      }] : []),
    ]),
  ].sort((x, y) => x.changedAt.localeCompare(y.changedAt));

  const areaLevels = new Map<string, AreaLevel>();
  const levelChanges: LevelChangeRow[] = [];
  for (const { key, ...c } of changes) {
    const previous = areaLevels.get(c.areaId) ?? 'NORMAL';
    // Only real changes are history (an alert at the level the area already had changes nothing).
    if (previous === c.level) continue;
    levelChanges.push({ id: seedId('levelChange', key), previous, ...c });
    areaLevels.set(c.areaId, c.level);
  }

  return {
    readinessTeam: (data.readinessTeam ?? []).map((m) => ({ userId: user(m.user), email: m.email ?? null, since })),
    alerts: alerts.map((a) => ({
      id: seedId('alert', a.key),
      areaId: seedId('area', a.area),
      level: a.level,
      reason: a.reason,
      raisedAt: at(a.raised),
      raisedById: user(a.raisedBy),
      raisedBy: displayName(a.raisedBy),
      convenedAt: a.convened ? at(a.convened.at) : null,
      convenedById: a.convened ? user(a.convened.by) : null,
      convenedBy: a.convened ? displayName(a.convened.by) : null,
      attendeeIds: (a.convened?.attendees ?? []).map(user),
      otherAttendees: [...(a.convened?.others ?? [])],
      convenedNote: a.convened?.note ?? null,
      closedAt: a.closed ? at(a.closed.at) : null,
      closedById: a.closed ? user(a.closed.by) : null,
      closedBy: a.closed ? displayName(a.closed.by) : null,
      summary: a.closed?.summary ?? null,
      status: a.closed ? 'CLOSED' : a.convened ? 'CONVENED' : 'RAISED',
    })),
    // Decisions and actions were recorded at the meeting the team convened.
    alertDecisions: alerts.flatMap((a) =>
      a.decisions.map((d, i) => ({
        id: seedId('decision', `${a.key}|${i}`), alertId: seedId('alert', a.key), text: d.text,
        recordedById: user(d.by), recordedBy: displayName(d.by), recordedAt: at(a.convened?.at ?? a.raised),
      })),
    ),
    alertActions: alerts.flatMap((a) =>
      a.actions.map((x, i) => ({
        id: seedId('actionItem', `${a.key}|${i}`), alertId: seedId('alert', a.key), what: x.what, who: x.who,
        agencyId: x.agency ? seedId('agency', x.agency) : null, due: isoDate(today, x.due), done: x.done,
        doneAt: x.done ? isoInstant(today, x.due) : null,
        recordedById: user(x.by), recordedBy: displayName(x.by), recordedAt: at(a.convened?.at ?? a.raised),
      })),
    ),
    levelChanges,
    reportFilers: data.reports.flatMap((r) => (r.filedBy ? [{ reportId: seedId('report', reportKey(r)), userId: user(r.filedBy) }] : [])),
    areaLevels,
  };
}
