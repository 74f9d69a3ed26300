import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['subgraphs/*/test/**/*.test.ts', 'router/test/**/*.test.ts', 'tools/test/**/*.test.ts'],
    // Integration tests start real servers and talk to real PostgreSQL and Kafka.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
