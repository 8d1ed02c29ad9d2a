// The printed schema is snapshotted: an API change shows up in review as a diff of this file.
import { describe, expect, it } from 'vitest';
import { printSchema } from 'graphql';
import { buildSchema } from './schema.js';

describe('schema', () => {
  it('matches the committed snapshot', async () => {
    await expect(printSchema(buildSchema())).toMatchFileSnapshot('./__snapshots__/schema.graphql.snap');
  });
});
