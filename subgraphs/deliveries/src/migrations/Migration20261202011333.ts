import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011333 extends Migration {
  override name = 'Migration20261202011333';

  override up(): void | Promise<void> {
    this.addSql(`create table "deliveries"."carrier_organization" ("id" uuid not null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "deliveries"."carrier_organization" cascade;`);
  }
}
