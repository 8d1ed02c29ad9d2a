import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, name, strength, version } from '../shared/fields.js';

const communityKind = z.enum(['CLUB', 'SPORT', 'ASSOCIATION', 'OTHER']);

export const createCommunityInput = z.object({
  name: name(120),
  kind: communityKind,
  areaId: idOf('area').nullish(),
});

export const addParticipationInput = z.object({
  personId: idOf('person'),
  communityId: idOf('community'),
  strength,
  validFrom: isoDate.nullish(),
});

export const updateParticipationInput = z.object({ id: idOf('participation'), version, strength });

export const endParticipationInput = z.object({ id: idOf('participation'), version, validTo: isoDate.nullish() });
