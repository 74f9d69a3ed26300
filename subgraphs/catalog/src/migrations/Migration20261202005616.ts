import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005616 extends Migration {
  override name = 'Migration20261202005616';

  override up(): void | Promise<void> {
    this.addSql(`alter table "catalog"."product" add column "seller_organization_id" uuid null;`);
    this.addSql(
      `create index "product_seller_organization_id_index" on "catalog"."product" ("seller_organization_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "catalog"."product" drop column "seller_organization_id";`);
  }
}
