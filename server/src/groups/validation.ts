import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, name, optionalText, version } from '../shared/fields.js';

export const membershipRole = z.enum(['LEADER', 'CORE', 'PERIPHERAL']);
export const groupLinkType = z.enum(['ALLIANCE', 'CONFLICT', 'OVERLAP']);

export const createGroupInput = z.object({
  boardId: idOf('board'),
  name: name(120),
  description: optionalText(4000),
  areaId: idOf('area').nullish(),
});

export const updateGroupInput = z.object({
  id: idOf('group'),
  version,
  name: name(120).nullish(),
  description: optionalText(4000),
  areaId: idOf('area').nullish(),
});

export const removeGroupFromBoardInput = z.object({ boardId: idOf('board'), id: idOf('group'), version, validTo: isoDate.nullish() });

export const addMemberInput = z.object({
  groupId: idOf('group'),
  personId: idOf('person'),
  role: membershipRole,
  validFrom: isoDate.nullish(),
});

export const updateMembershipInput = z.object({ id: idOf('membership'), version, role: membershipRole });

export const endMembershipInput = z.object({ id: idOf('membership'), version, validTo: isoDate.nullish() });

export const createGroupLinkInput = z
  .object({
    boardId: idOf('board'),
    sourceId: idOf('group'),
    targetId: idOf('group'),
    type: groupLinkType,
    note: optionalText(2000),
    validFrom: isoDate.nullish(),
  })
  .refine((v) => v.sourceId !== v.targetId, { message: 'validation.sameGroup', path: ['targetId'] });

export const endGroupLinkInput = z.object({ id: idOf('groupLink'), version, validTo: isoDate.nullish() });
