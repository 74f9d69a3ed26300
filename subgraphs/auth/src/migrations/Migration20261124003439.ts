import { Migration } from '@mikro-orm/migrations';

export class Migration20261124003439 extends Migration {
  override name = 'Migration20261124003439';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "auth";`);
    this.addSql(
      `create table "auth"."outbox_message" ("position" bigserial primary key, "id" uuid not null, "topic" varchar(255) not null, "key" varchar(255) not null, "type" varchar(255) not null, "version" int not null, "data" jsonb not null, "traceparent" varchar(255) null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "auth"."outbox_message" add constraint "outbox_message_id_unique" unique ("id");`);
    this.addSql(
      `create index "outbox_message_unpublished_idx" on "auth"."outbox_message" ("position") where "published_at" is null;`,
    );

    this.addSql(
      `create table "auth"."processed_event" ("consumer" varchar(255) not null, "event_id" varchar(255) not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "auth"."app_user" ("id" uuid not null, "email" varchar(255) not null, "name" varchar(255) not null, "roles" text[] not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "auth"."app_user" add constraint "app_user_email_unique" unique ("email");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "auth"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "auth"."processed_event" cascade;`);
    this.addSql(`drop table if exists "auth"."app_user" cascade;`);

    this.addSql(`drop schema if exists "auth";`);
  }
}
