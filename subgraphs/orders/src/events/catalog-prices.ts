import { type ConsumerDefinition, type EventHandler, updateIfNewer, upsertIfNewer } from '@comptoir/kit';
import { ProductPrice } from '../domain/product-price.ts';

/**
 * Keeps the price read model current. Events of one product arrive in order (keyed by its id); one
 * older than what a row reflects (redelivered, replayed) is skipped by its product version.
 */
const upsertPrice: EventHandler<'product.created' | 'product.updated'> = async ({ em }, event) => {
  const { productId, sku, name, nameFr, price, status } = event.data;
  await upsertIfNewer(
    em,
    ProductPrice,
    {
      productId,
      sku,
      name,
      nameFr,
      amount: price.amount,
      currency: price.currency,
      status,
      productVersion: event.aggregateVersion,
      updatedAt: new Date(event.time),
    },
    'productVersion',
  );
};

export const catalogPrices: ConsumerDefinition = {
  group: 'orders.catalog-prices',
  handlers: {
    'product.created': upsertPrice,
    'product.updated': upsertPrice,
    'product.archived': async ({ em }, event) => {
      await updateIfNewer(
        em,
        ProductPrice,
        { productId: event.data.productId },
        { status: 'ARCHIVED', productVersion: event.aggregateVersion, updatedAt: new Date(event.time) },
        'productVersion',
      );
    },
  },
};
