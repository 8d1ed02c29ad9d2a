// Wraps every Query/Mutation resolver: authentication, the second factor where the role needs
// one, then the policy check, before the resolver body runs. A test walks the resolver map and
// fails if a root field is not guarded.
import type { GraphQLResolveInfo } from 'graphql';
import { can, type Operation, type Resource } from '../policy/policy.js';
import { AppError, forbidden, unauthenticated } from '../shared/errors.js';
import type { AuthedCtx, Ctx } from './context.js';

export const guarded = Symbol('tavla.guarded');

type Body<A, R> = (args: A, ctx: AuthedCtx, info: GraphQLResolveInfo) => Promise<R> | R;

/**
 * A session of a role that must use a second factor (TOTP_REQUIRED_ROLES) but whose login did
 * not prove one: it may only enrol one, see who it is, and log out.
 */
export function lacksSecondFactor(ctx: AuthedCtx): boolean {
  return ctx.config.TOTP_REQUIRED_ROLES.includes(ctx.user.role) && !ctx.user.secondFactor;
}

export function guard<A, R>(op: Operation, resource: Resource, body: Body<A, R>) {
  const resolver = (_parent: unknown, args: A, ctx: Ctx, info: GraphQLResolveInfo) => {
    if (!ctx.user) throw unauthenticated();
    if (lacksSecondFactor(ctx as AuthedCtx)) throw new AppError('SECOND_FACTOR_ENROLMENT_REQUIRED', 'security.secondFactorEnrolmentRequired');
    if (!can(ctx.user.role, op, resource)) throw forbidden();
    return body(args, ctx as AuthedCtx, info);
  };
  return Object.assign(resolver, { [guarded]: { op, resource } });
}

/**
 * For what every logged-in user may do to their own account (enrol a second factor), even
 * before a required second factor is in place. Marked, and on a short list in guard.test.ts.
 */
export function self<A, R>(body: Body<A, R>) {
  const resolver = (_parent: unknown, args: A, ctx: Ctx, info: GraphQLResolveInfo) => {
    if (!ctx.user) throw unauthenticated();
    return body(args, ctx as AuthedCtx, info);
  };
  return Object.assign(resolver, { [guarded]: { op: 'self' } });
}

/** For the few root fields anyone may call (login, me, version): still marked, deliberately. */
export function open<A, R>(body: (args: A, ctx: Ctx, info: GraphQLResolveInfo) => Promise<R> | R) {
  const resolver = (_parent: unknown, args: A, ctx: Ctx, info: GraphQLResolveInfo) => body(args, ctx, info);
  return Object.assign(resolver, { [guarded]: { op: 'open' } });
}
