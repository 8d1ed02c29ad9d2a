// Who a person is, as this viewer may see it: roles without identity access get a stable
// pseudonym instead of the working alias, and no name or birth year.
import { createHash } from 'node:crypto';
import type { Ctx } from '../graphql/context.js';
import { seesIdentity } from '../policy/policy.js';

export function pseudonymOf(id: string): string {
  return `P-${createHash('sha256').update(id).digest('hex').slice(0, 6).toUpperCase()}`;
}

/**
 * "A.B." from a working name: the first letter of its first two words. A note in brackets
 * ("Hamid (boksetræner)") and punctuation are not part of the name; hyphens and dots part words.
 * A name with no letter or digit left gives "?".
 */
export function initialsOf(alias: string): string {
  const words = alias
    .normalize('NFC')
    .replace(/\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?/gu, ' ')
    .split(/[\s.\-\u2010-\u2015/]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  if (!words.length) return '?';
  return `${words.slice(0, 2).map((w) => [...w][0]!.toLocaleUpperCase('da')).join('.')}.`;
}

export function identityVisible(ctx: Ctx): boolean {
  return ctx.user !== null && seesIdentity(ctx.user.role);
}
