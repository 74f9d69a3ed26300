import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const orderStatuses = ['PLACED', 'CONFIRMED', 'CANCELLED', 'SHIPPED', 'DELIVERED'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const Order = defineEntity({
  name: 'Order',
  tableName: 'customer_order',
  properties: {
    id: p.uuid().primary(),
    customerId: p.uuid().index(),
    status: p.enum(orderStatuses),
    totalAmount: p.integer(),
    currency: p.string().length(3),
    placedAt: p.datetime(),
  },
});
export type Order = InferEntity<typeof Order>;

/** One product line, with the snapshot of what the customer was shown when ordering. */
export const OrderLine = defineEntity({
  name: 'OrderLine',
  properties: {
    id: p.uuid().primary(),
    order: () => p.manyToOne(Order).index(),
    position: p.integer(),
    productId: p.uuid(),
    sku: p.string(),
    name: p.string(),
    unitAmount: p.integer(),
    quantity: p.integer(),
  },
});
export type OrderLine = InferEntity<typeof OrderLine>;
