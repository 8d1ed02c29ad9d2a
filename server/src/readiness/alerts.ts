// Readiness alerts: any member of the readiness team raises one for an area that has left normal
// level; the 24-hour clock runs from then (clock.ts); the team records when it convened and who
// came, logs decisions and actions, and closes the alert with a summary and the area's new level.
// Alerts are about areas, never people, so none of this is audited as a person's data.
import type {
  Resolvers, MutationRaiseAlertArgs, MutationRecordConveningArgs, MutationLogAlertDecisionArgs, MutationLogAlertActionArgs,
  MutationSetAlertActionDoneArgs, MutationCloseAlertArgs, QueryReadinessAlertsArgs, QueryReadinessAlertArgs, QueryReadinessStatsArgs,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { guard } from '../graphql/guard.js';
import { AppError, badInput, notFound } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { blocks, checkText } from '../areas/textcheck.js';
import { setLevel } from '../areas/levels.js';
import { checkActionRefs } from '../actions/resolvers.js';
import { requireTeamMember } from './team.js';
import { mailAlert } from './mail.js';
import { clockOf, conveneStats, lastMonths, statsByMonth, type AlertTimes } from './clock.js';
import {
  actionDoneInput, alertActionInput, alertDecisionInput, alertsArgs, closeAlertInput, raiseAlertInput, recordConveningInput, statsArgs,
} from './validation.js';

type Status = 'RAISED' | 'CONVENED' | 'CLOSED';
interface Lock { status: Status; raisedAt: string; lastWriteId: string | null; areaId: string }

const conflict = (key: string) => new AppError('CONFLICT', `situation.errors.${key}`);

/** Texts the team writes are about an area: an identity number in any of them is refused. */
function noIdentityNumbers(fields: Record<string, string | null | undefined>): void {
  const bad = Object.entries(fields).filter(([, v]) => v && blocks(checkText(v)));
  if (bad.length) throw badInput(bad.map(([field]) => ({ field, key: 'validation.identityNumber' })));
}

async function alertById(tx: Tx, id: string): Promise<Model> {
  const row = await tx.one<{ alert: Model }>('readiness/alert-get', { id });
  if (!row) throw notFound();
  return row.alert;
}

/**
 * Runs `work` for a team member on the alert, locked, in one of the states it may be in. A
 * replayed write (the driver retrying a commit it did not hear about) returns the alert as it is.
 */
async function onAlert<T>(
  ctx: AuthedCtx, alertId: string, writeId: string | null, states: Status[],
  work: (tx: Tx, lock: Lock) => Promise<T>, replay: (tx: Tx) => Promise<T>,
): Promise<T> {
  return ctx.db.write(async (tx) => {
    await requireTeamMember(tx, ctx.user.id);
    const lock = await tx.one<Lock>('readiness/alert-lock', { id: alertId });
    if (!lock) throw notFound();
    if (writeId && lock.lastWriteId === writeId) return replay(tx);
    if (!states.includes(lock.status)) {
      throw conflict(lock.status === 'CLOSED' ? 'alertClosed' : lock.status === 'CONVENED' ? 'alertAlreadyConvened' : 'alertNotConvened');
    }
    return work(tx, lock);
  });
}

const notify = (tx: Tx, alertId: string, kind: string, actorId: string) => tx.one('readiness/notify', { alertId, kind, actorId });

/** Convening may be recorded afterwards, but not before the alert, nor (beyond clock skew) ahead. */
const FUTURE_SLACK_MS = 5 * 60_000;

export const alertResolvers: Resolvers = {
  Query: {
    readinessAlerts: guard('read', 'readiness', async (args: QueryReadinessAlertsArgs, ctx) => {
      const a = validate(alertsArgs, args);
      const rows = await ctx.db.read((tx) =>
        tx.rows<{ alert: Model }>('readiness/alerts', { statuses: a.status?.length ? a.status : null, areaId: a.areaId ?? null, limit: a.first ?? 50 }),
      );
      return rows.map((r) => r.alert);
    }),
    readinessAlert: guard('read', 'readiness', async (args: QueryReadinessAlertArgs, ctx) => {
      const row = await ctx.db.read((tx) => tx.one<{ alert: Model }>('readiness/alert-get', { id: args.id }));
      return row?.alert ?? null;
    }),
    readinessStats: guard('read', 'readiness', async (args: QueryReadinessStatsArgs, ctx) => {
      const a = validate(statsArgs, args);
      const now = new Date();
      const months = lastMonths(now, a.months ?? 12);
      const rows = await ctx.db.read((tx) => tx.rows<AlertTimes>('readiness/alert-times', { from: `${months[0]}-01T00:00:00Z`, areaId: a.areaId ?? null }));
      return {
        overall: conveneStats(rows, now),
        byMonth: statsByMonth(rows, months, now).map(({ month, ...stats }) => ({ month, stats })),
      };
    }),
  },
  Mutation: {
    raiseAlert: guard('create', 'readiness', async (args: MutationRaiseAlertArgs, ctx) => {
      const input = validate(raiseAlertInput, args.input);
      noIdentityNumbers({ reason: input.reason });
      const id = newId('alert');
      const levelChangeId = newId('levelChange');
      const { alert, recipients, area } = await ctx.db.write(async (tx) => {
        await requireTeamMember(tx, ctx.user.id);
        const row = await tx.one('readiness/alert-raise', { id, areaId: input.areaId, userId: ctx.user.id, level: input.level, reason: input.reason });
        if (!row) throw badInput([{ field: 'areaId', key: 'validation.unknownReference' }]);
        // The level may already be this one (then its history has no new line).
        const { area } = await setLevel(tx, ctx, { id: levelChangeId, areaId: input.areaId, level: input.level, reason: input.reason, alertId: id });
        await notify(tx, id, 'ALERT_RAISED', ctx.user.id);
        const recipients = (await tx.rows<{ email: string }>('readiness/mail-recipients', { actorId: ctx.user.id })).map((r) => r.email);
        return { alert: await alertById(tx, id), recipients, area };
      });
      void mailAlert(ctx.config, ctx.lang, recipients, {
        alertId: id, areaName: String(area.name), level: input.level, deadline: String(alert.deadline),
      });
      return alert;
    }),
    recordConvening: guard('update', 'readiness', (args: MutationRecordConveningArgs, ctx) => {
      const input = validate(recordConveningInput, args.input);
      noIdentityNumbers({ note: input.note });
      const writeId = newId('revision');
      const convenedAt = input.convenedAt ? new Date(input.convenedAt).toISOString() : null;
      if (convenedAt && Date.parse(convenedAt) > Date.now() + FUTURE_SLACK_MS) throw badInput([{ field: 'convenedAt', key: 'validation.notInFuture' }]);
      return onAlert(ctx, input.alertId, writeId, ['RAISED'], async (tx, lock) => {
        if (convenedAt && Date.parse(convenedAt) < Date.parse(lock.raisedAt)) throw badInput([{ field: 'convenedAt', key: 'validation.convenedBeforeRaised' }]);
        const check = await tx.one<{ bad: string[] }>('readiness/attendees-check', { ids: input.attendeeIds });
        if (check?.bad.length) throw badInput([{ field: 'attendeeIds', key: 'validation.unknownReference' }]);
        await tx.one('readiness/alert-convene', {
          id: input.alertId, userId: ctx.user.id, convenedAt, attendeeIds: input.attendeeIds,
          otherAttendees: input.otherAttendees ?? [], note: input.note ?? null, writeId,
        });
        await notify(tx, input.alertId, 'ALERT_CONVENED', ctx.user.id);
        return alertById(tx, input.alertId);
      }, (tx) => alertById(tx, input.alertId));
    }),
    logAlertDecision: guard('update', 'readiness', (args: MutationLogAlertDecisionArgs, ctx) => {
      const input = validate(alertDecisionInput, args.input);
      noIdentityNumbers({ text: input.text });
      const id = newId('decision');
      return onAlert(ctx, input.alertId, null, ['CONVENED'], async (tx) => {
        const row = await tx.one<{ decision: Model }>('readiness/decision-add', { id, alertId: input.alertId, text: input.text, userId: ctx.user.id, userName: ctx.user.displayName });
        return row!.decision;
      }, async () => { throw notFound(); });
    }),
    logAlertAction: guard('update', 'readiness', (args: MutationLogAlertActionArgs, ctx) => {
      const input = validate(alertActionInput, args.input);
      const a = input.action;
      noIdentityNumbers({ 'action.what': a.what, 'action.who': a.who });
      const id = newId('actionItem');
      return onAlert(ctx, input.alertId, null, ['CONVENED'], async (tx) => {
        await checkActionRefs(tx, ctx.user.id, a.agencyId ?? null, a.interventionId ?? null, 'action.');
        const row = await tx.one<{ action: Model }>('readiness/action-add', {
          id, ownerId: input.alertId, what: a.what, who: a.who, due: a.due, agencyId: a.agencyId ?? null,
          interventionId: a.interventionId ?? null, userId: ctx.user.id, userName: ctx.user.displayName,
        });
        return row!.action;
      }, async () => { throw notFound(); });
    }),
    setAlertActionDone: guard('update', 'readiness', async (args: MutationSetAlertActionDoneArgs, ctx) => {
      const input = validate(actionDoneInput, args);
      return ctx.db.write(async (tx) => {
        await requireTeamMember(tx, ctx.user.id);
        const row = await tx.one<{ action: Model }>('readiness/action-done', input);
        if (!row) throw notFound();
        return row.action;
      });
    }),
    closeAlert: guard('update', 'readiness', (args: MutationCloseAlertArgs, ctx) => {
      const input = validate(closeAlertInput, args.input);
      noIdentityNumbers({ summary: input.summary });
      const writeId = newId('revision');
      const levelChangeId = newId('levelChange');
      return onAlert(ctx, input.alertId, writeId, ['RAISED', 'CONVENED'], async (tx, lock) => {
        await setLevel(tx, ctx, { id: levelChangeId, areaId: lock.areaId, level: input.areaLevel, reason: input.summary, alertId: input.alertId });
        await tx.one('readiness/alert-close', { id: input.alertId, userId: ctx.user.id, summary: input.summary, writeId });
        await notify(tx, input.alertId, 'ALERT_CLOSED', ctx.user.id);
        return alertById(tx, input.alertId);
      }, (tx) => alertById(tx, input.alertId));
    }),
  },
  ReadinessAlert: {
    area: async (a, _x, ctx) => {
      const row = await ctx.db.read((tx) => tx.one<{ area: Model }>('areas/get', { id: String(a.areaId) }));
      if (!row) throw notFound();
      return row.area;
    },
    raisedBy: (a) => String(a.raisedBy),
    clock: (a) => {
      const c = clockOf({ raisedAt: String(a.raisedAt), convenedAt: (a.convenedAt as string | null) ?? null, closedAt: (a.closedAt as string | null) ?? null }, new Date());
      return { raisedAt: String(a.raisedAt), ...c };
    },
    convening: (a) =>
      a.convenedAt
        ? { convenedAt: a.convenedAt, recordedBy: a.convenedBy, attendeeIds: a.attendeeIds ?? [], otherAttendees: a.otherAttendees ?? [], note: a.convenedNote ?? null }
        : null,
    decisions: (a) => (a.decisions as Model[] | undefined) ?? [],
    actions: (a) => (a.actions as Model[] | undefined) ?? [],
    closedAt: (a) => (a.closedAt as string | null) ?? null,
    closedBy: (a) => (a.closedBy as string | null) ?? null,
    summary: (a) => (a.summary as string | null) ?? null,
  },
  Convening: {
    attendees: async (c, _a, ctx) => {
      const ids = (c.attendeeIds as string[] | undefined) ?? [];
      if (ids.length === 0) return [];
      const rows = await ctx.db.read((tx) => tx.rows<{ user: Model }>('readiness/users-by-ids', { ids }));
      return rows.map((r) => r.user);
    },
    note: (c) => (c.note as string | null) ?? null,
  },
};
