import { Migration } from '@mikro-orm/migrations';

export class Migration20261124030853 extends Migration {
  override name = 'Migration20261124030853';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "support";`);
    // Written by hand: accent-insensitive FAQ search needs unaccent (a trusted contrib extension,
    // one per database, hence in public) behind an IMMUTABLE wrapper of support's own, so that an
    // expression index may later use it; and ticket numbers come from a sequence (SUP-100001).
    this.addSql(`create extension if not exists unaccent with schema public;`);
    this.addSql(
      `create or replace function "support".immutable_unaccent(text) returns text language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`,
    );
    this.addSql(`create sequence "support"."ticket_number_seq" start with 100001;`);
    this.addSql(
      `create table "support"."contact_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`,
    );

    this.addSql(
      `create table "support"."faq_category" ("id" uuid not null, "slug" varchar(255) not null, "name_fr" varchar(255) not null, "name_en" varchar(255) not null, "position" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`alter table "support"."faq_category" add constraint "faq_category_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "support"."faq_entry" ("id" uuid not null, "category_id" uuid not null, "question_fr" text not null, "question_en" text not null, "answer_fr" text not null, "answer_en" text not null, "helpful_count" int not null default 0, "position" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`create index "faq_entry_category_id_index" on "support"."faq_entry" ("category_id");`);

    this.addSql(
      `create table "support"."order_owner" ("id" uuid not null, "customer_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(`create index "order_owner_customer_id_index" on "support"."order_owner" ("customer_id");`);

    this.addSql(
      `create table "support"."outbox_message" ("position" bigserial primary key, "id" uuid not null, "topic" varchar(255) not null, "key" varchar(255) not null, "type" varchar(255) not null, "version" int not null, "data" jsonb not null, "traceparent" varchar(255) null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "support"."outbox_message" add constraint "outbox_message_id_unique" unique ("id");`);
    this.addSql(
      `create index "outbox_message_unpublished_idx" on "support"."outbox_message" ("position") where "published_at" is null;`,
    );

    this.addSql(
      `create table "support"."processed_event" ("consumer" varchar(255) not null, "event_id" varchar(255) not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "support"."ticket" ("id" uuid not null, "number" varchar(255) not null, "subject" text not null, "category" text not null, "status" text not null, "priority" text not null, "customer_id" uuid null, "contact_email" varchar(255) null, "order_id" uuid null, "assignee_id" uuid null, "first_response_at" timestamptz null, "resolved_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "support"."ticket" add constraint "ticket_number_unique" unique ("number");`);
    this.addSql(`create index "ticket_customer_id_id_index" on "support"."ticket" ("customer_id", "id");`);
    this.addSql(`create index "ticket_status_id_index" on "support"."ticket" ("status", "id");`);
    this.addSql(`create index "ticket_assignee_id_id_index" on "support"."ticket" ("assignee_id", "id");`);
    this.addSql(`create index "ticket_order_id_index" on "support"."ticket" ("order_id");`);

    this.addSql(
      `create table "support"."ticket_message" ("id" uuid not null, "ticket_id" uuid not null, "author_id" uuid null, "author_role" text not null, "body" text not null, "internal" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "ticket_message_ticket_id_index" on "support"."ticket_message" ("ticket_id");`);

    this.addSql(
      `alter table "support"."faq_entry" add constraint "faq_entry_category_id_foreign" foreign key ("category_id") references "support"."faq_category" ("id");`,
    );

    this.addSql(
      `alter table "support"."ticket" add constraint "ticket_category_check" check ("category" in ('ORDER', 'DELIVERY', 'PAYMENT', 'PRODUCT', 'ACCOUNT', 'OTHER'));`,
    );
    this.addSql(
      `alter table "support"."ticket" add constraint "ticket_status_check" check ("status" in ('OPEN', 'WAITING_ON_CUSTOMER', 'WAITING_ON_AGENT', 'RESOLVED', 'CLOSED'));`,
    );
    this.addSql(
      `alter table "support"."ticket" add constraint "ticket_priority_check" check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT'));`,
    );

    this.addSql(
      `alter table "support"."ticket_message" add constraint "ticket_message_ticket_id_foreign" foreign key ("ticket_id") references "support"."ticket" ("id");`,
    );
    this.addSql(
      `alter table "support"."ticket_message" add constraint "ticket_message_author_role_check" check ("author_role" in ('CUSTOMER', 'AGENT', 'CONTACT'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "support"."faq_entry" drop constraint "faq_entry_category_id_foreign";`);
    this.addSql(`alter table "support"."ticket_message" drop constraint "ticket_message_ticket_id_foreign";`);

    this.addSql(`drop table if exists "support"."contact_throttle" cascade;`);
    this.addSql(`drop table if exists "support"."faq_category" cascade;`);
    this.addSql(`drop table if exists "support"."faq_entry" cascade;`);
    this.addSql(`drop table if exists "support"."order_owner" cascade;`);
    this.addSql(`drop table if exists "support"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "support"."processed_event" cascade;`);
    this.addSql(`drop table if exists "support"."ticket" cascade;`);
    this.addSql(`drop table if exists "support"."ticket_message" cascade;`);

    this.addSql(`drop sequence if exists "support"."ticket_number_seq";`);
    this.addSql(`drop function if exists "support".immutable_unaccent(text);`);
    this.addSql(`drop schema if exists "support";`);
  }
}
