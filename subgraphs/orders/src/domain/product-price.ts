import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** Orders' own copy of catalog prices, kept current by catalog's product events. */
export const ProductPrice = defineEntity({
  name: 'ProductPrice',
  properties: {
    productId: p.uuid().primary(),
    sku: p.string(),
    name: p.string(),
    amount: p.integer(),
    currency: p.string().length(3),
    updatedAt: p.datetime(),
  },
});
export type ProductPrice = InferEntity<typeof ProductPrice>;
