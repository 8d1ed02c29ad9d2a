// The operations in client/src/**/*.graphql, picked by name. Each document carries only its own
// operation and the fragments it uses (the server refuses unused fragments), so fragments can be
// shared across files. Types come from the codegen output (generated/graphql.ts).
import { gql, type DocumentNode, type TypedDocumentNode } from '@apollo/client';

type Definition = DocumentNode['definitions'][number];

const sources = import.meta.glob('../**/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const all: DocumentNode = gql(Object.keys(sources).sort().map((k) => sources[k]).join('\n'));

const byName = new Map<string, Definition>();
for (const def of all.definitions) {
  if ((def.kind === 'OperationDefinition' || def.kind === 'FragmentDefinition') && def.name) byName.set(def.name.value, def);
}

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
