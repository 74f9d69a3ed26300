import { Migration } from '@mikro-orm/migrations';

export class Migration20261124003447 extends Migration {
  override name = 'Migration20261124003447';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "deliveries";`);
    this.addSql(
      `create table "deliveries"."delivery" ("id" uuid not null, "order_id" uuid not null, "carrier" varchar(255) null, "tracking_number" varchar(255) null, "postal_code" varchar(255) not null, "status" text not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "deliveries"."delivery" add constraint "delivery_order_id_unique" unique ("order_id");`);
    this.addSql(
      `alter table "deliveries"."delivery" add constraint "delivery_tracking_number_unique" unique ("tracking_number");`,
    );

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
      `alter table "deliveries"."delivery" add constraint "delivery_status_check" check ("status" in ('PENDING', 'LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED', 'RETURNED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "deliveries"."delivery" cascade;`);
    this.addSql(`drop table if exists "deliveries"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "deliveries"."processed_event" cascade;`);

    this.addSql(`drop schema if exists "deliveries";`);
  }
}
