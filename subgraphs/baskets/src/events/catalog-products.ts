import type { ConsumerDefinition, EventHandler } from '@comptoir/kit';
import { recordProduct, recordProductArchived, recordStock } from '../domain/basket-products.ts';

const productChanged: EventHandler<'product.created' | 'product.updated'> = ({ em }, event) =>
  recordProduct(em, event.data, new Date(event.time));

/**
 * Keeps the baskets' product read model current: prices and names, withdrawal from sale, stock.
 * Events of one product arrive in order (keyed by its id), so the latest always wins.
 */
export const catalogProducts: ConsumerDefinition = {
  group: 'baskets.catalog',
  handlers: {
    'product.created': productChanged,
    'product.updated': productChanged,
    'product.archived': ({ em }, event) => recordProductArchived(em, event.data.productId, new Date(event.time)),
    'stock.changed': ({ em }, event) =>
      recordStock(em, event.data.productId, event.data.available, new Date(event.time)),
  },
};
