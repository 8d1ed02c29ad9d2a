// Which fields of the returned object the query selects (through fragments too), so a root
// resolver can fetch everything the query needs in one round trip.
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The fields of a selection set, with those of its inline and named fragments in place. With
 * `seen`, each named fragment is entered once across every call that shares it.
 */
function* fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen?: Set<string>): Generator<FieldNode> {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') yield sel;
    else if (sel.kind === 'InlineFragment') yield* fieldsOf(sel.selectionSet, info, seen);
    else if (!seen?.has(sel.name.value)) {
      seen?.add(sel.name.value);
      yield* fieldsOf(info.fragments[sel.name.value]?.selectionSet, info, seen);
    }
  }
}

export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  return selectedFieldsAt(info, []);
}

/**
 * The fields selected at a path below the returned object (['ties', 'source']: what each tie's
 * source person selects), however often and through whichever fragments the path is reached.
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    for (const set of sets) for (const f of fieldsOf(set, info)) if (f.name.value === name && f.selectionSet) next.push(f.selectionSet);
    sets = next;
  }
  const out = new Set<string>();
  for (const set of sets) for (const f of fieldsOf(set, info)) out.add(f.name.value);
  return out;
}

function mentions(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, names: ReadonlySet<string>, seen: Set<string>): boolean {
  for (const f of fieldsOf(set, info, seen)) if (names.has(f.name.value) || mentions(f.selectionSet, info, names, seen)) return true;
  return false;
}

/**
 * Whether the operation asks for a field of one of these names anywhere, at any depth and under
 * any root field: a read may leave such fields out only when nothing in the operation, including
 * what a request cache it fills may serve later in the same operation, can ask for them.
 */
export function operationSelects(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  return mentions(info.operation.selectionSet, info, new Set(names), new Set());
}
