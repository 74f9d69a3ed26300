import { execute } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';

const dayMs = 86_400_000;

/**
 * Deletes anonymous baskets left unchanged for `ttlDays` (their lines go with them): their token
 * cookie has long expired, so nobody can open them again. Customers' baskets are kept. How many.
 */
export async function expireAnonymousBaskets(em: EntityManager, ttlDays: number, now = Date.now()): Promise<number> {
  const expired = await execute(
    em,
    'delete from baskets.basket where customer_id is null and updated_at < ? returning id',
    [new Date(now - ttlDays * dayMs)],
  );
  return expired.length;
}
