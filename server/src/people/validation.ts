import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { name, version } from '../shared/fields.js';

const kind = z.enum(['YOUNG_PERSON', 'INFLUENTIAL_FIGURE']);
const birthYear = z.number().int().min(1900).max(2100);

export const createPersonInput = z.object({
  boardId: idOf('board'),
  kind,
  alias: name(60),
  name: name(160).nullish(),
  birthYear: birthYear.nullish(),
  existingPersonId: idOf('person').nullish(),
});

export const updatePersonInput = z.object({
  id: idOf('person'),
  version,
  kind: kind.nullish(),
  alias: name(60).nullish(),
  name: name(160).nullish(),
  birthYear: birthYear.nullish(),
});
