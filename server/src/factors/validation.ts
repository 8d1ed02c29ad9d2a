import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, name, optionalText, version } from '../shared/fields.js';
import { legalBasis } from '../ties/validation.js';

// Dotted lowercase words, like the catalogue's 'risk.peers.delinquent_friends'.
const factorKey = z.string().max(120).regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/);

export const createFactorInput = z.object({
  key: factorKey,
  kind: z.enum(['PROTECTIVE', 'RISK']),
  domain: z.enum(['INDIVIDUAL', 'PEERS', 'FAMILY', 'SCHOOL', 'COMMUNITY']),
  nameSv: name(120),
  nameDa: name(120),
  nameEn: name(120),
  descriptionSv: optionalText(2000),
  descriptionDa: optionalText(2000),
  descriptionEn: optionalText(2000),
});

export const updateFactorInput = z.object({
  id: idOf('factor'),
  version,
  nameSv: name(120).nullish(),
  nameDa: name(120).nullish(),
  nameEn: name(120).nullish(),
  descriptionSv: optionalText(2000),
  descriptionDa: optionalText(2000),
  descriptionEn: optionalText(2000),
});

export const retireFactorInput = z.object({ id: idOf('factor'), version });

export const assessFactorInput = z.object({
  personId: idOf('person'),
  factorId: idOf('factor'),
  level: z.number().int().min(0).max(3),
  assessedOn: isoDate.nullish(),
  sourceAgencyId: idOf('agency').nullish(),
  legalBasis: legalBasis.nullish(),
  note: optionalText(2000),
  consentId: idOf('consent').nullish(),
  statuteCode: z.string().trim().max(40).nullish().transform((v) => v || null),
});
