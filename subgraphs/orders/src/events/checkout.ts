import type { ConsumerDefinition } from '@comptoir/kit';
import { applyDeliveryStatus, confirmOrder, refuseCancellation, rejectOrder } from '../domain/order-lifecycle.ts';

/**
 * Orders' part of the checkout saga and of fulfilment: catalog's stock decision confirms or
 * cancels a placed order; the delivery's progress ships and delivers it, and its answer to a
 * cancellation request cancels or ships it. Events of one order arrive
 * in order (keyed by order id); a stale or duplicate one changes nothing and is logged.
 */
export const checkout: ConsumerDefinition = {
  group: 'orders.checkout',
  handlers: {
    'stock.reserved': (ctx, event) => confirmOrder(ctx, event.data.orderId),
    'stock.rejected': (ctx, event) => rejectOrder(ctx, event.data),
    'delivery.status_changed': (ctx, event) => applyDeliveryStatus(ctx, event.data),
    'delivery.cancellation_refused': (ctx, event) => refuseCancellation(ctx, event.data),
  },
};
