// "What changed since the last meeting": the ties and memberships that began, ended or were
// edited on a board from one date up to another (today, or a past meeting's date, so a past
// meeting's agenda does not fill up with what happened after it), in one audited read.
import type { Resolvers, ResolversTypes, BoardChangesArgs, TieValues } from '../graphql/generated/types.js';
import type { Model } from '../graphql/model.js';
import type { AuthedCtx, Ctx } from '../graphql/context.js';
import { audited } from '../audit/audit.js';
import { badInput, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { can } from '../policy/policy.js';
import { validate } from '../shared/validate.js';
import { isoDate, today } from '../shared/fields.js';
import { basisAllows } from '../consents/basis.js';

type Revision = Omit<TieValues, 'directed'> & { directed: boolean | null; confidence?: unknown };
interface TieRow { tie: Model; source: Model; target: Model; isNew: boolean; isEnded: boolean; before: Revision | null; edits: number; lastChangedAt: string; after: Revision | null }
interface MembershipRow { membership: Model; person: Model; group: Model; isNew: boolean; isEnded: boolean }
interface LinkRow { link: Model; source: Model; target: Model; isNew: boolean; isEnded: boolean }

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

/** An edit after `until` replaced the values the tie had then: show those, not today's. */
function asOfUntil(r: TieRow): TieRow {
  if (!r.after) return r;
  const a = r.after;
  const tie: Model = { ...r.tie, type: a.type, strength: a.strength, valence: a.valence, directed: a.directed ?? r.tie.directed };
  if (a.confidence != null) tie.confidence = a.confidence;
  return { ...r, tie };
}

// Exported for the meeting agenda (meetings/resolvers.ts).
export async function boardChanges(board: Model, args: BoardChangesArgs, ctx: Ctx): Promise<ResolversTypes['BoardChanges']> {
  const c = authed(ctx);
  if (!can(c.user.role, 'read', 'tie') || !can(c.user.role, 'read', 'group')) throw forbidden();
  const since = validate(isoDate, args.since);
  // ISO dates compare as strings. Without until, a since after today simply finds nothing.
  const until = args.until == null ? today() : validate(isoDate, args.until);
  if (args.until != null && until < since) throw badInput([{ field: 'until', key: 'validation.untilBeforeSince' }]);
  const params = { boardId: String(board.id), userId: c.user.id, since, until };
  const { ties, memberships, links } = await audited(c, 'READ', 'Board.changes', async (tx, seen) => {
    // Ties on a legal basis the role may not see (consents/basis.ts) did not change for it.
    const rows = await tx.rows<TieRow>('changes/ties', params);
    const keep = await Promise.all(rows.map((r) => basisAllows(c, 'read', r.tie)));
    const ties = rows.filter((_r, i) => keep[i]).map(asOfUntil);
    const memberships = await tx.rows<MembershipRow>('changes/memberships', params);
    const links = await tx.rows<LinkRow>('changes/group-links', params);
    for (const r of ties) seen.add(String(r.tie.sourceId), String(r.tie.targetId));
    for (const r of memberships) seen.add(String(r.membership.personId));
    return { ties, memberships, links };
  });
  if (!ties || !memberships || !links) throw notFound();
  // The ends are already read (and audited): later field resolvers take them from the cache.
  for (const r of ties) {
    c.cache.people.set(String(r.source.id), { ...r.source, ...c.cache.people.get(String(r.source.id)) });
    c.cache.people.set(String(r.target.id), { ...r.target, ...c.cache.people.get(String(r.target.id)) });
  }
  for (const r of memberships) {
    c.cache.people.set(String(r.person.id), { ...r.person, ...c.cache.people.get(String(r.person.id)) });
    c.cache.groups.set(String(r.group.id), { ...r.group, ...c.cache.groups.get(String(r.group.id)) });
  }
  for (const r of links) {
    c.cache.groups.set(String(r.source.id), { ...r.source, ...c.cache.groups.get(String(r.source.id)) });
    c.cache.groups.set(String(r.target.id), { ...r.target, ...c.cache.groups.get(String(r.target.id)) });
  }
  return {
    since,
    until,
    newTies: ties.filter((r) => r.isNew).map((r) => r.tie),
    endedTies: ties.filter((r) => r.isEnded).map((r) => r.tie),
    // A tie both new and edited since is reported as new: its "before" is not a meeting's view.
    changedTies: ties
      .filter((r) => !r.isNew && !r.isEnded && r.before)
      .map((r) => ({ tie: r.tie, before: { ...r.before!, directed: r.before!.directed ?? Boolean(r.tie.directed) }, edits: r.edits, lastChangedAt: r.lastChangedAt })),
    newMemberships: memberships.filter((r) => r.isNew).map((r) => r.membership),
    endedMemberships: memberships.filter((r) => r.isEnded).map((r) => r.membership),
    newGroupLinks: links.filter((r) => r.isNew).map((r) => r.link),
    endedGroupLinks: links.filter((r) => r.isEnded).map((r) => r.link),
  };
}

export const changesResolvers: Resolvers = {
  Board: {
    changes: (b, args: BoardChangesArgs, ctx) => boardChanges(b, args, ctx),
  },
};
