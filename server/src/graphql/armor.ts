// Limits on what one GraphQL document may ask (GraphQL Armor): depth, cost, aliases and
// directives, plus field suggestions blocked. The token limit is graphql-js's own parser option
// (parseOptions.maxTokens in http/app.ts): Armor's Apollo token plugin parses in a hook whose
// errors Apollo 5 answers with status 500, for every syntax error. A rejected document gets one
// generic message: the limits are never revealed to a client (exposeLimits: false), so they
// cannot be probed and then sat just under.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../config.js';

/** The message armor puts on a rejection; format-error.ts turns it into a translated one. */
export const rejectedMarker = 'tavla:rejected-by-limits';

export function armor(config: Config): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const common = { exposeLimits: false, errorMessage: rejectedMarker } as const;
  const protection = new ApolloArmor({
    maxDepth: { ...common, n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true },
    costLimit: { ...common, maxCost: config.GRAPHQL_MAX_COST },
    maxAliases: { ...common, n: config.GRAPHQL_MAX_ALIASES },
    maxDirectives: { ...common, n: config.GRAPHQL_MAX_DIRECTIVES },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true, mask: '' },
  }).protect();
  return { plugins: protection.plugins as ApolloServerPlugin[], validationRules: protection.validationRules as ValidationRule[] };
}
