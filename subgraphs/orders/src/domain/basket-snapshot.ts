import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export interface BasketSnapshotItem {
  productId: string;
  quantity: number;
}

/**
 * Checkout's copy of a basket (baskets' `basket.changed` events): its latest known version and
 * items. `orderedVersion` is the version the last order was placed from, so the same basket is
 * never ordered twice before baskets has emptied it. A customer has at most one active basket.
 */
export const BasketSnapshot = defineEntity({
  name: 'BasketSnapshot',
  properties: {
    basketId: p.uuid().primary(),
    customerId: p.uuid().nullable().unique(),
    version: p.integer(),
    items: p.json<BasketSnapshotItem[]>(),
    orderedVersion: p.integer().nullable(),
    updatedAt: p.datetime(),
  },
});
export type BasketSnapshot = InferEntity<typeof BasketSnapshot>;
