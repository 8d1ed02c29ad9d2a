import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, strength } from '../shared/fields.js';
import { tieType, valence } from '../ties/validation.js';

export const pictureFormat = z.enum(['PNG', 'SVG', 'PDF']);

const agencyOrNone = z.union([z.literal('none'), idOf('agency')]);

export const pictureFilter = z.object({
  asOf: isoDate.nullish(),
  changesSince: isoDate.nullish(),
  hiddenTieTypes: z.array(tieType).max(20).nullish(),
  hiddenValences: z.array(valence).max(3).nullish(),
  hiddenAgencies: z.array(agencyOrNone).max(200).nullish(),
  minStrength: strength.nullish(),
  focusPersonId: idOf('person').nullish(),
  focusSteps: z.number().int().min(1).max(2).nullish(),
  labels: z.enum(['ALIASES', 'INITIALS', 'PSEUDONYMS']).nullish(),
  withoutPolice115: z.boolean().nullish(),
  withoutUnexportable: z.boolean().nullish(),
});

export const recordExportInput = z.object({
  boardId: idOf('board'),
  format: pictureFormat,
  personIds: z.array(idOf('person')).max(20_000),
  filter: pictureFilter.nullish(),
});

export type PictureFilter = z.infer<typeof pictureFilter>;

/**
 * The filter as the audit row's purpose carries it: only what was set, in a fixed key order, so
 * two identical exports read the same in the log.
 */
export function describeFilter(f: PictureFilter | null | undefined): string {
  if (!f) return '';
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(pictureFilter.shape).sort() as (keyof PictureFilter)[]) {
    const v = f[key];
    if (v === null || v === undefined || v === false || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = Array.isArray(v) ? [...v].sort() : v;
  }
  return Object.keys(out).length ? JSON.stringify(out) : '';
}
