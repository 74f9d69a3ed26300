import type { PostalAddress } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { deliveryStatuses } from './delivery-status.ts';

/**
 * The shipment of one order (`orderId` is unique: one delivery per order, whatever redeliveries
 * of `order.confirmed`). The shipping address is the order's snapshot; `customerId` decides who
 * may read it. `trackingNumber` is unique, and its index serves public tracking. A carrier
 * partner sees and moves only the deliveries assigned to its organisation.
 */
export const Delivery = defineEntity({
  name: 'Delivery',
  indexes: [{ properties: ['status', 'id'] }, { properties: ['customerId'] }],
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid().unique(),
    orderNumber: p.string(),
    customerId: p.uuid(),
    shippingAddress: p.json<PostalAddress>(),
    /** The carrier organisation staff assigned the delivery to: the only partner that may read or move it. */
    carrierOrganizationId: p.uuid().nullable().index(),
    carrier: p.string().length(100).nullable(),
    trackingNumber: p.string().length(100).nullable().unique(),
    status: p.enum(deliveryStatuses),
    /** YYYY-MM-DD. */
    estimatedDeliveryDate: p.string().length(10).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Delivery = InferEntity<typeof Delivery>;

/** One step of a delivery's timeline: the status it entered (or confirmed), where, when. */
export const TrackingEvent = defineEntity({
  name: 'TrackingEvent',
  properties: {
    id: p.uuid().primary(),
    delivery: () => p.manyToOne(Delivery).index(),
    status: p.enum(deliveryStatuses),
    location: p.string().length(200).nullable(),
    message: p.string().length(500).nullable(),
    occurredAt: p.datetime(),
  },
});
export type TrackingEvent = InferEntity<typeof TrackingEvent>;
