// Where a factor level counts as "present", "active" or "weak", and the level a person had on a
// given day. Shared by the group profile, the planning view and the managers' view, so the three
// always agree. Levels run 0 (absent) to 3 (strong).
//
// Thresholds (docs/planning.md):
// - a risk factor is *present* when its latest level is 2 or 3: 1 is a slight sign to watch, not
//   something an intervention is planned against;
// - a protective factor is *active* when its latest level is 2 or 3, and *weak* when it was assessed
//   and its latest level is 0 or 1: worth strengthening.
// "Latest" is the assessment with the latest date on or before the day asked about (on the same
// date, the one recorded last).

export type FactorKind = 'RISK' | 'PROTECTIVE';

export const PRESENT_FROM = 2;

export interface AssessmentPoint {
  personId: string;
  factorId: string;
  kind: FactorKind;
  level: number;
  assessedOn: string;
  createdAt: string;
  legalBasis?: string | null;
  consentId?: string | null;
  sourceAgencyId?: string | null;
}

/** Present risk or active protective factor: the person "carries" it. */
export const carries = (level: number): boolean => level >= PRESENT_FROM;
export const isWeakProtective = (level: number): boolean => level < PRESENT_FROM;

export interface Level {
  level: number;
  assessedOn: string;
  kind: FactorKind;
}

const later = (a: AssessmentPoint, b: AssessmentPoint): boolean =>
  a.assessedOn > b.assessedOn || (a.assessedOn === b.assessedOn && a.createdAt > b.createdAt);

/** person id -> factor id -> the latest assessment on or before `day`. */
export function latestLevels(points: readonly AssessmentPoint[], day: string): Map<string, Map<string, Level>> {
  const best = new Map<string, AssessmentPoint>();
  for (const p of points) {
    if (p.assessedOn > day) continue;
    const key = `${p.personId}\u0000${p.factorId}`;
    const cur = best.get(key);
    if (!cur || later(p, cur)) best.set(key, p);
  }
  const out = new Map<string, Map<string, Level>>();
  for (const p of best.values()) {
    let m = out.get(p.personId);
    if (!m) out.set(p.personId, (m = new Map()));
    m.set(p.factorId, { level: p.level, assessedOn: p.assessedOn, kind: p.kind });
  }
  return out;
}

/** Days between two ISO dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
