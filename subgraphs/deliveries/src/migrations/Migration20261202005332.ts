import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005332 extends Migration {
  override name = 'Migration20261202005332';

  override up(): void | Promise<void> {
    this.addSql(`alter table "deliveries"."delivery" add column "carrier_organization_id" uuid null;`);
    this.addSql(
      `create index "delivery_carrier_organization_id_index" on "deliveries"."delivery" ("carrier_organization_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "deliveries"."delivery" drop column "carrier_organization_id";`);
  }
}
