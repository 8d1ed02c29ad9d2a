import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { text } from '../shared/fields.js';

export const shareInformationInput = z.object({
  personId: idOf('person'),
  class: z.enum(['AGENCY_NOTE', 'POLICE_115', 'CONSENT_GATED', 'STATUTE']),
  text: text(4000).min(1),
  consentId: idOf('consent').nullish(),
  statuteCode: z.string().trim().max(40).nullish().transform((v) => v || null),
});

export const informationArgs = z.object({ purpose: z.enum(['PREVENTION', 'INVESTIGATION']).nullish() });
