import { moneyLimits } from '@comptoir/kit';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** Most units of one product a basket line may hold, and most lines a basket may hold: the platform's. */
export const { maxLineQuantity, maxBasketLines } = moneyLimits;

/**
 * A shopper's active basket: a signed-in customer's (one per customer) or an anonymous visitor's,
 * found by the SHA-256 of its token (the token itself is never stored). `version` grows with every
 * change, so an order can say which state of the basket it was placed from.
 */
export const Basket = defineEntity({
  name: 'Basket',
  checks: [
    { name: 'basket_has_one_owner', expression: '(customer_id is null) <> (token_hash is null)' },
    { name: 'basket_version_not_negative', expression: 'version >= 0' },
  ],
  properties: {
    id: p.uuid().primary(),
    customerId: p.uuid().nullable().unique(),
    tokenHash: p.string().length(64).nullable().unique(),
    version: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Basket = InferEntity<typeof Basket>;

/** One product in a basket. `changedAtVersion`: the basket version of the line's last change. */
export const BasketItem = defineEntity({
  name: 'BasketItem',
  uniques: [{ properties: ['basket', 'productId'] }],
  checks: [{ name: 'basket_item_quantity_range', expression: `quantity between 1 and ${maxLineQuantity}` }],
  properties: {
    id: p.uuid().primary(),
    basket: () => p.manyToOne(Basket).deleteRule('cascade'),
    productId: p.uuid(),
    quantity: p.integer(),
    changedAtVersion: p.integer(),
    addedAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type BasketItem = InferEntity<typeof BasketItem>;
