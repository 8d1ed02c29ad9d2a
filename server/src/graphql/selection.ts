// Which fields of the returned object the query selects (through fragments too), so a root
// resolver can fetch everything the query needs in one round trip.
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: Set<string>): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') out.add(sel.name.value);
    else if (sel.kind === 'InlineFragment') collect(sel.selectionSet, info, out);
    else collect(info.fragments[sel.name.value]?.selectionSet, info, out);
  }
}

export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const out = new Set<string>();
  for (const node of info.fieldNodes) collect(node.selectionSet, info, out);
  return out;
}
