// Resolving references (a tie's ends, a membership's group, an agency) from the request cache
// first; a miss falls back to an audited, access-checked read.
import type { GraphQLResolveInfo } from 'graphql';
import type { Ctx, AuthedCtx } from './context.js';
import { selectedFields } from './selection.js';
import type { Model } from './model.js';
import { audited } from '../audit/audit.js';
import { notFound, unauthenticated } from '../shared/errors.js';

function authed(ctx: Ctx): AuthedCtx {
  if (!ctx.user) throw unauthenticated();
  return ctx as AuthedCtx;
}

export async function personRef(ctx: Ctx, id: string, info?: GraphQLResolveInfo): Promise<Model | null> {
  const hit = ctx.cache.people.get(id);
  if (hit) return hit;
  // The holder already carries the id; reading the person just to echo it would be a needless
  // (and audited) read of their data.
  if (info && [...selectedFields(info)].every((f) => f === 'id' || f === '__typename')) return { id };
  const c = authed(ctx);
  const person = await audited(c, 'READ', 'Person.ref', async (tx, seen) => {
    const row = await tx.one<{ person: Model }>('people/get', { id, userId: c.user.id });
    if (row) seen.add(id);
    return row?.person ?? null;
  });
  if (person) ctx.cache.people.set(id, person);
  return person;
}

export async function groupRef(ctx: Ctx, id: string): Promise<Model | null> {
  const hit = ctx.cache.groups.get(id);
  if (hit) return hit;
  const c = authed(ctx);
  const row = await c.db.read((tx) => tx.one<{ group: Model }>('groups/get', { id, userId: c.user.id }));
  if (row) ctx.cache.groups.set(id, row.group);
  return row?.group ?? null;
}

/**
 * The agencies, read once per request. A resolver that knows agencies will be wanted (a board's
 * ties name their source agency) starts the read early, beside its own, instead of after it.
 */
export function prefetchAgencies(ctx: Ctx): Promise<Map<string, Model>> {
  if (!ctx.cache.agencies) {
    ctx.cache.agencies = ctx.db
      .read((tx) => tx.rows<{ agency: Model }>('agencies/all'))
      .then((rows) => (ctx.cache.agenciesRead = new Map(rows.map((r) => [String(r.agency.id), r.agency]))));
    // Whoever awaits it sees a failure; an early start nobody awaits must not be an unhandled one.
    // (Once per request: every tie's sourceAgency comes through here.)
    ctx.cache.agencies.catch(() => undefined);
  }
  return ctx.cache.agencies;
}

/**
 * An agency by id: synchronous once the request's agencies are read, and for no agency at all
 * (a board's 4,000 ties each resolve one; a promise each made graphql-js complete every tie
 * asynchronously).
 */
export function agencyRef(ctx: Ctx, id: string | null | undefined): Model | null | Promise<Model | null> {
  if (!id) return null;
  const read = ctx.cache.agenciesRead;
  if (read) return read.get(id) ?? null;
  return prefetchAgencies(ctx).then((m) => m.get(id) ?? null);
}

/** For non-null references: the thing exists whenever its holder was visible. */
export async function required(ref: Model | null | Promise<Model | null>): Promise<Model> {
  const v = await ref;
  if (!v) throw notFound();
  return v;
}

// A board's ties and memberships name thousands of ends, all already in the request cache: a hit
// is answered synchronously, since a promise per end makes graphql-js complete each one
// asynchronously (a microtask chain per field).

/** A non-null person reference: the cached person at once, else the access-checked read. */
export function personAt(ctx: Ctx, id: string, info?: GraphQLResolveInfo): Model | Promise<Model> {
  return ctx.cache.people.get(id) ?? required(personRef(ctx, id, info));
}

/** A non-null group reference: the cached group at once, else the access-checked read. */
export function groupAt(ctx: Ctx, id: string): Model | Promise<Model> {
  return ctx.cache.groups.get(id) ?? required(groupRef(ctx, id));
}
