import type { ConsumerDefinition, EventHandler } from '@comptoir/kit';
import { recordProduct, recordProductArchived, recordStock } from '../domain/basket-products.ts';

const productChanged: EventHandler<'product.created' | 'product.updated'> = ({ em }, event) =>
  recordProduct(em, event.data, event.aggregateVersion, new Date(event.time));

/**
 * Keeps the baskets' product read model current: prices and names, withdrawal from sale, stock.
 * Events of one product arrive in order (keyed by its id); an older one arriving late (redelivered,
 * replayed) never overwrites a newer one.
 */
export const catalogProducts: ConsumerDefinition = {
  group: 'baskets.catalog',
  handlers: {
    'product.created': productChanged,
    'product.updated': productChanged,
    'product.archived': ({ em }, event) =>
      recordProductArchived(em, event.data.productId, event.aggregateVersion, new Date(event.time)),
    'stock.changed': ({ em }, event) =>
      recordStock(em, event.data.productId, event.data.available, event.aggregateVersion, new Date(event.time)),
  },
};
