import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const deliveryStatuses = [
  'PENDING',
  'LABEL_CREATED',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'FAILED',
  'RETURNED',
] as const;

export const Delivery = defineEntity({
  name: 'Delivery',
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid().unique(),
    carrier: p.string().nullable(),
    trackingNumber: p.string().nullable().unique(),
    postalCode: p.string(),
    status: p.enum(deliveryStatuses),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Delivery = InferEntity<typeof Delivery>;
