import type { ConsumerDefinition, EventContext, EventHandler } from '@comptoir/kit';
import { ProductPrice } from '../domain/product-price.ts';

/** Keeps the price read model current. Events of one product arrive in order (keyed by its id). */
const upsertPrice: EventHandler<'product.created' | 'product.updated'> = async ({ em }: EventContext, event) => {
  const { productId, sku, name, price } = event.data;
  await em.upsert(ProductPrice, {
    productId,
    sku,
    name,
    amount: price.amount,
    currency: price.currency,
    updatedAt: new Date(event.time),
  });
};

export const catalogPrices: ConsumerDefinition = {
  group: 'orders.catalog-prices',
  handlers: { 'product.created': upsertPrice, 'product.updated': upsertPrice },
};
