import type { PostalAddress } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { type OrderStatus, orderStatuses } from './order-status.ts';

export const cancellationReasons = [
  'CUSTOMER_REQUEST',
  'OUT_OF_STOCK',
  'RESERVATION_TIMEOUT',
  'PAYMENT_DECLINED',
] as const;
export type CancellationReason = (typeof cancellationReasons)[number];
/** Why the customer's cancellation request was refused: its parcel had been picked up. */
export const cancellationRefusals = ['ALREADY_SHIPPED'] as const;
export type CancellationRefusal = (typeof cancellationRefusals)[number];

export const unavailabilityReasons = ['OUT_OF_STOCK', 'UNKNOWN_PRODUCT', 'ARCHIVED'] as const;

/**
 * A customer's order. Amounts are minor units of `currency`; the shipping address is the snapshot
 * taken when the order was placed. `(customerId, idempotencyKey)` is unique: one order per
 * checkout attempt, whatever races.
 */
export const Order = defineEntity({
  name: 'Order',
  tableName: 'customer_order',
  uniques: [{ properties: ['customerId', 'idempotencyKey'] }],
  indexes: [
    { properties: ['customerId', 'id'] },
    { properties: ['status', 'id'] },
    { properties: ['placedAt'] },
    // The sweep of orders whose stock decision never came.
    { properties: ['status', 'placedAt'] },
  ],
  properties: {
    id: p.uuid().primary(),
    /** Human-friendly, e.g. CPT-100042, from the `order_number_seq` sequence. */
    number: p.string().unique(),
    customerId: p.uuid(),
    idempotencyKey: p.string().length(100),
    status: p.enum(orderStatuses),
    cancellationReason: p.enum(cancellationReasons).nullable(),
    cancellationRefusal: p.enum(cancellationRefusals).nullable(),
    currency: p.string().length(3),
    subtotalAmount: p.bigint('number'),
    shippingAmount: p.bigint('number'),
    totalAmount: p.bigint('number'),
    shippingAddress: p.json<PostalAddress>(),
    /** The basket snapshot the order was placed from, and its version. */
    basketId: p.uuid().nullable(),
    basketVersion: p.integer().nullable(),
    placedAt: p.datetime(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Order = InferEntity<typeof Order>;

/**
 * One product line, with the snapshot of what the customer was shown when ordering (names in both
 * languages, sku, unit price); `unavailability*` is set when the saga rejected the order.
 */
export const OrderLine = defineEntity({
  name: 'OrderLine',
  properties: {
    id: p.uuid().primary(),
    order: () => p.manyToOne(Order).index(),
    position: p.integer(),
    productId: p.uuid(),
    sku: p.string(),
    name: p.string(),
    nameFr: p.string(),
    unitAmount: p.bigint('number'),
    currency: p.string().length(3),
    quantity: p.integer(),
    unavailabilityReason: p.enum(unavailabilityReasons).nullable(),
    availableQuantity: p.integer().nullable(),
  },
});
export type OrderLine = InferEntity<typeof OrderLine>;

/** One entry of an order's status history: the status it entered, and when. */
export const OrderStatusChange = defineEntity({
  name: 'OrderStatusChange',
  properties: {
    id: p.uuid().primary(),
    order: () => p.manyToOne(Order).index(),
    status: p.enum(orderStatuses),
    at: p.datetime(),
  },
});
export type OrderStatusChange = InferEntity<typeof OrderStatusChange>;

export type { OrderStatus };
