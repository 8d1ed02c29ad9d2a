import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate } from '../shared/fields.js';

export const planningInput = z
  .object({ boardId: idOf('board'), personId: idOf('person').nullish(), groupId: idOf('group').nullish(), asOf: isoDate.nullish() })
  .refine((v) => !(v.personId && v.groupId), { message: 'validation.personOrGroup', path: ['groupId'] });
