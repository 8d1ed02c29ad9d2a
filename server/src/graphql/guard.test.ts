// Deny by default, enforced structurally: every root field's resolver passes the policy guard
// (or is deliberately marked open or self-service), and every such one is on these short lists.
import { describe, expect, it } from 'vitest';
import { buildSchema } from './schema.js';
import { guarded } from './guard.js';
import { resolvers } from './resolvers.js';

const openFields = new Set(['Query.version', 'Query.me', 'Mutation.login', 'Mutation.loginWithTotp', 'Mutation.logout', 'Mutation._noop']);
// Logged in, but allowed before a required second factor exists: only enrolling one.
const selfFields = new Set(['Mutation.startTotpEnrolment', 'Mutation.confirmTotpEnrolment', 'Mutation.disableTotp']);

describe('guard coverage', () => {
  it('every Query and Mutation field has a guarded resolver', () => {
    const schema = buildSchema();
    const problems: string[] = [];
    for (const typeName of ['Query', 'Mutation'] as const) {
      const fields = schema.getType(typeName) as unknown as { getFields(): Record<string, unknown> };
      const map = (resolvers as Record<string, Record<string, unknown>>)[typeName] ?? {};
      for (const name of Object.keys(fields.getFields())) {
        const r = map[name] as { [guarded]?: { op: string } } | undefined;
        const key = `${typeName}.${name}`;
        if (!r) problems.push(`${key}: no resolver`);
        else if (!r[guarded]) problems.push(`${key}: not guarded`);
        else if (r[guarded].op === 'open' && !openFields.has(key)) problems.push(`${key}: open but not on the allow-list`);
        else if (r[guarded].op === 'self' && !selfFields.has(key)) problems.push(`${key}: self-service but not on the allow-list`);
      }
    }
    expect(problems).toEqual([]);
  });
});
