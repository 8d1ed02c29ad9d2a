import { z } from 'zod';
import { idOf } from '../shared/ids.js';

export const erasePersonInput = z.object({
  id: idOf('person'),
  reason: z.enum(['SUBJECT_REQUEST', 'GUARDIAN_REQUEST', 'CONSENT_WITHDRAWN', 'NO_LONGER_NEEDED', 'ENTERED_IN_ERROR', 'UNLAWFUL']),
});

export const setBoardClosedInput = z.object({ boardId: idOf('board'), closed: z.boolean() });
