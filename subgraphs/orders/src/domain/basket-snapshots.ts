import type { EventData } from '@comptoir/schema/events';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { BasketSnapshot } from './basket-snapshot.ts';

/**
 * Applies a `basket.changed` to checkout's copy of the basket, inside the caller's transaction.
 * Only a newer version replaces what is stored (false when the change is stale); the basket that
 * changed last is the customer's active one.
 */
export async function applyBasketChange(
  em: EntityManager,
  change: EventData<'basket.changed'>,
  at: Date,
): Promise<boolean> {
  const stored = await em.findOne(
    BasketSnapshot,
    { basketId: change.basketId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (stored && stored.version >= change.version) return false;
  if (change.customerId) {
    // A customer has one active basket: an older one of theirs is no longer what they check out.
    await em.nativeUpdate(
      BasketSnapshot,
      { customerId: change.customerId, basketId: { $ne: change.basketId } },
      { customerId: null },
    );
  }
  const items = change.items.map(({ productId, quantity }) => ({ productId, quantity }));
  if (stored) {
    Object.assign(stored, { customerId: change.customerId, version: change.version, items, updatedAt: at });
  } else {
    em.create(BasketSnapshot, {
      basketId: change.basketId,
      customerId: change.customerId,
      version: change.version,
      items,
      orderedVersion: null,
      updatedAt: at,
    });
  }
  await em.flush();
  return true;
}
