import type { ConsumerDefinition } from '@comptoir/kit';
import { consumeOrder, releaseOrder, reserveOrder } from '../domain/stock.ts';

/**
 * Catalog's part of the checkout saga: holds stock for orders once their payment is authorized,
 * gives it back when they are cancelled and takes it off the shelf when they ship. Events of one
 * order arrive in order on each topic (keyed by order id); across the order and payment topics
 * they may not, so an `order.cancelled` overtaking the `payment.authorized` it follows is
 * remembered (releaseOrder) and that late authorization reserves nothing.
 */
export const orderEvents: ConsumerDefinition = {
  group: 'catalog.order-events',
  handlers: {
    'payment.authorized': async ({ em, log, traceparent }, event) => {
      const outcome = await reserveOrder(em, event.data, traceparent);
      log.info({ orderId: event.data.orderId, outcome }, 'stock reservation decided');
    },
    'order.cancelled': async ({ em, traceparent }, event) => {
      await releaseOrder(em, event.data, traceparent);
    },
    'order.shipped': async ({ em, traceparent }, event) => {
      await consumeOrder(em, event.data, traceparent);
    },
  },
};
