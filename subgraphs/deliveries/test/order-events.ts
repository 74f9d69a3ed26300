import { randomUUID } from 'node:crypto';
import { type EventToDeliver, shippingAddress } from '@comptoir/testing';

let orderNumber = 100_000;

/** `order.confirmed` as orders publishes it once the checkout saga confirmed a new order of `customerId`. */
export function orderConfirmed(customerId: string, address = shippingAddress): EventToDeliver<'order.confirmed'> {
  const orderId = randomUUID();
  orderNumber += 1;
  return {
    type: 'order.confirmed',
    subject: orderId,
    data: {
      orderId,
      number: `CPT-${orderNumber}`,
      customerId,
      lines: [{ productId: randomUUID(), quantity: 1 }],
      shippingAddress: address,
    },
  };
}

/** `order.cancellation_requested` as orders publishes it when the customer cancels a confirmed order. */
export function cancellationRequested(orderId: string): EventToDeliver<'order.cancellation_requested'> {
  return { type: 'order.cancellation_requested', subject: orderId, data: { orderId } };
}
