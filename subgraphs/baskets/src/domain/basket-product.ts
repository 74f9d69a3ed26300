import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const basketProductStatuses = ['ACTIVE', 'ARCHIVED'] as const;

/**
 * Baskets' own copy of what the catalog says about a product (price, status, stock), kept current
 * by the catalog's product events. `id` is the catalog's product id. `available` stays null until
 * the catalog first announces the product's stock: unknown, so it never blocks a shopper.
 */
export const BasketProduct = defineEntity({
  name: 'BasketProduct',
  properties: {
    id: p.uuid().primary(),
    sku: p.string(),
    name: p.string(),
    nameFr: p.string(),
    /** Minor units of `currency`. */
    amount: p.bigint('number'),
    currency: p.string().length(3),
    status: p.enum(basketProductStatuses),
    available: p.integer().nullable(),
    /** The catalog's product version the price, names and status reflect: older events are skipped. */
    productVersion: p.integer().default(0),
    /** The same for `available`, which stock events set apart. */
    stockVersion: p.integer().default(0),
    updatedAt: p.datetime(),
  },
});
export type BasketProduct = InferEntity<typeof BasketProduct>;
