import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, name } from '../shared/fields.js';

export const createMeetingInput = z.object({ boardId: idOf('board'), date: isoDate });
export const meetingDecisionInput = z.object({ meetingId: idOf('meeting'), text: name(4000) });
