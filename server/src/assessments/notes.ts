// The first agency-internal note rule: the free-text note on a factor assessment belongs to the
// assessment's source agency. Its level, date and legal basis are shared with the team; the note
// is shown only to users of that agency whose role may read the agency's notes (policy class
// agencyNotes: rules own-agency-notes, other-agencies-notes, managers-never-see-identity).
// An assessment without a source agency has a note nobody may read: fail closed.
import type { AuthUser } from '../graphql/context.js';
import { decide, policy } from '../policy/policy.js';

function agencyOf(user: AuthUser, sourceAgencyId: string | null | undefined): 'own' | 'other' {
  return sourceAgencyId && user.agencyId && user.agencyId === sourceAgencyId ? 'own' : 'other';
}

/** Whether this user may see (op 'read') or write (op 'create') a note from this source agency. */
export function noteAllowed(user: AuthUser | null, op: 'read' | 'create', sourceAgencyId: string | null | undefined): boolean {
  if (!user) return false;
  return decide(user.role, op, 'agencyNotes', { ...policy.gateContext, agency: agencyOf(user, sourceAgencyId) }).allowed;
}

/** The note as this viewer may see it. */
export function visibleNote(user: AuthUser | null, assessment: Record<string, unknown>): string | null {
  const note = (assessment.note as string | null | undefined) ?? null;
  if (note === null) return null;
  return noteAllowed(user, 'read', assessment.sourceAgencyId as string | null | undefined) ? note : null;
}
