import { deliveryStatuses } from '@comptoir/schema/events';
import { describe, expect, it } from 'vitest';
import {
  canMove,
  type DeliveryStatus,
  isCancellable,
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
      ['PLACED→CONFIRMED', 'PLACED→CANCELLED', 'CONFIRMED→CANCELLED', 'CONFIRMED→SHIPPED', 'SHIPPED→DELIVERED'].sort(),
    );
  });

  it('lets the customer cancel until the order ships', () => {
    expect(orderStatuses.filter(isCancellable)).toEqual(['PLACED', 'CONFIRMED']);
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
    ];
    it.each(cases)('%s order, delivery %s → %j', (order, delivery, steps) => {
      expect(stepsForDelivery(order, delivery)).toEqual(steps);
    });

    it('changes nothing for a delivery pending, labelled, cancelled, failed or returned', () => {
      for (const delivery of ['PENDING', 'LABEL_CREATED', 'CANCELLED', 'FAILED', 'RETURNED'] as const) {
        for (const order of orderStatuses)
          expect(stepsForDelivery(order, delivery), `${order} ${delivery}`).toEqual([]);
      }
    });

    it('knows every delivery status of the event contract', () => {
      for (const delivery of deliveryStatuses) expect(() => stepsForDelivery('CONFIRMED', delivery)).not.toThrow();
    });
  });
});
