import type { ConsumerDefinition, EventHandler } from '@comptoir/kit';
import { ProductPrice } from '../domain/product-price.ts';

/** Keeps the price read model current. Events of one product arrive in order (keyed by its id). */
const upsertPrice: EventHandler<'product.created' | 'product.updated'> = async ({ em }, event) => {
  const { productId, sku, name, nameFr, price, status } = event.data;
  await em.upsert(ProductPrice, {
    productId,
    sku,
    name,
    nameFr,
    amount: price.amount,
    currency: price.currency,
    status,
    updatedAt: new Date(event.time),
  });
};

export const catalogPrices: ConsumerDefinition = {
  group: 'orders.catalog-prices',
  handlers: {
    'product.created': upsertPrice,
    'product.updated': upsertPrice,
    'product.archived': async ({ em }, event) => {
      await em.nativeUpdate(
        ProductPrice,
        { productId: event.data.productId },
        { status: 'ARCHIVED', updatedAt: new Date(event.time) },
      );
    },
  },
};
