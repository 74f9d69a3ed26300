import { Migration } from '@mikro-orm/migrations';

/**
 * The key of an active product's row in product_facet_count, as columns of a transition table:
 * the nil uuid for no category, the price buckets of product-facet-count.ts (priceBucketBounds).
 */
const facetKey = `coalesce(category_id, '00000000-0000-0000-0000-000000000000'::uuid) as category_id,
  width_bucket(price_amount, array[1000, 2500, 5000, 10000]) as price_bucket, stock_on_hand > stock_reserved as available`;

/** The triggers Product declares (productFacetCountTriggers), with the rows written as transition tables. */
const triggers = [
  ['insert', 'new table as new_products'],
  ['update', 'old table as old_products new table as new_products'],
  ['delete', 'old table as old_products'],
].map(([event, transitionTables]) => ({
  name: `product_facet_count_${event}`,
  create: `create trigger product_facet_count_${event} after ${event} on catalog.product referencing ${transitionTables} for each statement execute function catalog.count_product_facets();`,
}));

/**
 * Adds the products counted by the rows of `changes` (a select of key columns and a signed
 * `delta`), in key order: statements changing several keys lock their rows in one order.
 */
const applyDeltas = (changes: string) => `
    insert into catalog.product_facet_count as c (category_id, price_bucket, available, products)
    select category_id, price_bucket, available, sum(delta) from (${changes}) d
    group by category_id, price_bucket, available
    having sum(delta) <> 0
    order by category_id, price_bucket, available
    on conflict (category_id, price_bucket, available) do update set products = c.products + excluded.products;`;

const changesOf = (table: string, delta: number) =>
  `select ${facetKey}, ${delta} as delta from ${table} where status = 'ACTIVE'`;

/**
 * product_facet_count, kept exact by statement triggers on catalog.product: each write adds the
 * keys its new rows have and takes off those its old rows had, so an update that changes no key
 * (most stock moves, renames) changes nothing. Filled from the products already there.
 */
export class Migration20261203084722 extends Migration {
  override name = 'Migration20261203084722';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "catalog"."product_facet_count" ("category_id" uuid not null, "price_bucket" smallint not null, "available" boolean not null, "products" int not null, primary key ("category_id", "price_bucket", "available"));`,
    );
    this.addSql(`create function catalog.count_product_facets() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then${applyDeltas(changesOf('new_products', 1))}
    elsif tg_op = 'DELETE' then${applyDeltas(changesOf('old_products', -1))}
    else${applyDeltas(`${changesOf('new_products', 1)} union all ${changesOf('old_products', -1)}`)}
    end if;
    return null;
  end $$;`);
    for (const trigger of triggers) this.addSql(trigger.create);
    this.addSql(`insert into catalog.product_facet_count (category_id, price_bucket, available, products)
      select ${facetKey}, count(*) from catalog.product where status = 'ACTIVE' group by 1, 2, 3;`);
  }

  override down(): void | Promise<void> {
    for (const trigger of triggers) {
      this.addSql(`drop trigger if exists ${trigger.name} on catalog.product;`);
    }
    this.addSql(`drop function if exists catalog.count_product_facets();`);
    this.addSql(`drop table if exists "catalog"."product_facet_count" cascade;`);
  }
}
