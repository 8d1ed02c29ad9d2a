// Who a person is, as this viewer may see it: roles without identity access get a stable
// pseudonym instead of the working alias, and no name or birth year.
import { createHash } from 'node:crypto';
import type { Ctx } from '../graphql/context.js';
import { seesIdentity } from '../policy/policy.js';

export function pseudonymOf(id: string): string {
  return `P-${createHash('sha256').update(id).digest('hex').slice(0, 6).toUpperCase()}`;
}

export function initialsOf(alias: string): string {
  return alias
    .split(/[\s.-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('.')
    .concat('.');
}

export function identityVisible(ctx: Ctx): boolean {
  return ctx.user !== null && seesIdentity(ctx.user.role);
}
