import { Migration } from '@mikro-orm/migrations';

export class Migration20261124003442 extends Migration {
  override name = 'Migration20261124003442';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "catalog";`);
    this.addSql(
      `create table "catalog"."outbox_message" ("position" bigserial primary key, "id" uuid not null, "topic" varchar(255) not null, "key" varchar(255) not null, "type" varchar(255) not null, "version" int not null, "data" jsonb not null, "traceparent" varchar(255) null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "catalog"."outbox_message" add constraint "outbox_message_id_unique" unique ("id");`);
    this.addSql(
      `create index "outbox_message_unpublished_idx" on "catalog"."outbox_message" ("position") where "published_at" is null;`,
    );

    this.addSql(
      `create table "catalog"."processed_event" ("consumer" varchar(255) not null, "event_id" varchar(255) not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "catalog"."product" ("id" uuid not null, "sku" varchar(255) not null, "slug" varchar(255) not null, "name" varchar(255) not null, "price_amount" int not null, "price_currency" varchar(3) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "catalog"."product" add constraint "product_sku_unique" unique ("sku");`);
    this.addSql(`alter table "catalog"."product" add constraint "product_slug_unique" unique ("slug");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "catalog"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "catalog"."processed_event" cascade;`);
    this.addSql(`drop table if exists "catalog"."product" cascade;`);

    this.addSql(`drop schema if exists "catalog";`);
  }
}
