import { z } from 'zod';
import { isoDate } from '../shared/fields.js';

export const overviewInput = z.object({
  weeks: z.number().int().min(1).max(52).nullish(),
  asOf: isoDate.nullish(),
});
