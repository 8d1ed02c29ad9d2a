// Assembles the executable schema from every feature's schema.graphql and resolvers.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.js';

const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function typeDefFiles(dir = srcRoot): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...typeDefFiles(p));
    else if (entry.endsWith('.graphql')) out.push(p);
  }
  return out;
}

export function buildSchema(): GraphQLSchema {
  const typeDefs = typeDefFiles().map((f) => readFileSync(f, 'utf8'));
  return makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
}
