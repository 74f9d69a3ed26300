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

/** `order.cancelled` as orders publishes it when the customer cancels. */
export function orderCancelled(orderId: string): EventToDeliver<'order.cancelled'> {
  return { type: 'order.cancelled', subject: orderId, data: { orderId, reason: 'CUSTOMER_REQUEST' } };
}
