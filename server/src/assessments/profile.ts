// A group's factor profile: for each factor, how many of the group's members carry it on two
// days, and the change. The members are those in the group on the later day, counted on both
// days, so the change shows factors moving, not people joining or leaving.
import { carries, latestLevels, type AssessmentPoint, type FactorKind } from './levels.js';

export interface ProfileRow {
  factorId: string;
  kind: FactorKind;
  countFrom: number;
  countTo: number;
  change: number;
  /** Members with any assessment of the factor by the later day. */
  assessedTo: number;
}

export function groupProfile(memberIds: readonly string[], points: readonly AssessmentPoint[], from: string, to: string): ProfileRow[] {
  const members = new Set(memberIds);
  const mine = points.filter((p) => members.has(p.personId));
  const atFrom = latestLevels(mine, from);
  const atTo = latestLevels(mine, to);
  const rows = new Map<string, ProfileRow>();
  const row = (factorId: string, kind: FactorKind): ProfileRow => {
    let r = rows.get(factorId);
    if (!r) rows.set(factorId, (r = { factorId, kind, countFrom: 0, countTo: 0, change: 0, assessedTo: 0 }));
    return r;
  };
  for (const levels of atTo.values()) {
    for (const [factorId, l] of levels) {
      const r = row(factorId, l.kind);
      r.assessedTo += 1;
      if (carries(l.level)) r.countTo += 1;
    }
  }
  for (const levels of atFrom.values()) {
    for (const [factorId, l] of levels) if (carries(l.level)) row(factorId, l.kind).countFrom += 1;
  }
  for (const r of rows.values()) r.change = r.countTo - r.countFrom;
  return [...rows.values()];
}
