import { Migration } from '@mikro-orm/migrations';

export class Migration20261124024741 extends Migration {
  override name = 'Migration20261124024741';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "baskets";`);
    this.addSql(
      `create table "baskets"."basket" ("id" uuid not null, "customer_id" uuid null, "token_hash" varchar(64) null, "version" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "baskets"."basket" add constraint "basket_customer_id_unique" unique ("customer_id");`);
    this.addSql(`alter table "baskets"."basket" add constraint "basket_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "baskets"."basket_item" ("id" uuid not null, "basket_id" uuid not null, "product_id" uuid not null, "quantity" int not null, "changed_at_version" int not null, "added_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "baskets"."basket_item" add constraint "basket_item_basket_id_product_id_unique" unique ("basket_id", "product_id");`,
    );

    this.addSql(
      `create table "baskets"."basket_product" ("id" uuid not null, "sku" varchar(255) not null, "name" varchar(255) not null, "name_fr" varchar(255) not null, "amount" int not null, "currency" varchar(3) not null, "status" text not null, "available" int null, "updated_at" timestamptz not null, primary key ("id"));`,
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
      `alter table "baskets"."basket" add constraint "basket_has_one_owner" check ((customer_id is null) <> (token_hash is null));`,
    );
    this.addSql(`alter table "baskets"."basket" add constraint "basket_version_not_negative" check (version >= 0);`);

    this.addSql(
      `alter table "baskets"."basket_item" add constraint "basket_item_basket_id_foreign" foreign key ("basket_id") references "baskets"."basket" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "baskets"."basket_item" add constraint "basket_item_quantity_range" check (quantity between 1 and 99);`,
    );

    this.addSql(
      `alter table "baskets"."basket_product" add constraint "basket_product_status_check" check ("status" in ('ACTIVE', 'ARCHIVED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "baskets"."basket_item" drop constraint "basket_item_basket_id_foreign";`);

    this.addSql(`drop table if exists "baskets"."basket" cascade;`);
    this.addSql(`drop table if exists "baskets"."basket_item" cascade;`);
    this.addSql(`drop table if exists "baskets"."basket_product" cascade;`);
    this.addSql(`drop table if exists "baskets"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "baskets"."processed_event" cascade;`);

    this.addSql(`drop schema if exists "baskets";`);
  }
}
