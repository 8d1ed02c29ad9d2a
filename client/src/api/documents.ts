// The operations in client/src/**/*.graphql, picked by name. Each document carries only its own
// operation and the fragments it uses (the server refuses unused fragments), so fragments can be
// shared across files. Types come from the codegen output (generated/graphql.ts).
import type { DocumentNode, TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';

type Definition = DocumentNode['definitions'][number];

const sources = import.meta.glob('../**/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

// Parsing every document at start-up cost the first page tens of milliseconds: each file is
// parsed when one of its definitions is first asked for (found by name without parsing).
const fileOf = new Map<string, string>();
for (const [file, text] of Object.entries(sources)) {
  for (const m of text.matchAll(/^[ \t]*(?:query|mutation|subscription|fragment)[ \t]+([_A-Za-z][_0-9A-Za-z]*)/gm)) fileOf.set(m[1]!, file);
}
const parsed = new Map<string, Map<string, Definition>>();

const byName = {
  get(name: string): Definition | undefined {
    const file = fileOf.get(name);
    if (!file) return undefined;
    let defs = parsed.get(file);
    if (!defs) {
      defs = new Map();
      // graphql's parse without locations: graphql-tag's gql walked every parsed document again to
      // strip them (and cached it by its text), about as long as the parse itself.
      for (const def of parse(sources[file]!, { noLocation: true }).definitions) {
        if ((def.kind === 'OperationDefinition' || def.kind === 'FragmentDefinition') && def.name) defs.set(def.name.value, def);
      }
      parsed.set(file, defs);
    }
    return defs.get(name);
  },
};

function spreads(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) spreads(n, out);
  } else if (node && typeof node === 'object') {
    const n = node as { kind?: string; name?: { value: string } };
    if (n.kind === 'FragmentSpread' && n.name && !out.has(n.name.value)) {
      out.add(n.name.value);
      spreads(byName.get(n.name.value), out);
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc') spreads(v, out);
  }
}

const cache = new Map<string, DocumentNode>();

export function op<TData, TVars extends Record<string, unknown> = Record<string, never>>(name: string): TypedDocumentNode<TData, TVars> {
  let doc = cache.get(name);
  if (!doc) {
    const main = byName.get(name);
    if (!main || main.kind !== 'OperationDefinition') throw new Error(`No GraphQL operation named ${name}`);
    const used = new Set<string>();
    spreads(main, used);
    doc = { kind: 'Document' as DocumentNode['kind'], definitions: [main, ...[...used].sort().map((f) => byName.get(f)!)] } as DocumentNode;
    cache.set(name, doc);
  }
  return doc as TypedDocumentNode<TData, TVars>;
}
