import { Migration } from '@mikro-orm/migrations';

export class Migration20261124024736 extends Migration {
  override name = 'Migration20261124024736';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "orders";`);
    // Order numbers (CPT-100001, …): written by hand, MikroORM's schema diff does not manage sequences.
    this.addSql(`create sequence "orders"."order_number_seq" start with 100001;`);
    this.addSql(
      `create table "orders"."basket_snapshot" ("basket_id" uuid not null, "customer_id" uuid null, "version" int not null, "items" jsonb not null, "ordered_version" int null, "updated_at" timestamptz not null, primary key ("basket_id"));`,
    );
    this.addSql(
      `alter table "orders"."basket_snapshot" add constraint "basket_snapshot_customer_id_unique" unique ("customer_id");`,
    );

    this.addSql(
      `create table "orders"."customer_address" ("id" uuid not null, "user_id" uuid not null, "name" varchar(255) not null, "line1" varchar(255) not null, "line2" varchar(255) null, "postal_code" varchar(255) not null, "city" varchar(255) not null, "country" varchar(2) not null, "phone" varchar(255) null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "customer_address_user_id_index" on "orders"."customer_address" ("user_id");`);

    this.addSql(
      `create table "orders"."customer_order" ("id" uuid not null, "number" varchar(255) not null, "customer_id" uuid not null, "idempotency_key" varchar(100) not null, "status" text not null, "cancellation_reason" text null, "currency" varchar(3) not null, "subtotal_amount" int not null, "shipping_amount" int not null, "total_amount" int not null, "shipping_address" jsonb not null, "basket_id" uuid null, "basket_version" int null, "placed_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_number_unique" unique ("number");`,
    );
    this.addSql(
      `create index "customer_order_customer_id_id_index" on "orders"."customer_order" ("customer_id", "id");`,
    );
    this.addSql(`create index "customer_order_status_id_index" on "orders"."customer_order" ("status", "id");`);
    this.addSql(`create index "customer_order_placed_at_index" on "orders"."customer_order" ("placed_at");`);
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_customer_id_idempotency_key_unique" unique ("customer_id", "idempotency_key");`,
    );

    this.addSql(
      `create table "orders"."order_line" ("id" uuid not null, "order_id" uuid not null, "position" int not null, "product_id" uuid not null, "sku" varchar(255) not null, "name" varchar(255) not null, "name_fr" varchar(255) not null, "unit_amount" int not null, "currency" varchar(3) not null, "quantity" int not null, "unavailability_reason" text null, "available_quantity" int null, primary key ("id"));`,
    );
    this.addSql(`create index "order_line_order_id_index" on "orders"."order_line" ("order_id");`);

    this.addSql(
      `create table "orders"."order_status_change" ("id" uuid not null, "order_id" uuid not null, "status" text not null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "order_status_change_order_id_index" on "orders"."order_status_change" ("order_id");`);

    this.addSql(
      `create table "orders"."outbox_message" ("position" bigserial primary key, "id" uuid not null, "topic" varchar(255) not null, "key" varchar(255) not null, "type" varchar(255) not null, "version" int not null, "data" jsonb not null, "traceparent" varchar(255) null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "orders"."outbox_message" add constraint "outbox_message_id_unique" unique ("id");`);
    this.addSql(
      `create index "outbox_message_unpublished_idx" on "orders"."outbox_message" ("position") where "published_at" is null;`,
    );

    this.addSql(
      `create table "orders"."processed_event" ("consumer" varchar(255) not null, "event_id" varchar(255) not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "orders"."product_price" ("product_id" uuid not null, "sku" varchar(255) not null, "name" varchar(255) not null, "name_fr" varchar(255) not null, "amount" int not null, "currency" varchar(3) not null, "status" text not null, "updated_at" timestamptz not null, primary key ("product_id"));`,
    );

    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_status_check" check ("status" in ('PLACED', 'CONFIRMED', 'CANCELLED', 'SHIPPED', 'DELIVERED'));`,
    );
    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_cancellation_reason_check" check ("cancellation_reason" in ('CUSTOMER_REQUEST', 'OUT_OF_STOCK'));`,
    );

    this.addSql(
      `alter table "orders"."order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "orders"."customer_order" ("id");`,
    );
    this.addSql(
      `alter table "orders"."order_line" add constraint "order_line_unavailability_reason_check" check ("unavailability_reason" in ('OUT_OF_STOCK', 'UNKNOWN_PRODUCT', 'ARCHIVED'));`,
    );

    this.addSql(
      `alter table "orders"."order_status_change" add constraint "order_status_change_order_id_foreign" foreign key ("order_id") references "orders"."customer_order" ("id");`,
    );
    this.addSql(
      `alter table "orders"."order_status_change" add constraint "order_status_change_status_check" check ("status" in ('PLACED', 'CONFIRMED', 'CANCELLED', 'SHIPPED', 'DELIVERED'));`,
    );

    this.addSql(
      `alter table "orders"."product_price" add constraint "product_price_status_check" check ("status" in ('ACTIVE', 'ARCHIVED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders"."order_line" drop constraint "order_line_order_id_foreign";`);
    this.addSql(`alter table "orders"."order_status_change" drop constraint "order_status_change_order_id_foreign";`);

    this.addSql(`drop table if exists "orders"."basket_snapshot" cascade;`);
    this.addSql(`drop table if exists "orders"."customer_address" cascade;`);
    this.addSql(`drop table if exists "orders"."customer_order" cascade;`);
    this.addSql(`drop table if exists "orders"."order_line" cascade;`);
    this.addSql(`drop table if exists "orders"."order_status_change" cascade;`);
    this.addSql(`drop table if exists "orders"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "orders"."processed_event" cascade;`);
    this.addSql(`drop table if exists "orders"."product_price" cascade;`);

    this.addSql(`drop sequence if exists "orders"."order_number_seq";`);

    this.addSql(`drop schema if exists "orders";`);
  }
}
