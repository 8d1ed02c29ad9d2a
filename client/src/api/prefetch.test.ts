import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { operationText, variablesKey } from './prefetch.js';

const fragments = `fragment A on Person {
  id
  ...B
}

fragment B on Person {
  alias
}
`;
const ops = `# a comment
query One($id: ID!) {
  board(id: $id) {
    people {
      ...A
      ... on Person { kind }
    }
  }
}

query Two {
  boards { id }
}
`;

describe('operationText', () => {
  it('takes the operation and every fragment it spreads, from any of the files, and nothing else', () => {
    const text = operationText([ops, fragments], 'One');
    const doc = parse(text);
    expect(doc.definitions.map((d) => ('name' in d && d.name ? d.name.value : '?'))).toEqual(['One', 'A', 'B']);
    expect(text).not.toContain('Two');
    expect(operationText([ops], 'Two')).toBe('query Two {\n  boards { id }\n}');
  });

  it('reads the real Board query with its fragments as the server will parse it', async () => {
    const { readFileSync } = await import('node:fs');
    const board = readFileSync(new URL('../board/board.graphql', import.meta.url), 'utf8');
    const doc = parse(operationText([board], 'Board'));
    const names = doc.definitions.map((d) => ('name' in d && d.name ? d.name.value : '?'));
    expect(names[0]).toBe('Board');
    expect(new Set(names)).toEqual(new Set(['Board', 'PersonFields', 'TieFields', 'MembershipFields', 'GroupLinkFields']));
  });

  it('names a missing definition', () => {
    expect(() => operationText([ops], 'Three')).toThrow(/Three/);
  });
});

describe('variablesKey', () => {
  it('is the same whatever the key order, and null for missing values', () => {
    expect(variablesKey({ id: 'b', asOf: null })).toBe(variablesKey({ asOf: undefined, id: 'b' }));
    expect(variablesKey({ id: 'b' })).not.toBe(variablesKey({ id: 'c' }));
  });
});
