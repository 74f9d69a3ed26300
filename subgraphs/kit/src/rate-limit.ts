import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterPostgres } from 'rate-limiter-flexible';

export interface PostgresRateLimit {
  /** The subgraph's schema and the table its migration created for the limiter. */
  schema: string;
  table: string;
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  blockDurationSeconds?: number;
}

/**
 * A rate-limiter-flexible limiter stored in the subgraph's PostgreSQL, so every replica shares the
 * counts. Its statements go unnamed: the limiter names its prepared statements, and on the
 * embedded default (PGlite) every connection shares one session, where a second PREPARE of a name
 * fails. The pool is reached on first use only, so building a limiter touches nothing.
 */
export function postgresRateLimiter(orm: MikroORM, limit: PostgresRateLimit): RateLimiterPostgres {
  const storeClient = {
    query: async (query: { text: string; values?: unknown[] }) =>
      (await orm.em.getConnection().getNativeClient()).query({ text: query.text, values: query.values ?? [] }),
  };
  return new RateLimiterPostgres({
    storeClient,
    storeType: 'pool',
    schemaName: limit.schema,
    tableName: limit.table,
    tableCreated: true, // by the subgraph's migration
    keyPrefix: limit.keyPrefix,
    points: limit.points,
    duration: limit.durationSeconds,
    ...(limit.blockDurationSeconds ? { blockDuration: limit.blockDurationSeconds } : {}),
  });
}
