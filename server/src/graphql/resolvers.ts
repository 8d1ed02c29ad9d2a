// Every feature's resolvers, merged. Add a feature here and its schema.graphql is picked up
// by graphql/schema.ts and codegen.
import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from './generated/types.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { open } from './guard.js';
import { authResolvers } from '../auth/resolvers.js';
import { peopleResolvers } from '../people/resolvers.js';
import { tieResolvers } from '../ties/resolvers.js';
import { boardResolvers } from '../boards/resolvers.js';
import { featureResolvers } from './features.js';

const base: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { version: open(() => '0.1.0') },
  Mutation: { _noop: open(() => null) },
};

export const resolverList: Resolvers[] = [base, authResolvers, peopleResolvers, tieResolvers, boardResolvers, ...featureResolvers];
export const resolvers = mergeResolvers(resolverList as never[]) as Resolvers;
