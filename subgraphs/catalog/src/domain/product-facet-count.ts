import { defineEntity, type InferEntity, p, type TriggerDef } from '@mikro-orm/core';

/**
 * Lower bounds of the price buckets after the first, minor units: [0,1000), [1000,2500), … [10000,∞).
 * catalog.count_product_facets (Migration20261203084722) buckets prices with the same bounds:
 * changing them takes a migration that redefines it and refills product_facet_count.
 */
export const priceBucketBounds = [1000, 2500, 5000, 10000];

/** Stands for "no category" in the key: a primary key column cannot be null. */
export const uncategorized = '00000000-0000-0000-0000-000000000000';

/**
 * How many active products share a category, a price bucket and an availability. The triggers
 * below keep it in the transaction of every write to catalog.product, so it is always exact; no
 * code writes it. Facets without a search, and with no price range or one of whole buckets,
 * add up these few rows instead of scanning every active product.
 */
export const ProductFacetCount = defineEntity({
  name: 'ProductFacetCount',
  properties: {
    categoryId: p.uuid().primary(),
    priceBucket: p.smallint().primary(),
    available: p.boolean().primary(),
    products: p.integer(),
  },
});
export type ProductFacetCount = InferEntity<typeof ProductFacetCount>;

/**
 * The triggers of catalog.product that run catalog.count_product_facets (migration
 * Migration20261203084722) after each statement, with the rows it wrote as transition tables.
 * No code truncates catalog.product; a TRUNCATE would leave the counts behind.
 */
export const productFacetCountTriggers: TriggerDef[] = [
  trigger('insert', 'new table as new_products'),
  trigger('update', 'old table as old_products new table as new_products'),
  trigger('delete', 'old table as old_products'),
];

function trigger(event: 'insert' | 'update' | 'delete', transitionTables: string): TriggerDef {
  const name = `product_facet_count_${event}`;
  return {
    name,
    timing: 'after',
    events: [event],
    forEach: 'statement',
    expression: `create trigger ${name} after ${event} on catalog.product referencing ${transitionTables} for each statement execute function catalog.count_product_facets()`,
  };
}
