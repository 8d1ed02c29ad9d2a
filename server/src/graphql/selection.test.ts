// Which fields an operation selects, read from real parsed operations: the board's read decides
// from this what it may leave out (boards/load.ts), so a field missed here would be answered wrong.
import { describe, expect, it } from 'vitest';
import { parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { operationSelects, selectedFieldsAt } from './selection.js';

/** The parts of a resolver's info these functions read, for the first root field. */
function infoOf(text: string): GraphQLResolveInfo {
  const doc = parse(text);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]));
  const first = operation.selectionSet.selections[0]!;
  return { operation, fragments, fieldNodes: first.kind === 'Field' ? [first] : [] } as unknown as GraphQLResolveInfo;
}

const STAMPS = ['createdAt', 'updatedAt'];

describe('operationSelects', () => {
  it('finds a field at any depth, through named and inline fragments', () => {
    expect(operationSelects(infoOf('{ board(id: "b") { people { id createdAt } } }'), STAMPS)).toBe(true);
    expect(operationSelects(infoOf('{ board(id: "b") { ties { source { ...P } } } } fragment P on Person { alias ... on Person { updatedAt } }'), STAMPS)).toBe(true);
  });

  it('finds it under another root field of the operation', () => {
    expect(operationSelects(infoOf('query($p: ID!) { board(id: "b") { people { id } } person(id: $p) { createdAt } }'), STAMPS)).toBe(true);
  });

  it('is false when nothing asks for it (the page’s board query)', () => {
    const text = 'query { board(id: "b") { id people { ...P } ties { id source { id } } } } fragment P on Person { id alias version }';
    expect(operationSelects(infoOf(text), STAMPS)).toBe(false);
    expect(selectedFieldsAt(infoOf(text), ['people'])).toEqual(new Set(['id', 'alias', 'version']));
  });

  it('visits a fragment used twice once, and an unknown fragment is no match', () => {
    const text = 'query { board(id: "b") { people { ...P } groups { ...Q } ties { source { ...P } } } } fragment P on Person { id } fragment Q on Group { ...Missing }';
    expect(operationSelects(infoOf(text), STAMPS)).toBe(false);
  });
});
