// A board picture is passed on, and what rests on a legal basis the policy does not let the user
// export may not be: police §115 data (`police-115-stays`), and, since no rule allows it,
// consent-gated and statute-shared data (a file cannot be recalled when a consent is withdrawn).
// The server cannot see the picture, so it works out from the database which ties the picture
// draws under the filter in force (the same rules as the client's board/filters.ts computeView and
// board/elements.ts), and refuses the export when one of them is such a tie. The check is the one
// `Tie.exportable` answers the client with (basisClass + basisAllowedFor), so the two agree. A tie
// the user cannot see (its basis, or a consent not shared with them) is not on their board and
// cannot be drawn.
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

const classOf = (t: DrawnTie) => basisClass(t, t.fromPolice);

/** The tie's legal basis lets this user pass it on (what `Tie.exportable` says to the client). */
export const exportableFor = (user: User, t: DrawnTie, p: Policy = policy): boolean =>
  basisAllowedFor(user, 'export', classOf(t), t.sourceAgencyId, p);

/**
 * The ties a picture draws for this user under this filter: the ones the user may read, in force
 * and passing the filter (within the focus neighbourhood when focused), plus the ended ones when
 * changes are shown (the client draws those whatever the tie filters, between people in view).
 * Left out as the filter says: with `withoutUnexportable` every tie the user may not export (what
 * Tavla's client leaves out), with `withoutPolice115` the police §115 ties (older clients).
 */
export function tiesInPicture(user: User, drawn: DrawnTies, f: PictureFilter, p: Policy = policy): DrawnTie[] {
  const readable = drawn.ties.filter((t) => basisAllowedFor(user, 'read', classOf(t), t.sourceAgencyId, p)
    && !(f.withoutPolice115 && classOf(t) === 'police115')
    && !(f.withoutUnexportable && !exportableFor(user, t, p)));
  const passing = readable.filter((t) => t.inForce && passes(t, f));
  const ended = readable.filter((t) => t.ended && f.changesSince);
  if (!f.focusPersonId || !drawn.focusOnBoard) return [...passing, ...ended];
  const people = neighbourhood(f.focusPersonId, passing, f.focusSteps ?? 1);
  const inView = (t: DrawnTie) => people.has(t.sourceId) && people.has(t.targetId);
  return [...passing.filter(inView), ...ended.filter(inView)];
}

/** The ties in the picture whose legal basis the policy does not let this user export. */
export function notExportable(user: User, ties: DrawnTie[], p: Policy = policy): DrawnTie[] {
  return ties.filter((t) => !exportableFor(user, t, p));
}

/**
 * The refusal for a picture holding these ties: police §115 named as such (the message the API
 * gave before consent and statute ties were checked too), anything else by its bases.
 */
export function pictureRefused(refused: DrawnTie[]): AppError {
  return new AppError('FORBIDDEN', refused.some((t) => classOf(t) === 'police115') ? 'legal.police115NoExport' : 'legal.unexportableNoExport');
}
