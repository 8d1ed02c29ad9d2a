// Which interventions count, and whom they reach. Shared by the planning view and the managers'
// view so gaps and coverage mean the same everywhere (docs/planning.md).
import type { Model } from '../graphql/model.js';

/**
 * In the plan on `day`: planned, active or paused, and not ended before that day. These cover a
 * factor: a planned intervention already answers "who reduces this risk?".
 */
export function inPlan(i: Model, day: string): boolean {
  if (!['PLANNED', 'ACTIVE', 'PAUSED'].includes(String(i.status))) return false;
  return !i.endDate || String(i.endDate) >= day;
}

/** Running on `day`: ACTIVE, started and not ended. "No active intervention" means none of these. */
export function running(i: Model, day: string): boolean {
  if (i.status !== 'ACTIVE') return false;
  return (!i.startDate || String(i.startDate) <= day) && (!i.endDate || String(i.endDate) >= day);
}

export interface Reachable {
  id: string;
  /** Groups the person is a member of on the day asked about. */
  groupIds: readonly string[];
  /** The areas of the boards the person is on (an area-wide measure reaches everyone there). */
  areaIds: readonly string[];
}

const ids = (i: Model, key: string): string[] => (i[key] as string[] | undefined) ?? [];

/** An intervention reaches a person it targets, a group they are in, or an area they are in. */
export function reaches(i: Model, p: Reachable): boolean {
  if (ids(i, 'targetPersonIds').includes(p.id)) return true;
  const groups = ids(i, 'targetGroupIds');
  if (p.groupIds.some((g) => groups.includes(g))) return true;
  const areas = ids(i, 'targetAreaIds');
  return p.areaIds.some((a) => areas.includes(a));
}

export const reducesFactor = (i: Model, factorId: string): boolean => ids(i, 'reducesIds').includes(factorId);
export const strengthensFactor = (i: Model, factorId: string): boolean => ids(i, 'strengthensIds').includes(factorId);
export const targetsNoFactor = (i: Model): boolean => ids(i, 'reducesIds').length === 0 && ids(i, 'strengthensIds').length === 0;
