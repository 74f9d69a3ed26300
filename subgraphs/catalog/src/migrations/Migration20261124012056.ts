import { Migration } from '@mikro-orm/migrations';

export class Migration20261124012056 extends Migration {
  override name = 'Migration20261124012056';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "catalog";`);
    // Written by hand: accent-insensitive search needs unaccent (a trusted contrib extension,
    // one per database, hence in public) behind an IMMUTABLE wrapper, so that a stored generated
    // column and its index may use it. Both live in public, shared by any subgraph that searches.
    this.addSql(`create extension if not exists unaccent with schema public;`);
    this.addSql(
      `create or replace function public.immutable_unaccent(text) returns text language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`,
    );
    this.addSql(
      `create table "catalog"."category" ("id" uuid not null, "slug" varchar(255) not null, "name_fr" varchar(255) not null, "name_en" varchar(255) not null, "parent_id" uuid null, "path" text not null, "position" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "catalog"."category" add constraint "category_slug_unique" unique ("slug");`);
    this.addSql(`create index "category_parent_id_index" on "catalog"."category" ("parent_id");`);
    this.addSql(`create index "category_path_idx" on "catalog"."category" ("path" text_pattern_ops);`);

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
      `create table "catalog"."product" ("id" uuid not null, "sku" varchar(255) not null, "slug" varchar(255) not null, "name_fr" varchar(255) not null, "name_en" varchar(255) not null, "description_fr" text not null, "description_en" text not null, "price_amount" int not null, "price_currency" varchar(3) not null, "images" jsonb not null, "attributes" jsonb not null, "category_id" uuid null, "status" text not null, "stock_on_hand" int not null default 0, "stock_reserved" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, "search_document" tsvector generated always as (setweight(to_tsvector('french', public.immutable_unaccent(name_fr)), 'A') || setweight(to_tsvector('english', public.immutable_unaccent(name_en)), 'A') || setweight(to_tsvector('simple', lower(sku)), 'A') || setweight(to_tsvector('french', public.immutable_unaccent(description_fr)), 'C') || setweight(to_tsvector('english', public.immutable_unaccent(description_en)), 'C')) stored null, primary key ("id"));`,
    );
    this.addSql(`alter table "catalog"."product" add constraint "product_sku_unique" unique ("sku");`);
    this.addSql(`alter table "catalog"."product" add constraint "product_slug_unique" unique ("slug");`);
    this.addSql(`create index "product_category_id_index" on "catalog"."product" ("category_id");`);
    this.addSql(`create index "product_price_amount_id_index" on "catalog"."product" ("price_amount", "id");`);
    this.addSql(`create index "product_created_at_id_index" on "catalog"."product" ("created_at", "id");`);
    this.addSql(`create index "product_search_document_idx" on "catalog"."product" using gin ("search_document");`);

    this.addSql(
      `create table "catalog"."stock_reservation" ("id" uuid not null, "order_id" uuid not null, "product_id" uuid not null, "quantity" int not null, "status" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "stock_reservation_order_id_index" on "catalog"."stock_reservation" ("order_id");`);
    this.addSql(
      `alter table "catalog"."stock_reservation" add constraint "stock_reservation_order_id_product_id_unique" unique ("order_id", "product_id");`,
    );

    this.addSql(
      `alter table "catalog"."product" add constraint "product_price_not_negative" check (price_amount >= 0);`,
    );
    this.addSql(
      `alter table "catalog"."product" add constraint "product_stock_consistent" check (stock_reserved >= 0 and stock_reserved <= stock_on_hand);`,
    );
    this.addSql(
      `alter table "catalog"."product" add constraint "product_status_check" check ("status" in ('ACTIVE', 'ARCHIVED'));`,
    );

    this.addSql(
      `alter table "catalog"."stock_reservation" add constraint "stock_reservation_status_check" check ("status" in ('RESERVED', 'RELEASED', 'CONSUMED', 'REJECTED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "catalog"."category" cascade;`);

    this.addSql(`drop table if exists "catalog"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "catalog"."processed_event" cascade;`);
    this.addSql(`drop table if exists "catalog"."product" cascade;`);
    this.addSql(`drop table if exists "catalog"."stock_reservation" cascade;`);

    this.addSql(`drop schema if exists "catalog";`);
  }
}
