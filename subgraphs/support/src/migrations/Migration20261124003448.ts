import { Migration } from '@mikro-orm/migrations';

export class Migration20261124003448 extends Migration {
  override name = 'Migration20261124003448';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "support";`);
    this.addSql(
      `create table "support"."faq_entry" ("id" uuid not null, "question_fr" text not null, "question_en" text not null, "answer_fr" text not null, "answer_en" text not null, "helpful_count" int not null default 0, "position" int not null, primary key ("id"));`,
    );

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
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "support"."faq_entry" cascade;`);
    this.addSql(`drop table if exists "support"."outbox_message" cascade;`);
    this.addSql(`drop table if exists "support"."processed_event" cascade;`);

    this.addSql(`drop schema if exists "support";`);
  }
}
