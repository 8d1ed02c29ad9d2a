// The one access-policy module. Every resolver passes it (graphql/guard.ts). The rules are data,
// in policy.json, read here and by the tests: role × data class × operation, narrowed by the
// context of the datum (own or other agency, board membership, consent, retention, purpose).
// Deny wins; no matching rule is a deny. Which boards (and so which people, ties, groups) a user
// reaches is enforced in Cypher by team membership ($userId in every board-scoped query), so a
// record the user may not see is indistinguishable from a missing one.
import type { Role } from '../graphql/generated/types.js';
import { loadPolicyFile, type Context, type Policy } from './file.js';

/** The operation names resolvers use; policy.json maps each to a policy operation. */
export type Operation = 'read' | 'create' | 'update' | 'delete' | 'export';
export const resources = [
  'board',
  'team',
  'person',
  'tie',
  'group',
  'community',
  'area',
  'report',
  'agency',
  'factorCatalogue',
  'assessment',
  'intervention',
  'user',
  'audit',
  // Issue 7: what a user files themselves, readiness alerts and area levels, the readiness team.
  'ownReport',
  'readiness',
  'readinessTeam',
  // Issue 5: the managers' suppressed aggregates across a municipality's boards.
  'aggregates',
  // Issue 6: running the retention purge at once (ADMIN).
  'retention',
  // Issue 6: consent records, and the information agencies share about a person.
  'consent',
  'information',
] as const;
export type Resource = (typeof resources)[number];

/** The policy's own operations (what a rule speaks of). */
export type PolicyOperation = 'read' | 'traverse' | 'search' | 'aggregate' | 'create' | 'update' | 'erase' | 'export' | 'readAudit';
export type DataClass =
  | 'identity'
  | 'persons'
  | 'ties'
  | 'factors'
  | 'agencyNotes'
  | 'police115'
  | 'consentGated'
  | 'consents'
  | 'statuteShared'
  | 'boards'
  | 'team'
  | 'groups'
  | 'interventions'
  | 'reports'
  | 'communities'
  | 'areas'
  | 'agencies'
  | 'factorCatalogue'
  | 'users';

export interface DatumContext {
  agency: 'own' | 'other';
  board: 'member' | 'nonMember';
  consent: 'given' | 'withdrawn' | 'none';
  retention: 'live' | 'expired';
  purpose: 'prevention' | 'investigation';
}

export interface Decision {
  allowed: boolean;
  /** The rules that matched: the deny rules if any (deny wins), else the allow rules. */
  rules: string[];
}

export const policy: Policy = loadPolicyFile();

/** Evaluates one question against a policy (the loaded one unless given). */
export function decide(
  role: string,
  operation: PolicyOperation | string,
  dataClass: DataClass | string,
  context: DatumContext | Context,
  p: Policy = policy,
): Decision {
  const ctx = context as Context;
  const allows: string[] = [];
  const denies: string[] = [];
  for (const rule of p.rules) {
    if (!rule.roles.has(role) || !rule.operations.has(operation) || !rule.classes.has(dataClass)) continue;
    // A dimension the rule names must be present in the context with a listed value; a missing
    // value never matches an allow, and always matches a deny (fail closed).
    const fits = Object.entries(rule.when).every(([dim, values]) => (ctx[dim] === undefined ? rule.effect === 'deny' : values.has(ctx[dim]!)));
    if (!fits) continue;
    (rule.effect === 'deny' ? denies : allows).push(rule.id);
  }
  if (denies.length) return { allowed: false, rules: denies };
  return { allowed: allows.length > 0, rules: allows };
}

/**
 * The role gate resolvers use before touching data: may this role do `op` on `resource` at all?
 * Asked in the policy's gate context (the role's best case: its own agency's data, on the board's
 * team, live consent and retention); the Cypher and per-datum checks then narrow it.
 */
export function can(role: Role, op: Operation, resource: Resource, p: Policy = policy): boolean {
  const r = p.resources[resource];
  const mapped = r?.operations[op] ?? p.resolverOperations[op];
  if (!r || !mapped) return false;
  return r.classes.every((c) => decide(role, mapped, c, p.gateContext, p).allowed);
}

/** Whether the role may see who a person is (name, birth year, working alias). */
export function seesIdentity(role: Role, p: Policy = policy): boolean {
  return decide(role, 'read', 'identity', p.gateContext, p).allowed;
}
