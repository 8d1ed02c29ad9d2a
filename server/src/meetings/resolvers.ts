// A board's weekly meetings. The agenda is generated from the data since the previous meeting:
// what is overdue on the meeting's date (the rule of Board.overdue), what changed on the board
// (Board.changes) and the new situation reports about its area. The minutes are decisions (here)
// and commitments (the interventions' Commitment, agreedOn the meeting's date).
import type {
  Resolvers, QueryMeetingArgs, QueryMeetingMinutesPdfArgs, MutationCreateMeetingArgs, MutationAddMeetingDecisionArgs,
} from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import type { Tx } from '../db/db.js';
import { guard } from '../graphql/guard.js';
import { audited } from '../audit/audit.js';
import { can } from '../policy/policy.js';
import { AppError, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { validate } from '../shared/validate.js';
import { boardChanges } from '../changes/resolvers.js';
import { today } from '../shared/fields.js';
import { overdueOf } from '../overdue/resolvers.js';
import { minutesPdf } from './pdf.js';
import { createMeetingInput, meetingDecisionInput } from './validation.js';

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

export async function meetingById(tx: Tx, id: string, userId: string): Promise<Model | null> {
  const row = await tx.one<{ meeting: Model }>('meetings/get', { id, userId });
  return row?.meeting ?? null;
}

const DAY_MS = 86_400_000;
export const defaultSince = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 7 * DAY_MS).toISOString().slice(0, 10);

/**
 * The board's interventions (with their follow-ups and commitments), read as Board.interventions
 * reads them: audited, for the people they target. `keep` picks what is shown, whose targets are
 * then logged.
 */
async function interventionsFor<T>(c: AuthedCtx, m: Model, purpose: string, keep: (all: Model[]) => { shown: Model[]; result: T }): Promise<T> {
  if (!can(c.user.role, 'read', 'intervention')) throw forbidden();
  return audited(c, 'READ', purpose, async (tx, seen) => {
    const rows = await tx.rows<{ intervention: Model }>('interventions/by-board', { boardId: String(m.boardId), userId: c.user.id });
    const { shown, result } = keep(rows.map((r) => r.intervention));
    seen.addAll(shown.flatMap((i) => (i.targetPersonIds as string[] | undefined) ?? []));
    return result;
  });
}

export function agreedAt(interventions: Model[], date: string): { shown: Model[]; result: Model[] } {
  const result = interventions
    .flatMap((i) => ((i.commitments as Model[] | undefined) ?? []).map((c): Model => ({ ...c, interventionId: c.interventionId ?? i.id })))
    .filter((c) => c.agreedOn === date)
    .sort((a, b) => String(a.dueDate).localeCompare(String(b.dueDate)) || String(a.id).localeCompare(String(b.id)));
  const ids = new Set(result.map((c) => String(c.interventionId)));
  return { shown: interventions.filter((i) => ids.has(String(i.id))), result };
}

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: guard('read', 'board', (args: QueryMeetingArgs, ctx) => ctx.db.read((tx) => meetingById(tx, args.id, ctx.user.id))),
    meetingMinutesPdf: guard('read', 'board', async (args: QueryMeetingMinutesPdfArgs, ctx) => {
      const meeting = await ctx.db.read((tx) => meetingById(tx, args.meetingId, ctx.user.id));
      if (!meeting) throw notFound();
      const commitments = can(ctx.user.role, 'read', 'intervention')
        ? await interventionsFor(ctx, meeting, 'Meeting.minutesPdf', (all) => {
          const a = agreedAt(all, String(meeting.date));
          const titles = new Map(all.map((i) => [String(i.id), String(i.title)]));
          return { shown: a.shown, result: a.result.map((c): Model => ({ ...c, interventionTitle: titles.get(String(c.interventionId)) ?? '' })) };
        })
        : [];
      const contactIds = [...new Set(commitments.map((c) => c.assigneeContactId as string | null).filter((x): x is string => !!x))];
      const contacts = contactIds.length ? await ctx.db.read((tx) => tx.rows<{ id: string; name: string }>('meetings/contact-names', { ids: contactIds })) : [];
      const names = new Map(contacts.map((x) => [x.id, x.name]));
      const bytes = await minutesPdf(ctx.lang, ctx.config.TIME_ZONE, {
        boardTitle: String(meeting.boardTitle),
        date: String(meeting.date),
        decisions: ((meeting.decisions as Model[] | undefined) ?? []).map((d) => String(d.text)),
        commitments: commitments.map((c) => ({
          what: String(c.what),
          who: c.assigneeContactId ? (names.get(String(c.assigneeContactId)) ?? '') : String((c.assigneeUser as Model | null)?.displayName ?? ''),
          due: String(c.dueDate),
          done: c.done === true,
          intervention: String(c.interventionTitle),
        })),
      });
      return { filename: `minutes-${meeting.date}.pdf`, contentType: 'application/pdf', base64: Buffer.from(bytes).toString('base64') };
    }),
  },
  Mutation: {
    createMeeting: guard('update', 'board', async (args: MutationCreateMeetingArgs, ctx) => {
      const input = validate(createMeetingInput, args.input);
      const id = newId('meeting');
      return ctx.db.write(async (tx) => {
        const row = await tx.one<{ created: boolean }>('meetings/create', { id, boardId: input.boardId, date: input.date, userId: ctx.user.id });
        if (!row) throw notFound();
        if (!row.created) throw new AppError('CONFLICT', 'situation.errors.meetingExists');
        return (await meetingById(tx, id, ctx.user.id))!;
      });
    }),
    addMeetingDecision: guard('update', 'board', async (args: MutationAddMeetingDecisionArgs, ctx) => {
      const input = validate(meetingDecisionInput, args.input);
      const id = newId('decision');
      return ctx.db.write(async (tx) => {
        if (!(await tx.one('meetings/lookup', { meetingId: input.meetingId, userId: ctx.user.id }))) throw notFound();
        const row = await tx.one<{ decision: Model }>('meetings/decision-add', { id, meetingId: input.meetingId, text: input.text, userId: ctx.user.id, userName: ctx.user.displayName });
        return row!.decision;
      });
    }),
  },
  Board: {
    meetings: async (b, _a, ctx) => {
      const c = authed(ctx);
      return c.db.read(async (tx) => {
        const ids = await tx.rows<{ id: string }>('meetings/by-board', { boardId: String(b.id), userId: c.user.id });
        const out: Model[] = [];
        for (const { id } of ids) {
          const m = await meetingById(tx, id, c.user.id);
          if (m) out.push(m);
        }
        return out;
      });
    },
  },
  Meeting: {
    board: async (m, _a, ctx) => {
      const c = authed(ctx);
      const row = await c.db.read((tx) => tx.one<{ current: Model }>('boards/summary', { id: String(m.boardId), userId: c.user.id }));
      if (!row) throw notFound();
      return row.current;
    },
    previousMeeting: async (m, _a, ctx) => {
      if (!m.previousId) return null;
      const c = authed(ctx);
      return c.db.read((tx) => meetingById(tx, String(m.previousId), c.user.id));
    },
    agenda: (m) => {
      const date = String(m.date);
      const now = today();
      return { meeting: m, since: (m.previousDate as string | null) ?? defaultSince(date), until: date < now ? date : now };
    },
    decisions: (m) => (m.decisions as Model[] | undefined) ?? [],
    commitments: (m, _a, ctx) => interventionsFor(authed(ctx), m, 'Meeting.commitments', (all) => agreedAt(all, String(m.date))),
  },
  MeetingAgenda: {
    overdue: (a, _x, ctx) => {
      const m = a.meeting as Model;
      return interventionsFor(authed(ctx), m, 'MeetingAgenda.overdue', (all) => {
        const o = overdueOf(all, String(m.date));
        const ids = new Set([...o.followUps.map((i) => String(i.id)), ...o.commitments.map((c) => String(c.interventionId))]);
        return { shown: all.filter((i) => ids.has(String(i.id))), result: o };
      });
    },
    changes: (a, _x, ctx) => boardChanges({ id: (a.meeting as Model).boardId }, { since: String(a.since), until: String(a.until) }, ctx),
    newReports: async (a, _x, ctx) => {
      const c = authed(ctx);
      const m = a.meeting as Model;
      // Reports are the board's context, read under the same role gate as Area.reports.
      if (!can(c.user.role, 'read', 'report')) throw forbidden();
      if (!m.areaId) return [];
      const rows = await c.db.read((tx) => tx.rows<{ report: Model }>('areas/reports-since', { areaId: String(m.areaId), since: String(a.since), until: String(a.until), limit: 100 }));
      return rows.map((r) => r.report);
    },
  },
};
