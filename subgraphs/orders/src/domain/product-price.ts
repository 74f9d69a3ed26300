import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const productStatuses = ['ACTIVE', 'ARCHIVED'] as const;

/** Orders' own copy of catalog prices, kept current by catalog's product events. */
export const ProductPrice = defineEntity({
  name: 'ProductPrice',
  properties: {
    productId: p.uuid().primary(),
    sku: p.string(),
    /** English name; `nameFr` the French one. */
    name: p.string(),
    nameFr: p.string(),
    /** Minor units of `currency`. */
    amount: p.bigint('number'),
    currency: p.string().length(3),
    /** An archived product cannot be ordered. */
    status: p.enum(productStatuses),
    /** The catalog's version of the product this row reflects: older events are skipped. */
    productVersion: p.integer().default(0),
    updatedAt: p.datetime(),
  },
});
export type ProductPrice = InferEntity<typeof ProductPrice>;
