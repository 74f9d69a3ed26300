import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A sellable product; its price is in minor units of `currency`. */
export const Product = defineEntity({
  name: 'Product',
  properties: {
    id: p.uuid().primary(),
    sku: p.string().unique(),
    slug: p.string().unique(),
    name: p.string(),
    priceAmount: p.integer(),
    priceCurrency: p.string().length(3),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Product = InferEntity<typeof Product>;
