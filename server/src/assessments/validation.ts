import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate } from '../shared/fields.js';

export const groupProfileInput = z
  .object({ groupId: idOf('group'), from: isoDate, to: isoDate.nullish() })
  .refine((v) => !v.to || v.to >= v.from, { message: 'validation.validToBeforeFrom', path: ['to'] });
