import { defineConfig } from 'vitest/config';

// Three kinds of test, by suffix: *.test.ts (unit, may stub), *.int.test.ts (real Neo4j),
// tests/e2e/*.e2e.test.ts (real browser against the real server).
// graphql ships CJS and ESM builds; Node (and so Apollo) loads the CJS one, so tests must too,
// or schema objects from two copies of graphql meet ("another module or realm").
// Integration files that run Neo4j JVMs of their own (see the 'int-own-neo4j' project).
const ownNeo4j = ['tests/int/faults.int.test.ts', 'tests/int/embedded.int.test.ts'];

const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'client/src/**/*.test.ts', 'seed/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'int',
          include: ['server/src/**/*.int.test.ts', 'tests/int/**/*.int.test.ts'],
          exclude: [...ownNeo4j, '**/node_modules/**'],
          globalSetup: ['tests/support/neo4j-global-setup.ts'],
          // One Neo4j for the run; files run one at a time on this 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve,
        test: {
          // The files that start, kill and restart Neo4j JVMs of their own spend most of their
          // time waiting for those JVMs: scripts/test-int.sh runs them beside the 'int' project.
          name: 'int-own-neo4j',
          include: ownNeo4j,
          globalSetup: ['tests/support/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/support/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
