import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011333 extends Migration {
  override name = 'Migration20261202011333';

  override up(): void | Promise<void> {
    this.addSql(`create table "catalog"."seller_organization" ("id" uuid not null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "catalog"."seller_organization" cascade;`);
  }
}
