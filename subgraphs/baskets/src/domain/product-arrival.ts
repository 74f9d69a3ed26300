import { eventually, isUuid } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BasketProduct } from './basket-product.ts';

/**
 * How long an add waits for a product the catalog has just created to reach baskets' copy of
 * the catalog: its event normally arrives within milliseconds, seconds when the platform is busy.
 */
export const productArrivalWaitMs = 5000;
/** Ids minted longer ago than this were announced long since: unknown means no such product. */
const recentProductMs = 60_000;

/**
 * What baskets' copy of the catalog says of `productId`: known; unknown (no such product); or
 * `late`: created by the catalog moments ago and still not announced after `productArrivalWaitMs`.
 * Waits without holding a transaction, and only for a recent id: product ids are UUIDv7, whose
 * first 48 bits are their creation time in milliseconds.
 */
export async function productArrival(em: EntityManager, productId: string): Promise<'known' | 'unknown' | 'late'> {
  if (!isUuid(productId)) return 'unknown';
  const known = async () => (await em.fork().count(BasketProduct, { id: productId })) > 0;
  if (await known()) return 'known';
  if (!isRecentProductId(productId)) return 'unknown';
  return (await eventually(known, productArrivalWaitMs, 100)) ? 'known' : 'late';
}

function isRecentProductId(productId: string, now = Date.now()): boolean {
  if (productId[14] !== '7') return false;
  const mintedAt = Number.parseInt(productId.slice(0, 8) + productId.slice(9, 13), 16);
  return mintedAt <= now + 1000 && now - mintedAt < recentProductMs;
}
