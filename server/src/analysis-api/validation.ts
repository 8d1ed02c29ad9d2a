// Inputs of the analysis API, checked at the trust boundary like every other feature's.
import { z } from 'zod';
import type { TieFilter } from '../analysis/index.js';
import { IMPORT_LIMITS } from '../analysis/index.js';
import { idOf } from '../shared/ids.js';
import { isoDate, strength, today } from '../shared/fields.js';
import { tieType, valence, legalBasis } from '../ties/validation.js';

export const tieFilterInput = z
  .object({
    types: z.array(tieType).max(20).nullish(),
    minStrength: strength.nullish(),
    valences: z.array(valence).max(3).nullish(),
    includeHarmful: z.boolean().nullish(),
    asOf: isoDate.nullish(),
    directed: z.boolean().nullish(),
    weighted: z.boolean().nullish(),
  })
  .nullish();

export interface AnalysisFilter {
  /** What the analysis module counts. */
  ties: TieFilter;
  /** The day whose ties and memberships are loaded. */
  asOf: string;
}

/**
 * A validated filter in the module's terms with every default filled in, so equal filters are
 * equal objects (and equal cache keys) however they were written.
 */
export function toFilter(input: z.infer<typeof tieFilterInput>): AnalysisFilter {
  const ties: TieFilter = {};
  if (input?.types) ties.types = [...new Set(input.types)].sort();
  if (input?.minStrength != null) ties.minStrength = input.minStrength;
  if (input?.valences) ties.valences = [...new Set(input.valences)].sort();
  ties.includeHarmful = input?.includeHarmful ?? true;
  ties.directed = input?.directed ?? false;
  ties.weighted = input?.weighted ?? false;
  return { ties, asOf: input?.asOf ?? today() };
}

const personIds = z.array(idOf('person')).max(1000);

export const boardAnalysisInput = z.object({ boardId: idOf('board'), filter: tieFilterInput });

export const simulateRemovalInput = z.object({
  boardId: idOf('board'),
  personIds: personIds.min(1),
  filter: tieFilterInput,
});

const plannedTie = z
  .object({
    sourceId: idOf('person'),
    targetId: idOf('person'),
    type: tieType,
    strength,
    valence,
    directed: z.boolean().nullish(),
  })
  .refine((t) => t.sourceId !== t.targetId, { message: 'validation.samePerson', path: ['targetId'] });

export const simulateInput = z.object({
  boardId: idOf('board'),
  input: z.object({
    removePeople: personIds.nullish(),
    removeTies: z.array(idOf('tie')).max(5000).nullish(),
    addTies: z.array(plannedTie).max(1000).nullish(),
  }),
  filter: tieFilterInput,
});

export const egoInput = z.object({
  boardId: idOf('board'),
  personId: idOf('person'),
  steps: z.number().int().min(1).max(3).nullish(),
  filter: tieFilterInput,
});

export const pathInput = z.object({
  boardId: idOf('board'),
  fromId: idOf('person'),
  toId: idOf('person'),
  filter: tieFilterInput,
});

export const areaInput = z.object({ areaId: idOf('area'), filter: tieFilterInput });

export const toneSetterArgs = z.object({
  groupId: idOf('group').nullish(),
  limit: z.number().int().min(1).max(100).nullish(),
});

export const importInput = z.object({
  boardId: idOf('board'),
  format: z.enum(['GRAPHML', 'CSV']),
  data: z.string().max(IMPORT_LIMITS.maxChars),
  legalBasis: legalBasis.nullish(),
  statuteCode: z.string().trim().max(40).nullish().transform((v) => v || null),
});

export const exportInput = z.object({
  boardId: idOf('board'),
  format: z.enum(['GRAPHML', 'GEXF', 'CSV']),
  asOf: isoDate.nullish(),
  purpose: z.enum(['PREVENTION', 'INVESTIGATION']).nullish(),
});

export const jobInput = z.object({ id: z.string().refine((v) => /^job_[0-9a-f-]{36}$/.test(v), { message: 'validation.badId' }) });
