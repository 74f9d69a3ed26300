import type { ConsumerDefinition } from '@comptoir/kit';
import { decideCancellation, openDelivery } from '../domain/delivery-lifecycle.ts';

/**
 * Deliveries follow their orders: a confirmed order gets its delivery; a customer's cancellation
 * request is accepted before pickup and refused after it. Events of one order arrive in order
 * (keyed by order id); a duplicate changes nothing.
 */
export const orderEvents: ConsumerDefinition = {
  group: 'deliveries.orders',
  handlers: {
    'order.confirmed': (ctx, event) => openDelivery(ctx, event.data),
    'order.cancellation_requested': (ctx, event) => decideCancellation(ctx, event.data),
  },
};
