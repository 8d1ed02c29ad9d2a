import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, optionalText, strength, version } from '../shared/fields.js';

export const tieType = z.enum(['FRIEND', 'FAMILY', 'PARTNER', 'CLASSMATE', 'CONFLICT', 'CO_OFFENDING', 'LOOKS_UP_TO', 'RECRUITS', 'PROTECTIVE_ADULT', 'OTHER']);
export const valence = z.enum(['SUPPORTIVE', 'HARMFUL', 'AMBIVALENT']);
export const legalBasis = z.enum(['CONSENT', 'SSP_115', 'OTHER_STATUTE']);
export const confidence = z.enum(['LOW', 'MEDIUM', 'HIGH']);

export const createTieInput = z
  .object({
    boardId: idOf('board'),
    sourceId: idOf('person'),
    targetId: idOf('person'),
    type: tieType,
    strength,
    valence,
    directed: z.boolean().nullish(),
    sourceAgencyId: idOf('agency').nullish(),
    legalBasis: legalBasis.nullish(),
    confidence: confidence.nullish(),
    validFrom: isoDate.nullish(),
    note: optionalText(2000),
    consentId: idOf('consent').nullish(),
    statuteCode: z.string().trim().max(40).nullish().transform((v) => v || null),
  })
  .refine((v) => v.sourceId !== v.targetId, { message: 'validation.samePerson', path: ['targetId'] });

export const updateTieInput = z.object({
  id: idOf('tie'),
  version,
  type: tieType.nullish(),
  strength: strength.nullish(),
  valence: valence.nullish(),
  directed: z.boolean().nullish(),
  sourceAgencyId: idOf('agency').nullish(),
  legalBasis: legalBasis.nullish(),
  confidence: confidence.nullish(),
  note: optionalText(2000),
  statuteCode: z.string().trim().max(40).nullish().transform((v) => v || null),
});

export const endTieInput = z.object({ id: idOf('tie'), version, validTo: isoDate.nullish() });

export const reopenTieInput = z.object({ id: idOf('tie'), version });
