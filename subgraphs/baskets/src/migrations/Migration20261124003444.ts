import { Migration } from '@mikro-orm/migrations';

export class Migration20261124003444 extends Migration {
  override name = 'Migration20261124003444';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "baskets";`);
    this.addSql(
      `create table "baskets"."basket" ("id" uuid not null, "customer_id" uuid null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "baskets"."basket" add constraint "basket_customer_id_unique" unique ("customer_id");`);

    this.addSql(
      `create table "baskets"."basket_item" ("id" uuid not null, "basket_id" uuid not null, "product_id" uuid not null, "quantity" int not null, "added_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "basket_item_basket_id_index" on "baskets"."basket_item" ("basket_id");`);
    this.addSql(
      `alter table "baskets"."basket_item" add constraint "basket_item_basket_id_product_id_unique" unique ("basket_id", "product_id");`,
    );

    this.addSql(
      `create table "baskets"."outbox_message" ("position" bigserial primary key, "id" uuid not null, "topic" varchar(255) not null, "key" varchar(255) not null, "type" varchar(255) not null, "version" int not null, "data" jsonb not null, "traceparent" varchar(255) null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "baskets"."outbox_message" add constraint "outbox_message_id_unique" unique ("id");`);
    this.addSql(
      `create index "outbox_message_unpublished_idx" on "baskets"."outbox_message" ("position") where "published_at" is null;`,
    );

    this.addSql(
      `create table "baskets"."processed_event" ("consumer" varchar(255) not null, "event_id" varchar(255) not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `alter table "baskets"."basket_item" add constraint "basket_item_basket_id_foreign" foreign key ("basket_id") references "baskets"."basket" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "baskets"."basket_item" drop constraint "basket_item_basket_id_foreign";`);

    this.addSql(`drop table if exists "baskets"."basket" cascade;`);
    this.addSql(`drop table if exists "baskets"."basket_item" cascade;`);
    this.addSql(`drop table if exists "baskets"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "baskets"."processed_event" cascade;`);

    this.addSql(`drop schema if exists "baskets";`);
  }
}
