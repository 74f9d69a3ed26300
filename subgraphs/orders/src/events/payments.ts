import type { ConsumerDefinition } from '@comptoir/kit';
import { authorizePayment, capturePayment, makeRefund, voidPayment } from '../domain/payments/payment-saga.ts';
import type { PaymentProvider } from '../domain/payments/provider.ts';

/**
 * Orders' payments, driven by orders' own events: every provider call is made here, never in a
 * request, so it is retried with backoff while the provider is unavailable and its outcome commits
 * with the event it leads to. Events of one order arrive in order (keyed by order id): its
 * `order.placed` before its `order.cancelled`.
 */
export function payments(provider: PaymentProvider): ConsumerDefinition {
  return {
    group: 'orders.payments',
    handlers: {
      'order.placed': (ctx, event) => authorizePayment(ctx, provider, event.data.orderId),
      'order.shipped': (ctx, event) => capturePayment(ctx, provider, event.data.orderId),
      'order.cancelled': (ctx, event) => voidPayment(ctx, provider, event.data.orderId),
      'payment.refund_requested': (ctx, event) => makeRefund(ctx, provider, event.data),
    },
  };
}
