import { randomBytes } from 'node:crypto';
import { parseEnv, type SubgraphEnv, subgraphEnv } from '../config.ts';

/** PostgreSQL server the integration tests create their scratch databases on. */
export const testServerUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The Kafka brokers of the run; tests that need Kafka fail loudly without them. */
export function requireKafkaBrokers(): string {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run the suite with tools/test.sh, which starts Kafka');
  return brokers;
}

/**
 * Subgraph configuration for a test: its own database, its own event namespace (topics and
 * consumer groups no other test sees), quick polling and retries, quiet logs.
 */
export function testEnv(databaseUrl: string, overrides: Record<string, string | undefined> = {}): SubgraphEnv {
  return parseEnv(subgraphEnv, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '5',
    EVENT_NAMESPACE: `test-${randomBytes(5).toString('hex')}`,
    OUTBOX_POLL_MS: '50',
    EVENT_RETRY_BASE_MS: '20',
    EVENT_MAX_ATTEMPTS: '3',
    // Each test's own: its subgraphs answer only its router (or a test signing as it).
    ROUTER_SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
    ...overrides,
  });
}
