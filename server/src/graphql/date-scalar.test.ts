// Regression: a Date that is not a real date, given as a variable or as a literal, came back as a
// generic "invalid value" (variable) or as the untranslated key "validation.badDate" (literal).
// It must come back as the Date scalar's own reason, in the request's language, never quoting it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from './schema.js';
import { formatError } from './format-error.js';
import { i18nPlugin } from './i18n-plugin.js';
import type { Ctx } from './context.js';

let apollo: ApolloServer<Ctx>;

beforeAll(async () => {
  apollo = new ApolloServer<Ctx>({ schema: buildSchema(), formatError, hideSchemaDetailsFromClientErrors: true, plugins: [i18nPlugin] });
  await apollo.start();
});
afterAll(() => apollo.stop());

async function errorsOf(query: string, variables: Record<string, unknown>, lang: string) {
  const r = await apollo.executeOperation({ query, variables }, { contextValue: { lang, user: null } as unknown as Ctx });
  if (r.body.kind !== 'single') throw new Error('expected a single result');
  return r.body.singleResult.errors ?? [];
}

const expected = {
  en: 'Must be a real date written YYYY-MM-DD.',
  sv: 'Måste vara ett riktigt datum skrivet ÅÅÅÅ-MM-DD.',
  da: 'Skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD.',
};

describe('an invalid Date', () => {
  for (const [lang, message] of Object.entries(expected)) {
    it(`as a variable gets the Date scalar's reason in ${lang}`, async () => {
      const errors = await errorsOf('query Q($d: Date) { board(id: "brd_x") { ties(asOf: $d) { id } } }', { d: '2026-02-30' }, lang);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toBe(message);
      expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(errors)).not.toContain('2026-02-30');
    });
  }

  it('inside an input object variable, and as a literal, the same', async () => {
    const nested = await errorsOf('mutation M($i: EndTieInput!) { endTie(input: $i) { id } }', { i: { id: 'tie_x', version: 1, validTo: 'Pelle Fiktiv' } }, 'sv');
    expect(nested.map((e) => e.message)).toEqual([expected.sv]);
    expect(JSON.stringify(nested)).not.toContain('Pelle');
    const literal = await errorsOf('{ board(id: "brd_x") { ties(asOf: "13/45/2026") { id } } }', {}, 'da');
    expect(literal.map((e) => e.message)).toEqual([expected.da]);
    expect(JSON.stringify(literal)).not.toMatch(/validation\.|13\/45/);
  });

  it('a wrong value of another type still gets the fixed message', async () => {
    const errors = await errorsOf('query Q($d: Date) { board(id: "brd_x") { ties(asOf: $d) { id } } }', { d: 20260230 }, 'en');
    expect(errors.map((e) => e.message)).toEqual([expected.en]);
    const int = await errorsOf('query Q($n: Int) { boards(first: $n) { id } }', { n: 'Pelle' }, 'en');
    expect(int.map((e) => e.message)).toEqual(['A variable or argument has an invalid value.']);
  });
});
