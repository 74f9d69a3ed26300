import { Migration } from '@mikro-orm/migrations';

export class Migration20261124020206 extends Migration {
  override name = 'Migration20261124020206';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "product_active_facets_idx" on "catalog"."product" ("category_id", "price_amount") include ("stock_on_hand", "stock_reserved") where "status" = 'ACTIVE';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "catalog"."product_active_facets_idx";`);
  }
}
