import type { ConsumerDefinition } from '@comptoir/kit';
import { authorizes, captures, refunds, voids } from '../domain/payments/payment-saga.ts';
import type { PaymentProvider } from '../domain/payments/provider.ts';

/**
 * Orders' payments, driven by orders' own events: every provider call is made here, never in a
 * request, and outside any transaction, so it is retried with backoff while the provider is
 * unavailable, holds no connection while it answers, and its outcome commits with the event it
 * leads to. Events of one order arrive in order (keyed by order id): its
 * `order.placed` before its `order.cancelled`.
 */
export function payments(provider: PaymentProvider): ConsumerDefinition {
  return {
    group: 'orders.payments',
    handlers: {
      'order.placed': authorizes(provider),
      'order.shipped': captures(provider),
      'order.cancelled': voids(provider),
      'payment.refund_requested': refunds(provider),
    },
  };
}
