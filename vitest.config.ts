import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships a CommonJS and an ES build; Node (and every Apollo package) loads the CommonJS
// one. Tests must use the same, or schemas cross "realms" and graphql refuses them.
const graphqlCommonJs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
  test: {
    include: [
      'subgraphs/*/test/**/*.test.ts',
      'router/test/**/*.test.ts',
      'tools/e2e/**/*.test.ts',
      'clients/*/test/**/*.test.ts',
      'tools/test/**/*.test.ts',
      'k8s/test/**/*.test.ts',
    ],
    // Integration tests start real servers and talk to real PostgreSQL and Kafka.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Test files wait on PostgreSQL, Kafka and their own servers far more than they compute, and
    // each starts only what it needs on a database and event namespace of its own: three files
    // at a time keep two cores busy (the default, one fewer than the cores, would run one).
    maxWorkers: 3,
  },
});
