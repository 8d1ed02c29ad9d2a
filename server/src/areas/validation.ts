import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { name, optionalText, text, version } from '../shared/fields.js';

const placeKind = z.enum(['HOUSING_AREA', 'SPORTS_FIELD', 'YOUTH_CLUB', 'SCHOOL', 'SQUARE', 'OTHER']);
const areaLevel = z.enum(['NORMAL', 'ELEVATED', 'CRITICAL']);

/** ISO 8601 years have 52 or 53 weeks; 28 December always falls in the year's last week. */
export function weeksInIsoYear(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const weekday = dec28.getUTCDay() || 7;
  const thursday = new Date(dec28.getTime() + (4 - weekday) * 86_400_000);
  return Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
}

export function isIsoWeek(value: string): boolean {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= weeksInIsoYear(Number(m[1]));
}

// A refinement (not .regex) so the error names the expected form (validation.badWeek).
const isoWeek = z.string().refine(isIsoWeek, { message: 'validation.badWeek' });

export const createAreaInput = z.object({ name: name(120), municipality: optionalText(120) });

export const updateAreaInput = z.object({
  id: idOf('area'),
  version,
  name: name(120).nullish(),
  municipality: optionalText(120),
});

export const createPlaceInput = z.object({ areaId: idOf('area'), name: name(120), kind: placeKind });

export const createSituationReportInput = z.object({
  areaId: idOf('area'),
  week: isoWeek,
  level: areaLevel,
  eventTypes: z.array(name(60)).max(20).nullish(),
  text: optionalText(4000),
  organisation: name(120),
});

// ---- issue 7: places on reports, area levels ----

export const reportPlaceInput = z.object({ placeId: idOf('place').nullish() });

export const setAreaLevelInput = z.object({ areaId: idOf('area'), level: areaLevel, reason: name(1000) });

export const overviewArgs = z.object({
  weeks: z.number().int().min(4).max(52).nullish(),
  until: isoWeek.nullish(),
  latest: z.number().int().min(0).max(50).nullish(),
});

export const reportTextInput = z.object({ text: text(4000) });
