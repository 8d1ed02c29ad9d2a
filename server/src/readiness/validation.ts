import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, name, optionalText } from '../shared/fields.js';

// A refinement (not an enum) so the error says why NORMAL is refused (validation.alertNeedsLevel).
const raisedLevel = z
  .string()
  .refine((v) => v === 'ELEVATED' || v === 'CRITICAL', { message: 'validation.alertNeedsLevel' })
  .transform((v) => v as 'ELEVATED' | 'CRITICAL');
const anyLevel = z.enum(['NORMAL', 'ELEVATED', 'CRITICAL']);

// An instant the client sends (convening time): ISO 8601 with a zone, so it is never read in the
// server's local time.
const instant = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), {
  message: 'validation.badInstant',
});

export const raiseAlertInput = z.object({ areaId: idOf('area'), level: raisedLevel, reason: name(2000) });

export const recordConveningInput = z.object({
  alertId: idOf('alert'),
  convenedAt: instant.nullish(),
  attendeeIds: z.array(idOf('user')).max(100).transform((l) => [...new Set(l)]),
  otherAttendees: z.array(name(200)).max(50).nullish(),
  note: optionalText(4000),
});

export const alertDecisionInput = z.object({ alertId: idOf('alert'), text: name(4000) });

export const actionFields = z.object({
  what: name(1000),
  who: name(200),
  agencyId: idOf('agency').nullish(),
  due: isoDate,
  interventionId: idOf('intervention').nullish(),
});

export const alertActionInput = z.object({ alertId: idOf('alert'), action: actionFields });

export const actionDoneInput = z.object({ id: idOf('actionItem'), done: z.boolean() });

export const closeAlertInput = z.object({ alertId: idOf('alert'), summary: name(8000), areaLevel: anyLevel });

export const teamMemberInput = z.object({
  userId: idOf('user'),
  member: z.boolean(),
  email: z.email().max(200).nullish(),
});

export const alertsArgs = z.object({
  status: z.array(z.enum(['RAISED', 'CONVENED', 'CLOSED'])).max(3).nullish(),
  first: z.number().int().min(1).max(200).nullish(),
  areaId: idOf('area').nullish(),
});

export const statsArgs = z.object({ months: z.number().int().min(1).max(60).nullish(), areaId: idOf('area').nullish() });

export const notificationIds = z.object({ ids: z.array(idOf('notification')).max(200).nullish() });
