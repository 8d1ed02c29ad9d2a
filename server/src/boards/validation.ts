import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { name, optionalText, version } from '../shared/fields.js';

export const createBoardInput = z.object({
  title: name(160),
  description: optionalText(4000),
  areaId: idOf('area').nullish(),
});

export const updateBoardInput = z.object({
  id: idOf('board'),
  version,
  title: name(160).nullish(),
  description: optionalText(4000),
  areaId: idOf('area').nullish(),
});

const coordinate = z.number().finite().min(-1e6).max(1e6);
export const saveLayoutInput = z.object({
  boardId: idOf('board'),
  positions: z.array(z.object({ nodeId: z.string().regex(/^(per|grp)_[0-9a-f-]{36}$/, { message: 'validation.badId' }), x: coordinate, y: coordinate })).max(20_000),
});

export const boardPersonInput = z.object({ boardId: idOf('board'), personId: idOf('person') });
export const boardGroupInput = z.object({ boardId: idOf('board'), groupId: idOf('group') });
export const boardUserInput = z.object({ boardId: idOf('board'), userId: idOf('user') });
export const toneSetterInput = z.object({ boardId: idOf('board'), personId: idOf('person'), toneSetter: z.boolean() });
