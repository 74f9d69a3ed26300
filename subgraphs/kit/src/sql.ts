import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs one SQL statement in `em`'s transaction, if any; `?` placeholders. */
export function execute<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id from a client or another domain can be a row id: anything else is simply not
 * found, never a uuid cast error that aborts the transaction.
 */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
