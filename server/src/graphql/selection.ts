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
  return selectedFieldsAt(info, []);
}

function fieldsNamed(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, out: SelectionSetNode[]): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      if (sel.name.value === name && sel.selectionSet) out.push(sel.selectionSet);
    } else if (sel.kind === 'InlineFragment') fieldsNamed(sel.selectionSet, name, info, out);
    else fieldsNamed(info.fragments[sel.name.value]?.selectionSet, name, info, out);
  }
}

/**
 * The fields selected at a path below the returned object (['ties', 'source']: what each tie's
 * source person selects), however often and through whichever fragments the path is reached.
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    for (const set of sets) fieldsNamed(set, name, info, next);
    sets = next;
  }
  const out = new Set<string>();
  for (const set of sets) collect(set, info, out);
  return out;
}

function mentions(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, names: ReadonlySet<string>, seen: Set<string>): boolean {
  if (!set) return false;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      if (names.has(sel.name.value) || mentions(sel.selectionSet, info, names, seen)) return true;
    } else if (sel.kind === 'InlineFragment') {
      if (mentions(sel.selectionSet, info, names, seen)) return true;
    } else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      if (mentions(info.fragments[sel.name.value]?.selectionSet, info, names, seen)) return true;
    }
  }
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
