import { z } from 'zod';
import { idOf, type IdKind } from '../shared/ids.js';
import { isoDate, name, optionalText, version } from '../shared/fields.js';
import { legalBasis } from '../ties/validation.js';

const level = z.enum(['GENERAL', 'SPECIFIC', 'INDIVIDUAL']);
const status = z.enum(['PLANNED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED']);
const progress = z.enum(['ON_TRACK', 'DELAYED', 'STOPPED', 'DONE']);

// A refinement (not .regex) so the error names the expected form (validation.badCurrency).
const currency = z.string().refine((v) => /^[A-Z]{3}$/.test(v), { message: 'validation.badCurrency' });

const cost = z.object({
  amount: z.number().finite().min(0).max(1e9),
  unit: z.enum(['PER_DAY', 'PER_WEEK', 'ONE_OFF']),
  currency,
});

/** A list of ids of one kind, each at most once. */
const ids = <K extends IdKind>(kind: K) =>
  z.array(idOf(kind)).max(200).transform((list) => [...new Set(list)]);

const endAfterStart = (v: { startDate?: string | null; endDate?: string | null }) => !v.startDate || !v.endDate || v.endDate >= v.startDate;

export const createInterventionInput = z
  .object({
    boardId: idOf('board'),
    title: name(200),
    description: optionalText(4000),
    level,
    status: status.nullish(),
    startDate: isoDate.nullish(),
    endDate: isoDate.nullish(),
    responsibleAgencyId: idOf('agency').nullish(),
    responsibleContactId: idOf('contact').nullish(),
    targetPersonIds: ids('person').nullish(),
    targetGroupIds: ids('group').nullish(),
    targetAreaIds: ids('area').nullish(),
    involvedAgencyIds: ids('agency').nullish(),
    strengthensFactorIds: ids('factor').nullish(),
    reducesFactorIds: ids('factor').nullish(),
    cost: cost.nullish(),
    nextFollowUp: isoDate.nullish(),
  })
  .refine(endAfterStart, { message: 'validation.validToBeforeFrom', path: ['endDate'] });

export const updateInterventionInput = z.object({
  id: idOf('intervention'),
  version,
  title: name(200).nullish(),
  description: optionalText(4000),
  level: level.nullish(),
  status: status.nullish(),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  responsibleAgencyId: idOf('agency').nullish(),
  responsibleContactId: idOf('contact').nullish(),
  targetPersonIds: ids('person').nullish(),
  targetGroupIds: ids('group').nullish(),
  targetAreaIds: ids('area').nullish(),
  involvedAgencyIds: ids('agency').nullish(),
  strengthensFactorIds: ids('factor').nullish(),
  reducesFactorIds: ids('factor').nullish(),
  cost: cost.nullish(),
  nextFollowUp: isoDate.nullish(),
});

const observation = z.object({
  personId: idOf('person'),
  factorId: idOf('factor'),
  level: z.number().int().min(0).max(3),
  legalBasis: legalBasis.nullish(),
  note: optionalText(2000),
});

export const addFollowUpInput = z.object({
  interventionId: idOf('intervention'),
  date: isoDate.nullish(),
  progress,
  note: optionalText(4000),
  observations: z.array(observation).max(100).nullish(),
  nextFollowUp: isoDate.nullish(),
});
