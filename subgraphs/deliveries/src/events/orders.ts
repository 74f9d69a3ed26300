import type { ConsumerDefinition } from '@comptoir/kit';
import { cancelDelivery, openDelivery } from '../domain/delivery-lifecycle.ts';

/**
 * Deliveries follow their orders: a confirmed order gets its delivery, a cancelled one loses it
 * unless it has shipped. Events of one order arrive in order (keyed by order id); a duplicate
 * changes nothing.
 */
export const orderEvents: ConsumerDefinition = {
  group: 'deliveries.orders',
  handlers: {
    'order.confirmed': (ctx, event) => openDelivery(ctx, event.data),
    'order.cancelled': (ctx, event) => cancelDelivery(ctx, event.data),
  },
};
