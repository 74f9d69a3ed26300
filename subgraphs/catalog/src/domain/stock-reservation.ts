import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const reservationStatuses = ['RESERVED', 'RELEASED', 'CONSUMED', 'REJECTED'] as const;

/**
 * Stock held for one line of a placed order, until the order ships (consumed) or is cancelled
 * (released); or the record that the line's order was rejected (nothing held).
 */
export const StockReservation = defineEntity({
  name: 'StockReservation',
  uniques: [{ properties: ['orderId', 'productId'] }],
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid().index(),
    productId: p.uuid(),
    quantity: p.integer(),
    status: p.enum(reservationStatuses),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type StockReservation = InferEntity<typeof StockReservation>;

/**
 * An order catalog heard cancelled before it heard it placed (its `order.placed` dead-lettered, the
 * order then cancelled): that `order.placed`, replayed later, must reserve nothing.
 */
export const CancelledOrder = defineEntity({
  name: 'CancelledOrder',
  properties: {
    orderId: p.uuid().primary(),
    cancelledAt: p.datetime(),
  },
});
export type CancelledOrder = InferEntity<typeof CancelledOrder>;
