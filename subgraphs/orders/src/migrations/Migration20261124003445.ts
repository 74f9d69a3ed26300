import { Migration } from '@mikro-orm/migrations';

export class Migration20261124003445 extends Migration {
  override name = 'Migration20261124003445';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "orders";`);
    this.addSql(
      `create table "orders"."customer_order" ("id" uuid not null, "customer_id" uuid not null, "status" text not null, "total_amount" int not null, "currency" varchar(3) not null, "placed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "customer_order_customer_id_index" on "orders"."customer_order" ("customer_id");`);

    this.addSql(
      `create table "orders"."order_line" ("id" uuid not null, "order_id" uuid not null, "position" int not null, "product_id" uuid not null, "sku" varchar(255) not null, "name" varchar(255) not null, "unit_amount" int not null, "quantity" int not null, primary key ("id"));`,
    );
    this.addSql(`create index "order_line_order_id_index" on "orders"."order_line" ("order_id");`);

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
      `create table "orders"."product_price" ("product_id" uuid not null, "sku" varchar(255) not null, "name" varchar(255) not null, "amount" int not null, "currency" varchar(3) not null, "updated_at" timestamptz not null, primary key ("product_id"));`,
    );

    this.addSql(
      `alter table "orders"."customer_order" add constraint "customer_order_status_check" check ("status" in ('PLACED', 'CONFIRMED', 'CANCELLED', 'SHIPPED', 'DELIVERED'));`,
    );

    this.addSql(
      `alter table "orders"."order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "orders"."customer_order" ("id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders"."order_line" drop constraint "order_line_order_id_foreign";`);

    this.addSql(`drop table if exists "orders"."customer_order" cascade;`);
    this.addSql(`drop table if exists "orders"."order_line" cascade;`);
    this.addSql(`drop table if exists "orders"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "orders"."processed_event" cascade;`);
    this.addSql(`drop table if exists "orders"."product_price" cascade;`);

    this.addSql(`drop schema if exists "orders";`);
  }
}
