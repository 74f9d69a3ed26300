import type { ConsumerDefinition } from '@comptoir/kit';
import { clearOrderedItems } from '../domain/baskets.ts';

/** Baskets' part of checkout: once an order is placed from a basket, what was ordered leaves it. */
export const checkout: ConsumerDefinition = {
  group: 'baskets.checkout',
  handlers: {
    'order.placed': async ({ em, log, traceparent }, event) => {
      const removed = await clearOrderedItems(em, event.data, traceparent);
      if (event.data.basketId) log.info({ basketId: event.data.basketId, removed }, 'ordered basket lines removed');
    },
  },
};
