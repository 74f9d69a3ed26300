import { Migration } from '@mikro-orm/migrations';

export class Migration20261124030818 extends Migration {
  override name = 'Migration20261124030818';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "deliveries";`);
    this.addSql(
      `create table "deliveries"."delivery" ("id" uuid not null, "order_id" uuid not null, "order_number" varchar(255) not null, "customer_id" uuid not null, "shipping_address" jsonb not null, "carrier" varchar(100) null, "tracking_number" varchar(100) null, "status" text not null, "estimated_delivery_date" varchar(10) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "deliveries"."delivery" add constraint "delivery_order_id_unique" unique ("order_id");`);
    this.addSql(
      `alter table "deliveries"."delivery" add constraint "delivery_tracking_number_unique" unique ("tracking_number");`,
    );
    this.addSql(`create index "delivery_status_id_index" on "deliveries"."delivery" ("status", "id");`);
    this.addSql(`create index "delivery_customer_id_index" on "deliveries"."delivery" ("customer_id");`);

    this.addSql(
      `create table "deliveries"."outbox_message" ("position" bigserial primary key, "id" uuid not null, "topic" varchar(255) not null, "key" varchar(255) not null, "type" varchar(255) not null, "version" int not null, "data" jsonb not null, "traceparent" varchar(255) null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "deliveries"."outbox_message" add constraint "outbox_message_id_unique" unique ("id");`);
    this.addSql(
      `create index "outbox_message_unpublished_idx" on "deliveries"."outbox_message" ("position") where "published_at" is null;`,
    );

    this.addSql(
      `create table "deliveries"."processed_event" ("consumer" varchar(255) not null, "event_id" varchar(255) not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "deliveries"."tracking_event" ("id" uuid not null, "delivery_id" uuid not null, "status" text not null, "location" varchar(200) null, "message" varchar(500) null, "occurred_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "tracking_event_delivery_id_index" on "deliveries"."tracking_event" ("delivery_id");`);

    this.addSql(
      `alter table "deliveries"."delivery" add constraint "delivery_status_check" check ("status" in ('PENDING', 'LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED', 'RETURNED', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "deliveries"."tracking_event" add constraint "tracking_event_delivery_id_foreign" foreign key ("delivery_id") references "deliveries"."delivery" ("id");`,
    );
    this.addSql(
      `alter table "deliveries"."tracking_event" add constraint "tracking_event_status_check" check ("status" in ('PENDING', 'LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED', 'RETURNED', 'CANCELLED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "deliveries"."tracking_event" drop constraint "tracking_event_delivery_id_foreign";`);

    this.addSql(`drop table if exists "deliveries"."delivery" cascade;`);
    this.addSql(`drop table if exists "deliveries"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "deliveries"."processed_event" cascade;`);
    this.addSql(`drop table if exists "deliveries"."tracking_event" cascade;`);

    this.addSql(`drop schema if exists "deliveries";`);
  }
}
