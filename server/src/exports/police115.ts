// What the police shared under §115 may not be passed on (policy rule `police-115-stays`), and a
// board picture is passed on. The server cannot see the picture, so it works out from the database
// which ties the picture draws under the filter in force (the same rules as the client's
// board/filters.ts computeView and board/elements.ts), and refuses the export when one of them is
// police §115 data the user sees but the policy does not let them export. A tie the user cannot
// see (its basis, or a consent not shared with them) is not on their board and cannot be drawn.
import type { AuthUser } from '../graphql/context.js';
import { basisAllowedFor, basisClass } from '../consents/basis.js';
import { AppError } from '../shared/errors.js';
import { policy } from '../policy/policy.js';
import type { Policy } from '../policy/file.js';
import type { PictureFilter } from './validation.js';

export interface DrawnTie {
  id: string;
  sourceId: string;
  targetId: string;
  type: string;
  strength: number;
  valence: string;
  legalBasis: string | null;
  consentId: string | null;
  sourceAgencyId: string | null;
  /** The source agency is a police agency (so SSP_115 makes it police115 data). */
  fromPolice: boolean;
  /** In force on the picture's date. */
  inForce: boolean;
  /** Ended since the "what changed" date (the picture draws it as ended). */
  ended: boolean;
}

export interface DrawnTies {
  ties: DrawnTie[];
  /** The focus person is on the board (the client ignores a focus on anyone else). */
  focusOnBoard: boolean;
}

type User = Pick<AuthUser, 'role' | 'agencyId'>;

const NO_AGENCY = 'none';

function passes(t: DrawnTie, f: PictureFilter): boolean {
  return (
    t.strength >= (f.minStrength ?? 1) &&
    !(f.hiddenTieTypes ?? []).includes(t.type as never) &&
    !(f.hiddenValences ?? []).includes(t.valence as never) &&
    !(f.hiddenAgencies ?? []).includes((t.sourceAgencyId ?? NO_AGENCY) as never)
  );
}

function neighbourhood(start: string, ties: DrawnTie[], depth: number): Set<string> {
  const adj = new Map<string, string[]>();
  for (const t of ties) {
    (adj.get(t.sourceId) ?? adj.set(t.sourceId, []).get(t.sourceId)!).push(t.targetId);
    (adj.get(t.targetId) ?? adj.set(t.targetId, []).get(t.targetId)!).push(t.sourceId);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const id of frontier) for (const n of adj.get(id) ?? []) if (!seen.has(n)) (seen.add(n), next.push(n));
    frontier = next;
  }
  return seen;
}

/**
 * The ties a picture draws for this user under this filter: the ones the user may read, in force
 * and passing the filter (within the focus neighbourhood when focused), plus the ended ones when
 * changes are shown (the client draws those whatever the tie filters, between people in view).
 * With `withoutPolice115` the police §115 ties are left out, as Tavla's client leaves them out.
 */
export function tiesInPicture(user: User, drawn: DrawnTies, f: PictureFilter, p: Policy = policy): DrawnTie[] {
  const readable = drawn.ties.filter((t) => basisAllowedFor(user, 'read', basisClass(t, t.fromPolice), t.sourceAgencyId, p)
    // Left out of the picture, as the filter says.
    && !(f.withoutPolice115 && basisClass(t, t.fromPolice) === 'police115'));
  const passing = readable.filter((t) => t.inForce && passes(t, f));
  const ended = readable.filter((t) => t.ended && f.changesSince);
  if (!f.focusPersonId || !drawn.focusOnBoard) return [...passing, ...ended];
  const people = neighbourhood(f.focusPersonId, passing, f.focusSteps ?? 1);
  const inView = (t: DrawnTie) => people.has(t.sourceId) && people.has(t.targetId);
  return [...passing.filter(inView), ...ended.filter(inView)];
}

/** The ties in the picture that are police §115 data the policy does not let this user export. */
export function police115NotExportable(user: User, ties: DrawnTie[], p: Policy = policy): DrawnTie[] {
  return ties.filter((t) => {
    const cls = basisClass(t, t.fromPolice);
    return cls === 'police115' && !basisAllowedFor(user, 'export', cls, t.sourceAgencyId, p);
  });
}

export const police115Refused = () => new AppError('FORBIDDEN', 'legal.police115NoExport');
