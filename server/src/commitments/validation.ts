import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, name, version } from '../shared/fields.js';

const what = name(1000);

export const addCommitmentInput = z
  .object({
    interventionId: idOf('intervention'),
    what,
    dueDate: isoDate,
    agreedOn: isoDate.nullish(),
    assigneeContactId: idOf('contact').nullish(),
    assigneeUserId: idOf('user').nullish(),
  })
  .refine((v) => Boolean(v.assigneeContactId) !== Boolean(v.assigneeUserId), { message: 'validation.oneAssignee', path: ['assigneeContactId'] });

export const updateCommitmentInput = z
  .object({
    id: idOf('commitment'),
    version,
    what: what.nullish(),
    dueDate: isoDate.nullish(),
    assigneeContactId: idOf('contact').nullish(),
    assigneeUserId: idOf('user').nullish(),
    done: z.boolean().nullish(),
  })
  .refine((v) => !(v.assigneeContactId && v.assigneeUserId), { message: 'validation.oneAssignee', path: ['assigneeContactId'] });
