import { Migration } from '@mikro-orm/migrations';

export class Migration20261124010752 extends Migration {
  override name = 'Migration20261124010752';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "auth";`);
    this.addSql(
      `create table "auth"."address" ("id" uuid not null, "user_id" uuid not null, "name" varchar(255) not null, "line1" varchar(255) not null, "line2" varchar(255) null, "postal_code" varchar(255) not null, "city" varchar(255) not null, "country" varchar(2) not null, "phone" varchar(255) null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "address_user_id_index" on "auth"."address" ("user_id");`);

    this.addSql(
      `create table "auth"."login_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`,
    );

    this.addSql(
      `create table "auth"."outbox_message" ("position" bigserial primary key, "id" uuid not null, "topic" varchar(255) not null, "key" varchar(255) not null, "type" varchar(255) not null, "version" int not null, "data" jsonb not null, "traceparent" varchar(255) null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "auth"."outbox_message" add constraint "outbox_message_id_unique" unique ("id");`);
    this.addSql(
      `create index "outbox_message_unpublished_idx" on "auth"."outbox_message" ("position") where "published_at" is null;`,
    );

    this.addSql(
      `create table "auth"."partner_token" ("id" uuid not null, "user_id" uuid not null, "name" varchar(255) not null, "prefix" varchar(255) not null, "token_hash" varchar(255) not null, "scopes" text[] not null, "created_by" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "partner_token_user_id_index" on "auth"."partner_token" ("user_id");`);
    this.addSql(
      `alter table "auth"."partner_token" add constraint "partner_token_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "auth"."processed_event" ("consumer" varchar(255) not null, "event_id" varchar(255) not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "auth"."recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(255) not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "recovery_code_user_id_index" on "auth"."recovery_code" ("user_id");`);

    this.addSql(
      `create table "auth"."refresh_token" ("id" uuid not null, "family_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(255) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_family_id_index" on "auth"."refresh_token" ("family_id");`);
    this.addSql(`create index "refresh_token_user_id_index" on "auth"."refresh_token" ("user_id");`);
    this.addSql(
      `alter table "auth"."refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "auth"."app_user" ("id" uuid not null, "email" varchar(255) not null, "name" varchar(255) not null, "password_hash" text not null, "roles" text[] not null, "totp_secret" varchar(255) null, "two_factor_enabled_at" timestamptz null, "default_shipping_address_id" uuid null, "default_billing_address_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "auth"."app_user" add constraint "app_user_email_unique" unique ("email");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "auth"."address" cascade;`);
    this.addSql(`drop table if exists "auth"."login_throttle" cascade;`);
    this.addSql(`drop table if exists "auth"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "auth"."partner_token" cascade;`);
    this.addSql(`drop table if exists "auth"."processed_event" cascade;`);
    this.addSql(`drop table if exists "auth"."recovery_code" cascade;`);
    this.addSql(`drop table if exists "auth"."refresh_token" cascade;`);
    this.addSql(`drop table if exists "auth"."app_user" cascade;`);

    this.addSql(`drop schema if exists "auth";`);
  }
}
