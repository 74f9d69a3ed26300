import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A shopper's active basket (anonymous baskets, identified by a token, come with the baskets issue). */
export const Basket = defineEntity({
  name: 'Basket',
  properties: {
    id: p.uuid().primary(),
    customerId: p.uuid().nullable().unique(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Basket = InferEntity<typeof Basket>;

export const BasketItem = defineEntity({
  name: 'BasketItem',
  uniques: [{ properties: ['basket', 'productId'] }],
  properties: {
    id: p.uuid().primary(),
    basket: () => p.manyToOne(Basket).index(),
    productId: p.uuid(),
    quantity: p.integer(),
    addedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type BasketItem = InferEntity<typeof BasketItem>;
