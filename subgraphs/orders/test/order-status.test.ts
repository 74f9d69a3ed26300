import { deliveryStatuses } from '@comptoir/schema/events';
import { describe, expect, it } from 'vitest';
import {
  cancellationFor,
  canMove,
  type DeliveryStatus,
  type OrderStatus,
  orderStatuses,
  stepsForDelivery,
} from '../src/domain/order-status.ts';

describe('order status rules', () => {
  it('allows exactly the transitions of the order’s life', () => {
    const allowed = orderStatuses.flatMap((from) =>
      orderStatuses.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'PLACED→PAYMENT_ACTION_REQUIRED',
        'PLACED→CONFIRMED',
        'PLACED→CANCELLED',
        'PAYMENT_ACTION_REQUIRED→PLACED',
        'PAYMENT_ACTION_REQUIRED→CANCELLED',
        'CONFIRMED→CANCELLATION_REQUESTED',
        'CONFIRMED→SHIPPED',
        'CANCELLATION_REQUESTED→CANCELLED',
        'CANCELLATION_REQUESTED→SHIPPED',
        'SHIPPED→DELIVERED',
      ].sort(),
    );
  });

  it('cancels at once before a delivery exists, asks the delivery once it does, and not after', () => {
    expect(Object.fromEntries(orderStatuses.map((status) => [status, cancellationFor(status)]))).toEqual({
      PLACED: 'CANCELLED',
      PAYMENT_ACTION_REQUIRED: 'CANCELLED',
      CONFIRMED: 'CANCELLATION_REQUESTED',
      CANCELLATION_REQUESTED: null,
      CANCELLED: null,
      SHIPPED: null,
      DELIVERED: null,
    });
  });

  describe('what a delivery status means for its order', () => {
    const cases: Array<[OrderStatus, DeliveryStatus, OrderStatus[]]> = [
      ['CONFIRMED', 'IN_TRANSIT', ['SHIPPED']],
      ['CONFIRMED', 'OUT_FOR_DELIVERY', ['SHIPPED']],
      // Delivered before orders heard it shipped: both steps, in order.
      ['CONFIRMED', 'DELIVERED', ['SHIPPED', 'DELIVERED']],
      ['SHIPPED', 'OUT_FOR_DELIVERY', []],
      ['SHIPPED', 'DELIVERED', ['DELIVERED']],
      // Duplicates and stale reports change nothing.
      ['SHIPPED', 'IN_TRANSIT', []],
      ['DELIVERED', 'DELIVERED', []],
      ['DELIVERED', 'IN_TRANSIT', []],
      // An order that is not confirmed does not ship.
      ['PLACED', 'IN_TRANSIT', []],
      ['CANCELLED', 'DELIVERED', []],
      // Picked up while the customer's cancellation request was on its way: it ships.
      ['CANCELLATION_REQUESTED', 'IN_TRANSIT', ['SHIPPED']],
      ['CANCELLATION_REQUESTED', 'DELIVERED', ['SHIPPED', 'DELIVERED']],
      // The delivery accepted the request; a cancelled delivery cancels no order that did not ask.
      ['CANCELLATION_REQUESTED', 'CANCELLED', ['CANCELLED']],
      ['CONFIRMED', 'CANCELLED', []],
      ['CANCELLED', 'CANCELLED', []],
    ];
    it.each(cases)('%s order, delivery %s → %j', (order, delivery, steps) => {
      expect(stepsForDelivery(order, delivery)).toEqual(steps);
    });

    it('changes nothing for a delivery pending, labelled, failed or returned', () => {
      for (const delivery of ['PENDING', 'LABEL_CREATED', 'FAILED', 'RETURNED'] as const) {
        for (const order of orderStatuses)
          expect(stepsForDelivery(order, delivery), `${order} ${delivery}`).toEqual([]);
      }
    });

    it('knows every delivery status of the event contract', () => {
      for (const delivery of deliveryStatuses) expect(() => stepsForDelivery('CONFIRMED', delivery)).not.toThrow();
    });
  });
});
