// What a person is called on screen. In meeting (projector) mode only initials or pseudonyms
// are shown; initials are ambiguous (two boys called B.), so clashes get a number, given in a
// stable order so "B.2" is the same boy all meeting.
import type { Person } from './model.js';

export type LabelMode = 'alias' | 'initials' | 'pseudonym';

export function labelsFor(people: readonly Person[], mode: LabelMode): Map<string, string> {
  const out = new Map<string, string>();
  if (mode !== 'initials') {
    for (const p of people) out.set(p.id, mode === 'alias' ? p.alias : p.pseudonym);
    return out;
  }
  const byInitials = new Map<string, Person[]>();
  for (const p of people) {
    // The server makes initials without a name's notes and punctuation (people/identity.ts);
    // kept to letters, digits and dots here too, whatever an older server sends.
    const key = p.initials.replace(/[^\p{L}\p{N}.]/gu, '').replace(/\.{2,}/g, '.') || '?';
    (byInitials.get(key) ?? byInitials.set(key, []).get(key)!).push(p);
  }
  for (const [initials, group] of byInitials) {
    if (group.length === 1) {
      out.set(group[0]!.id, initials);
      continue;
    }
    [...group].sort((a, b) => (a.id < b.id ? -1 : 1)).forEach((p, i) => out.set(p.id, `${initials}${i + 1}`));
  }
  return out;
}
