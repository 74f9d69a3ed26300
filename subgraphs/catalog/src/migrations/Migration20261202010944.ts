import { Migration } from '@mikro-orm/migrations';

/** Orders cancelled before catalog heard them placed: a late `order.placed` reserves nothing. */
export class Migration20261202010944 extends Migration {
  override name = 'Migration20261202010944';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "catalog"."cancelled_order" ("order_id" uuid not null, "cancelled_at" timestamptz not null, primary key ("order_id"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "catalog"."cancelled_order" cascade;`);
  }
}
